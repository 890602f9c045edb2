/**
 * What Boussole remembers about a spreadsheet between runs, in its DocumentProperties as JSON cut
 * into chunks (a property value holds at most 9 kB): the source sheet Structurer imported, a hash
 * of each row it last wrote (to tell a person's edits from its own), and the backgrounds that
 * Valider's marks covered. Reading costs 2 calls, writing 1, whatever the size.
 */
import type { SheetSnapshot } from "../core/sheets/merge";

export interface BoussoleState {
  /** The sheet in the board's own layout that Structurer imported. */
  source?: string;
  /** Per canonical sheet name: what Structurer last wrote. */
  written?: Record<string, SheetSnapshot>;
  /** Per sheet name: backgrounds under Valider's marks, by "row:column". */
  restore?: Record<string, Record<string, string>>;
}

const PREFIX = "boussole.state.";
const COUNT_KEY = `${PREFIX}chunks`;
const CHUNK = 8000;

function store(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

export function readState(): BoussoleState {
  const properties = store()?.getProperties() ?? {};
  const count = Number(properties[COUNT_KEY] ?? 0);
  const json = Array.from({ length: count }, (_, i) => properties[`${PREFIX}${i}`] ?? "").join("");
  if (json === "") return {};
  try {
    return JSON.parse(json) as BoussoleState;
  } catch {
    // A damaged state only costs conflict detection and mark restoring: start afresh.
    return {};
  }
}

export function writeState(state: BoussoleState): void {
  const json = JSON.stringify(state);
  const chunks: Record<string, string> = {};
  let count = 0;
  for (let at = 0; at < json.length; at += CHUNK) chunks[`${PREFIX}${count++}`] = json.slice(at, at + CHUNK);
  chunks[COUNT_KEY] = String(count);
  store()?.setProperties(chunks);
}
