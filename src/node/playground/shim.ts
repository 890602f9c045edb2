/**
 * The playground's `google.script` (src/ui/playground/google-script.ts, bundled by build.mjs into
 * dist/node/google-script.js), injected at the top of every page the add-on shows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const SHIM_FILE = "node/google-script.js";

/** The built shim, read from the dist/ folder the playground serves. */
export function readShim(distDir: string): Promise<string> {
  return readFile(join(distDir, SHIM_FILE), "utf8");
}

/** The page with the shim as its first script, so that google.script exists before the page's own code. */
export function withShim(html: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, "<\\/script")}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
