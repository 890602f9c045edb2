/**
 * Writes that must not interleave (two people adding an action at once): the document lock, or
 * the script lock outside a bound document. Changes are flushed before the lock is released, so
 * the next holder reads them.
 */
const LOCK_TIMEOUT_MS = 10_000;

export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) return busy();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
