/**
 * The local playground: the real add-on (dist/Code.js) over an .xlsx workbook, its sidebar and
 * dialogs (dist/*.html) in a browser page, on 127.0.0.1. Used by `npm start` and the browser tests.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { writeDemoWorkbook } from "./sample";
import { type PlaygroundServer, serve } from "./server";
import { PlaygroundSession } from "./session";

export interface PlaygroundOptions {
  /** The .xlsx to edit in place; absent: a fresh copy of the demo workbook at `workingCopy`. */
  file?: string;
  /** The repository: dist/ and samples/ are found there. Default: the current directory. */
  root?: string;
  /** Where the demo copy goes. Default: playground-data/boussole-demo.xlsx under `root`. */
  workingCopy?: string;
  /** 0 for any free port. A taken port falls back to a free one. */
  port?: number;
}

export interface Playground extends PlaygroundServer {
  /** The workbook file being edited. */
  file: string;
  /** Whether `file` is a fresh copy of the demo workbook. */
  demo: boolean;
  session: PlaygroundSession;
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const root = resolve(options.root ?? ".");
  const distDir = join(root, "dist");
  let file = options.file ? resolve(options.file) : undefined;
  const demo = file === undefined;
  if (!file) {
    file = resolve(options.workingCopy ?? join(root, "playground-data", "boussole-demo.xlsx"));
    await mkdir(dirname(file), { recursive: true });
    await writeDemoWorkbook(join(root, "samples"), file);
  }
  const session = await PlaygroundSession.open({ file, distDir });
  const server = await serve(session, distDir, options.port ?? 8080);
  return { ...server, file, demo, session };
}
