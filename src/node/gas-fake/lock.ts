/**
 * LockService. Node runs one execution at a time, so "another process" is simulated:
 * `locks.holdDocumentLock()` makes the document lock taken by someone else until released.
 * tryLock and waitLock never wait here: they succeed at once or fail at once.
 */
import type { Requirement } from "./access";
import { FakeObject } from "./expose";

export type LockScope = "document" | "script" | "user";
export type LockHolder = "none" | "self" | "other";

export class LockRecord {
  readonly holders: Record<LockScope, LockHolder> = { document: "none", script: "none", user: "none" };

  /** Simulates another execution holding the lock; returns its release. */
  hold(scope: LockScope): () => void {
    this.holders[scope] = "other";
    return () => {
      if (this.holders[scope] === "other") this.holders[scope] = "none";
    };
  }
  holdDocumentLock(): () => void {
    return this.hold("document");
  }
  holdScriptLock(): () => void {
    return this.hold("script");
  }
  state(scope: LockScope): LockHolder {
    return this.holders[scope];
  }
}

export class FakeLock extends FakeObject {
  readonly _kind = "Lock";

  constructor(
    readonly record: LockRecord,
    readonly scope: LockScope,
  ) {
    super();
  }

  tryLock(_timeoutInMillis: number): boolean {
    if (this.record.holders[this.scope] === "other") return false;
    this.record.holders[this.scope] = "self";
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  hasLock(): boolean {
    return this.record.holders[this.scope] === "self";
  }
  releaseLock(): void {
    if (this.hasLock()) this.record.holders[this.scope] = "none";
  }
}

export class FakeLockService extends FakeObject {
  readonly _kind = "LockService";

  /** No scope, but authorization (the stricter reading: the reference lists no exception). */
  override _requires(): Requirement {
    return { scopes: [], limited: true };
  }

  /** `bound` false: a script outside a document, where getDocumentLock returns null. */
  constructor(
    readonly record: LockRecord,
    readonly bound: boolean,
  ) {
    super();
  }

  getDocumentLock(): FakeLock | null {
    return this.bound ? new FakeLock(this.record, "document") : null;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.record, "script");
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.record, "user");
  }
}
