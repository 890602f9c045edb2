/** PropertiesService: three string stores (document, user, script). */
import { FakeObject } from "./expose";

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
    this.store.set(key, String(value));
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, String(value));
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
