/**
 * PropertiesService: three string stores (document, user, script), held to the quotas of
 * https://developers.google.com/apps-script/guides/services/quotas — 9 KB per value, 500 KB per
 * store — counted in UTF-8 bytes of key and value (the stricter reading: Google counts stored
 * bytes, and a key takes room too). A write that would break a quota changes nothing.
 */
import type { Requirement } from "./access";
import { FakeObject } from "./expose";

/** 9 KB for one property (key and value). */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
/** 500 KB for a whole store. */
export const PROPERTY_STORE_BYTES = 500 * 1024;

const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

export type PropertyScope = "document" | "user" | "script";

export class PropertiesRecord {
  readonly stores: Record<PropertyScope, Map<string, string>>;

  constructor(initial: Partial<Record<PropertyScope, Record<string, string>>> = {}) {
    const store = (scope: PropertyScope) =>
      new Map(Object.entries(initial[scope] ?? {}).map(([k, v]) => [k, String(v)]));
    this.stores = { document: store("document"), user: store("user"), script: store("script") };
  }

  /** One store as a plain object, e.g. to save the document properties with the workbook. */
  snapshot(scope: PropertyScope): Record<string, string> {
    return Object.fromEntries(this.stores[scope]);
  }
}

export class FakeProperties extends FakeObject {
  readonly _kind = "Properties";

  constructor(readonly store: Map<string, string>) {
    super();
  }

  /** Null when absent. */
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  /** Values are stored as strings, as the real service does. */
  setProperty(key: string, value: unknown): this {
    return this.setProperties({ [key]: value });
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) {
      const text = String(value);
      if (bytes(key) + bytes(text) > PROPERTY_VALUE_BYTES) throw new Error("Argument too large: value");
      next.set(key, text);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_BYTES) {
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService extends FakeObject {
  readonly _kind = "PropertiesService";

  /** No scope, but authorization: refused in AuthMode.NONE (the AuthMode reference's example). */
  override _requires(): Requirement {
    return { scopes: [], limited: true };
  }

  constructor(
    readonly record: PropertiesRecord,
    readonly bound: boolean,
  ) {
    super();
  }

  /** Null outside a document, like getDocumentLock. */
  getDocumentProperties(): FakeProperties | null {
    return this.bound ? new FakeProperties(this.record.stores.document) : null;
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.record.stores.user);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.record.stores.script);
  }
}
