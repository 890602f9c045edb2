/**
 * The `google.script` of the playground, put first in every page the add-on shows (sidebar,
 * dialogs) by src/node/playground/shim.ts; build.mjs bundles it into dist/node/google-script.js.
 * Same API as Apps Script's: any server function name, withSuccessHandler, withFailureHandler,
 * withUserObject, each returning a new runner. A call POSTs its arguments as JSON to /rpc/<name>;
 * the server runs the same global function of dist/Code.js in its vm.
 * `google.script.host.close()` asks the playground page to close the panel or the dialog.
 */
import type { CallResult, FrameMessage } from "../../node/playground/protocol";

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  withUserObject(object: unknown): Runner;
  [name: string]: (...args: never[]) => unknown;
}

type Told = FrameMessage extends infer M ? (M extends unknown ? Omit<M, "boussole"> : never) : never;

function tell(message: Told): void {
  if (window.parent !== window) window.parent.postMessage({ boussole: true, ...message }, location.origin);
}

function failWith(handler: Handler, userObject: unknown, message: string): void {
  if (handler) handler(new Error(message), userObject);
  else console.error(message);
}

async function post(name: string, args: unknown[]): Promise<CallResult> {
  const response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args }),
  });
  return (await response.json()) as CallResult;
}

function send(
  name: string,
  args: unknown[],
  onSuccess: Handler,
  onFailure: Handler,
  userObject: unknown,
): void {
  post(name, args).then(
    (body) => {
      tell({ type: "rpc", name, ok: body.ok, args });
      if (body.ok) onSuccess?.(body.value, userObject);
      else failWith(onFailure, userObject, body.error);
    },
    (error: unknown) =>
      failWith(onFailure, userObject, error instanceof Error ? error.message : String(error)),
  );
}

function runner(onSuccess: Handler, onFailure: Handler, userObject: unknown): Runner {
  return new Proxy({} as Runner, {
    get(_target, name) {
      if (typeof name !== "string") return undefined;
      if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, onFailure, userObject);
      if (name === "withFailureHandler") return (handler: Handler) => runner(onSuccess, handler, userObject);
      if (name === "withUserObject") return (object: unknown) => runner(onSuccess, onFailure, object);
      return (...args: unknown[]) => send(name, args, onSuccess, onFailure, userObject);
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(null, null, undefined),
    host: {
      close: () => tell({ type: "close" }),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => {} },
    },
  },
};
