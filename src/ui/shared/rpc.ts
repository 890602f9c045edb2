/**
 * A typed, promise-based view of `google.script.run`. The server's names and types come from the
 * contract's table of calls (`import type` only: no server code reaches the browser). In the playground the same
 * object is provided by a shim that calls the server over HTTP.
 */
import type { ServerApi } from "../../gas/rpc/contract";

export type { ServerApi };

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(errorText(error))));
    (runner[name] as (...values: unknown[]) => void)(...args);
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

export function closeHost(): void {
  google.script.host.close();
}
