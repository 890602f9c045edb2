/** The playground page's calls to its local server (see src/node/playground/server.ts). */
import type { CallResult, CellRef, SessionState } from "../../node/playground/protocol";

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

export async function fetchState(since: number, revision: number): Promise<SessionState> {
  return json(await fetch(`/api/state?since=${since}&revision=${revision}`, { cache: "no-store" }));
}

function post(path: string, args: unknown[]): Promise<Response> {
  return fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args }),
  });
}

export async function runMenu(functionName: string): Promise<CallResult> {
  return json(await post(`/api/menu/${encodeURIComponent(functionName)}`, []));
}

export async function selectCell(cell: CellRef): Promise<void> {
  await json(await post("/api/select", [cell]));
}

export async function editCell(cell: CellRef, text: string): Promise<void> {
  await json(await post("/api/edit", [cell, text]));
}

/** Links to the locally rendered report; with the Report dialog's request when there is one. */
export function reportLinks(request: unknown): { docx: string; html: string } {
  const params = new URLSearchParams();
  const r = request as {
    period?: { label?: string; start?: string; end?: string };
    language?: string;
    includeOwners?: boolean;
    includeCompletedDetail?: boolean;
    includeProblems?: boolean;
  } | null;
  if (r?.period?.start && r.period.end) {
    params.set("label", r.period.label ?? "");
    params.set("start", r.period.start);
    params.set("end", r.period.end);
    params.set("language", r.language ?? "fr");
    params.set("owners", r.includeOwners === false ? "0" : "1");
    params.set("completed", r.includeCompletedDetail === false ? "0" : "1");
    params.set("problems", r.includeProblems === true ? "1" : "0");
  }
  const query = params.size > 0 ? `?${params}` : "";
  return { docx: `/report.docx${query}`, html: `/report.html${query}` };
}
