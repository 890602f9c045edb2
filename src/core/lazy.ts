/**
 * A value built on first use, then kept. Apps Script evaluates the whole bundle at the start of
 * every execution: what a call may not need (zod schemas, tables) is built by the call that does.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
