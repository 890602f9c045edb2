/**
 * How fake objects reach the code under test. Each fake is a plain class; `Exposer.expose` hands
 * out a Proxy that
 * - counts every method call in the shared CallLog as "Kind.method",
 * - unwraps fake objects passed as arguments and wraps fake objects returned, so internal code
 *   (one fake calling another) is never counted and never sees a Proxy,
 * - throws « not implemented in the fake: Kind.method » for any other property, instead of
 *   silently returning undefined,
 * - refuses a call the script's scopes or authorization mode do not allow (access.ts).
 * Conventions for fake classes: public methods are the Apps Script API; members whose names start
 * with "_" are internal; PascalCase properties (enums such as `Button`) are exposed as values;
 * other fields stay hidden.
 */
import type { Access, Requirement } from "./access";
import type { CallLog } from "./calls";
import { isDate } from "./dates";

/** The constructors of the realm the code under test runs in (a vm context has its own). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export abstract class FakeObject {
  /** The Apps Script class name, used in call counts and error messages. */
  abstract readonly _kind: string;
  /** Called before each API call, e.g. to refuse edits on a closed document. */
  _beforeCall(_method: string): void {}
  /** What calling `method` requires (scopes, authorization); null: nothing (access.ts). */
  _requires(_method: string): Requirement | null {
    return null;
  }
}

export function notImplemented(what: string): Error {
  return new Error(`not implemented in the fake: ${what}`);
}

/** Properties that JavaScript and test tooling probe on any object; they read as undefined. */
const PROBES = new Set(["then", "toJSON", "asymmetricMatch", "nodeType", "nodeName", "tagName", "inspect"]);

export class Exposer {
  readonly #proxies = new WeakMap<FakeObject, object>();
  readonly #raws = new WeakMap<object, FakeObject>();
  #realm: Realm | null = null;

  constructor(
    private readonly calls: CallLog,
    private readonly access: Access,
  ) {}

  /**
   * Hands out `Date`s and throws errors of that realm, so `instanceof Date` and
   * `instanceof Error` hold in the code under test.
   */
  useRealm(realm: Realm): void {
    this.#realm = realm;
  }

  /** The counted view of a fake, typed as the Apps Script interface it stands for. */
  expose<T>(raw: FakeObject): T {
    let proxy = this.#proxies.get(raw);
    if (!proxy) {
      proxy = new Proxy(raw, { get: (target, prop) => this.#get(target, prop), ownKeys: () => [] });
      this.#proxies.set(raw, proxy);
      this.#raws.set(proxy, raw);
    }
    return proxy as T;
  }

  /** The fake behind a value handed out by `expose` (or the value itself). */
  unwrap<T>(value: T): T {
    return this.#unwrapDeep(value) as T;
  }

  #get(target: FakeObject, prop: string | symbol): unknown {
    if (typeof prop === "symbol") return Reflect.get(target, prop);
    if (prop === "toString") return () => target._kind;
    if (prop.startsWith("_") || prop.startsWith("$") || prop.startsWith("@") || PROBES.has(prop)) {
      return undefined;
    }
    if (Object.hasOwn(Object.prototype, prop)) return Reflect.get(target, prop);
    const value = Reflect.get(target, prop);
    if (typeof value === "function") {
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        this.calls.record(`${target._kind}.${prop}`);
        try {
          this.access.check(target._kind, prop, target._requires(prop));
          target._beforeCall(prop);
          return this.#exposeDeep(
            method.apply(
              target,
              args.map((arg) => this.#unwrapDeep(arg)),
            ),
          );
        } catch (error) {
          throw this.#realm && isError(error) ? new this.#realm.Error(error.message) : error;
        }
      };
    }
    if (/^[A-Z]/.test(prop) && value !== undefined) return value;
    throw notImplemented(`${target._kind}.${prop}`);
  }

  #exposeDeep(value: unknown): unknown {
    if (value instanceof FakeObject) return this.expose(value);
    if (this.#realm && isDate(value)) return new this.#realm.Date(value.getTime());
    if (Array.isArray(value)) {
      // A loop, not `map` with a closure: a whole sheet's values pass through here cell by cell.
      const copy = new Array(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.#exposeDeep(value[i]);
      return copy;
    }
    return value;
  }

  #unwrapDeep(value: unknown): unknown {
    if (typeof value === "object" && value !== null) {
      const raw = this.#raws.get(value);
      if (raw) return raw;
      if (Array.isArray(value) && value.some((v) => Array.isArray(v) || this.#raws.has(v))) {
        return value.map((v) => this.#unwrapDeep(v));
      }
    }
    return value;
  }
}

/** An Apps Script enum: each value is its own name, as `String(SpreadsheetApp.BorderStyle.SOLID)` is. */
export function makeEnum<const K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<K, K>);
}

/** An `Error` from any realm (test runners may load modules in a realm of their own). */
function isError(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === "[object Error]";
}
