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
