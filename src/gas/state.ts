/**
 * What Boussole remembers about a spreadsheet between runs.
 * - In DocumentProperties, as JSON cut into chunks of at most 8,000 bytes (a value holds 9 kB,
 *   counted in UTF-8 bytes): the source sheet Structurer imported and the backgrounds that
 *   Valider's marks covered. Reading costs 1 call, writing 1 (plus one per chunk no longer used).
 * - In a hidden sheet (core/sheets/snapshots.ts): a hash of each row Structurer last wrote, to tell
 *   a person's edits from its own. A plan of 50,000 actions would pass the 500 KB the
 *   properties hold; a sheet holds millions of cells.
 */
import type { SheetSnapshot } from "../core/sheets/merge";

/** How many chunks the state was read from: carried along (never stored) so a write can drop the extra ones. */
const CHUNKS: unique symbol = Symbol("chunks");

export interface BoussoleState {
  [CHUNKS]?: number;
  /** The sheet in the board's own layout that Structurer imported. */
  source?: string;
  /** Per sheet name: backgrounds under Valider's marks, by "row:column". */
  restore?: Record<string, Record<string, string>>;
  /**
   * Structurer's snapshots as older versions kept them here: read once, then moved to the hidden
   * sheet (structure.ts) and dropped from here.
   */
  written?: Record<string, SheetSnapshot>;
}

const PREFIX = "boussole.state.";
const COUNT_KEY = `${PREFIX}chunks`;
/** Bytes per chunk: under the 9 kB a property value holds, with room for its key. */
export const CHUNK_BYTES = 8000;

function store(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

export function readState(): BoussoleState {
  const properties = store()?.getProperties() ?? {};
  const count = Number(properties[COUNT_KEY] ?? 0);
  const json = Array.from({ length: count }, (_, i) => properties[`${PREFIX}${i}`] ?? "").join("");
  let state: BoussoleState = {};
  try {
    if (json !== "") state = JSON.parse(json) as BoussoleState;
  } catch {
    // A damaged state only costs conflict detection and mark restoring: start afresh.
  }
  return { ...state, [CHUNKS]: count };
}

export function writeState(state: BoussoleState): void {
  const properties = store();
  if (!properties) return;
  const parts = utf8Chunks(JSON.stringify(state), CHUNK_BYTES);
  const chunks: Record<string, string> = { [COUNT_KEY]: String(parts.length) };
  parts.forEach((part, i) => {
    chunks[`${PREFIX}${i}`] = part;
  });
  properties.setProperties(chunks);
  // Chunks of a longer state written before: they would only fill the store.
  for (let i = parts.length; i < (state[CHUNKS] ?? 0); i++) properties.deleteProperty(`${PREFIX}${i}`);
}

/** Cuts text into pieces of at most `limit` UTF-8 bytes, never inside a character. */
export function utf8Chunks(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > limit) {
      chunks.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
