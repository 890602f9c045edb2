/**
 * The `google.script.run` of the playground, injected at the top of every page the add-on shows
 * (sidebar, dialogs). Same API as Apps Script's: any server function name, withSuccessHandler,
 * withFailureHandler, withUserObject, each returning a new runner. A call POSTs its arguments as
 * JSON to /rpc/<name>; the server runs the same global function of dist/Code.js in its vm.
 * `google.script.host.close()` asks the playground page to close the panel or the dialog.
 * Plain ES2017 in a string: it runs in the page as is.
 */
const SHIM = `(function () {
  "use strict";
  function tell(message) {
    if (window.parent !== window) window.parent.postMessage(Object.assign({ boussole: true }, message), location.origin);
  }
  function failWith(handler, userObject, message) {
    if (handler) handler(new Error(message), userObject);
    else console.error(message);
  }
  function runner(onSuccess, onFailure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (typeof name !== "string") return undefined;
        if (name === "withSuccessHandler") return function (handler) { return runner(handler, onFailure, userObject); };
        if (name === "withFailureHandler") return function (handler) { return runner(onSuccess, handler, userObject); };
        if (name === "withUserObject") return function (object) { return runner(onSuccess, onFailure, object); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch("/rpc/" + encodeURIComponent(name), {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ args: args }),
          })
            .then(function (response) { return response.json(); })
            .then(function (body) {
              tell({ type: "rpc", name: name, ok: !!body.ok, args: args });
              if (body.ok) { if (onSuccess) onSuccess(body.value, userObject); }
              else failWith(onFailure, userObject, body.error);
            }, function (error) { failWith(onFailure, userObject, String(error && error.message || error)); });
        };
      },
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () { tell({ type: "close" }); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} },
      },
    },
  };
})();`;

/** The page with the shim as its first script, so that google.script exists before the page's own code. */
export function withShim(html: string): string {
  const tag = `<script>${SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
