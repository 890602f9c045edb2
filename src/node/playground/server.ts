/**
 * The playground's HTTP server, on 127.0.0.1 only. Fixed routes, no file served from a path in
 * the URL (so no path traversal):
 *   GET  /                 the playground page (dist/Playground.html)
 *   GET  /api/state        menu, workbook grid, selection and what the add-on showed (?since=&revision=)
 *   POST /api/menu/<name>  runs a menu item's function
 *   POST /rpc/<name>       google.script.run: { args: [...] } → { ok, value } | { ok: false, error }
 *   POST /rpc/generateReport  answered here, with links to the local report (report.ts says why)
 *   GET  /ui/<id>          the HTML of a sidebar or dialog the add-on showed, with the shim injected
 *   POST /api/select       puts the cursor on a cell: { args: [{ sheet, row, column }] }
 *   POST /api/edit         types text into a cell, as a person in Sheets: { args: [{ sheet, row, column }, text] }
 *   GET  /report.docx, /report.html  the annual report of the current workbook, rendered locally
 *                          (the .html shown in the browser, without scripts; the .docx downloaded)
 * Requests from another origin, or with a Host that is not this server, are refused.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import * as z from "zod";
import { MAX_CELL_TEXT } from "../../core/cells";
import { messages } from "../../core/i18n";
import { lazy } from "../../core/lazy";
import { MAX_CELLS } from "../files/workbook";
import { generateLocalReport, type ReportFile, reportFile, requestFromQuery } from "./report";
import type { PlaygroundSession } from "./session";
import { readShim, withShim } from "./shim";

const HOST = "127.0.0.1";
const MAX_BODY_BYTES = 1024 * 1024;

export interface PlaygroundServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function serve(
  session: PlaygroundSession,
  distDir: string,
  port: number,
): Promise<PlaygroundServer> {
  const page = await readFile(join(distDir, "Playground.html"), "utf8");
  const shim = await readShim(distDir);
  const text = () => messages(session.language).ui.playground;
  let origin = "";

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(response, status, {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    checkOrigin(request, origin);
    const url = new URL(request.url ?? "/", origin);
    const route = `${request.method ?? "GET"} ${url.pathname}`;
    const [, , second = "", third = ""] = url.pathname.split("/").map(decodeSegment);
    if (route === "GET /") return sendHtml(response, page);
    if (route === "GET /api/state") {
      const since = Number(url.searchParams.get("since") ?? 0);
      const revision = Number(url.searchParams.get("revision") ?? -1);
      return sendJson(response, 200, session.state(since || 0, Number.isNaN(revision) ? -1 : revision));
    }
    if (route.startsWith("GET /ui/")) {
      const html = session.dialogHtml(Number(second));
      if (html === undefined) throw new HttpError(404, "Not found");
      return sendHtml(response, withShim(html, shim));
    }
    if (route === "GET /report.docx" || route === "GET /report.html") {
      const reportRequest = requestFromQuery(url.searchParams);
      if (reportRequest === undefined) throw new HttpError(400, text().badRequest);
      const format = route.endsWith(".docx") ? "docx" : "html";
      const file = await reportFile(session.model, format, session.language, reportRequest);
      return sendFile(response, file, format === "html");
    }
    if (route === "POST /rpc/generateReport") {
      const { args } = await readJson(request, text());
      return sendJson(response, 200, generateLocalReport(session.model, session.language, args[0], origin));
    }
    if (route.startsWith("POST /rpc/")) {
      const { args } = await readJson(request, text());
      return sendJson(response, 200, await session.call(second, args));
    }
    if (route.startsWith("POST /api/menu/")) {
      if (!session.isMenuFunction(third)) throw new HttpError(404, text().unknownFunction(third));
      await readJson(request, text());
      return sendJson(response, 200, await session.call(third, []));
    }
    if (route === "POST /api/select") {
      const [argument] = (await readJson(request, text())).args;
      const cell = cellRef().safeParse(argument);
      if (!cell.success) throw new HttpError(400, text().badCell);
      const selected = session.select(cell.data);
      if (selected === "noSheet") throw new HttpError(400, text().noSheet(cell.data.sheet));
      if (selected === "outside") throw new HttpError(400, text().outsideSheet(cell.data));
      return sendJson(response, 200, { ok: true });
    }
    if (route === "POST /api/edit") {
      const [where, typed] = (await readJson(request, text())).args;
      const cell = cellRef().safeParse(where);
      if (!cell.success || typeof typed !== "string" || typed.length > MAX_CELL_TEXT)
        throw new HttpError(400, text().badCell);
      const edited = await session.edit(cell.data, typed);
      if (edited === "noSheet") throw new HttpError(400, text().noSheet(cell.data.sheet));
      if (edited === "outside") throw new HttpError(400, text().outsideSheet(cell.data));
      return sendJson(response, 200, { ok: true });
    }
    throw new HttpError(404, "Not found");
  }

  const listening = await listen(server, port);
  origin = `http://${HOST}:${listening}`;
  return {
    url: `${origin}/`,
    port: listening,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Binds to `port`, or to a free port when it is taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && port !== 0) {
        server.listen(0, HOST);
        return;
      }
      reject(error);
    };
    server.on("error", onError);
    server.once("listening", () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
    server.listen(port, HOST);
  });
}

/** Only this server's own pages may call it (no DNS rebinding, no cross-site POST). */
function checkOrigin(request: IncomingMessage, origin: string): void {
  const host = request.headers.host ?? "";
  const own = new URL(origin);
  if (host !== own.host && host !== `localhost:${own.port}`) throw new HttpError(403, "Forbidden");
  const from = request.headers.origin;
  if (from && from !== origin && from !== `http://localhost:${own.port}`)
    throw new HttpError(403, "Forbidden");
}

async function readJson(
  request: IncomingMessage,
  text: { badRequest: string; tooLarge: string },
): Promise<{ args: unknown[] }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, text.tooLarge);
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw.trim() === "") return { args: [] };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpError(400, text.badRequest);
  }
  const args = (body as { args?: unknown } | null)?.args;
  if (typeof body !== "object" || body === null || !Array.isArray(args))
    throw new HttpError(400, text.badRequest);
  return { args };
}

/** A cell of the workbook, as the page names it: a sheet and 1-based row and column numbers. */
const cellRef = lazy(() =>
  z.object({
    sheet: z.string().min(1).max(200),
    row: z.number().int().min(1).max(MAX_CELLS),
    column: z.number().int().min(1).max(MAX_CELLS),
  }),
);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, "Bad request");
  }
}

/** The .html opens in the browser (the dialog's link), with no script allowed; the .docx is downloaded. */
function sendFile(response: ServerResponse, file: ReportFile, inline: boolean): void {
  const ascii = file.name.replace(/[^\w. -]+/g, "_");
  response.writeHead(200, {
    "content-type": file.contentType,
    "content-disposition": `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(file.bytes);
}

function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(html);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(JSON.stringify(body));
}
