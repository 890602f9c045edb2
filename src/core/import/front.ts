/**
 * The lines that are about the plan rather than in it: the document's title lines above the first
 * table or heading (its name, period, organisation), and the organisation's statements (« Mission »,
 * « Vision : … », « Valeurs ») with the paragraphs under them. Runs once the hierarchy is known,
 * since a line the numbering made a section is where the plan starts.
 */
import type { ClassifiedRow } from "./classify";
import { appendText } from "./fields";
import type { RowRole } from "./hierarchy";
import { type ImportedSettings, type Statement, settingsFromTitles, statementOf } from "./settings";

export type FrontRole =
  | { kind: "title"; text: string }
  | { kind: "statement"; field: Statement; text: string };

export interface FrontMatter {
  /** By 0-based row: title lines and statement lines. */
  roles: Map<number, FrontRole>;
  settings: ImportedSettings;
}

export function readFrontMatter(
  rows: readonly ClassifiedRow[],
  placed: ReadonlyMap<number, RowRole>,
): FrontMatter {
  const roles = new Map<number, FrontRole>();
  const titles: string[] = [];
  const statements: Partial<Record<Statement, string>> = {};
  let planStarted = false;
  let open: Statement | null = null;
  for (const entry of rows) {
    const role = placed.get(entry.row);
    if (role?.kind === "heading" || ["header", "periods", "data"].includes(entry.kind)) {
      planStarted = true;
      open = null;
    }
    if (role || (entry.kind !== "text" && entry.kind !== "label")) {
      if (entry.kind === "note") open = null;
      continue;
    }
    const text = entry.cells.map((cell) => cell.text).join(" ");
    const statement = entry.cells.length === 1 ? statementOf(text) : null;
    if (statement && !entry.label?.field) {
      open = statement.field;
      roles.set(entry.row, { kind: "statement", field: open, text });
      if (statement.rest) statements[open] = appendText(statements[open] ?? null, statement.rest);
    } else if (open && !entry.label) {
      roles.set(entry.row, { kind: "statement", field: open, text });
      statements[open] = appendText(statements[open] ?? null, text);
    } else if (!planStarted) {
      roles.set(entry.row, { kind: "title", text });
      titles.push(text);
    } else if (entry.label) open = null;
  }
  return { roles, settings: { ...settingsFromTitles(titles), ...statements } };
}
