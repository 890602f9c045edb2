/**
 * A table's data row read alone, before it touches the plan: which cells place it (orientation,
 * group, objective), its code, its action text and moyens, and the cells that fill the action's
 * fields. Pure: the build pass decides what the row adds to the plan.
 */
import { isBareCode, normalizeCode, splitLeadingCode } from "./codes";
import type { Entry } from "./fields";
import type { Column, ColumnMap, ColumnRole, RowCell } from "./headers";
import { distribute, splitItems, splitMoyens } from "./items";

export interface DataRow {
  orientations: Entry[];
  groups: Entry[];
  objectives: Entry[];
  /** The cells the code was read from (an « Action » column holding numbers is one). */
  codes: Entry[];
  own: string | null;
  title: string;
  titleEntries: Entry[];
  /** The description left once the title is known (empty when the description was the title). */
  description: string;
  descriptions: Entry[];
  /** Every other cell: owners, deadline, status, extra columns… */
  rest: Entry[];
}

/** Columns that place the row or name its action; the others fill the action's fields. */
const STRUCTURAL = new Set<ColumnRole>(["orientation", "group", "objective", "code", "title", "description"]);

/**
 * The row's cells by role. « 3 » alone in the title column is the code; « 1.2 Faire X » gives
 * both; with no title, the description is the title when there is a code or no title column.
 * `untitled` names a column the header did not (its cells are kept, never dropped).
 */
export function readDataRow(
  cells: readonly RowCell[],
  map: ColumnMap,
  untitled: (index: number, map: ColumnMap) => Column,
): DataRow {
  // One pass over the cells, by role: this runs on every row of every table.
  const byRole = new Map<ColumnRole, Entry[]>();
  const rest: Entry[] = [];
  for (const cell of cells) {
    const column = map.columns.get(cell.index) ?? untitled(cell.index, map);
    const entry = { column, cell };
    if (!STRUCTURAL.has(column.role)) rest.push(entry);
    else byRole.get(column.role)?.push(entry) ?? byRole.set(column.role, [entry]);
  }
  let codes = byRole.get("code") ?? [];
  const titles = byRole.get("title") ?? [];
  const descriptions = byRole.get("description") ?? [];
  let own = codes.length ? normalizeCode(text(codes)) : null;
  let title = text(titles);
  let titleEntries = titles;
  if (title && !own && isBareCode(title)) {
    own = normalizeCode(title);
    [title, titleEntries, codes] = ["", [], titles];
  } else if (title && !own) {
    const lead = splitLeadingCode(title);
    if (lead) [own, title] = [lead.code, lead.rest];
  }
  let description = text(descriptions);
  if (!title && description && (own || !map.byRole.has("title"))) {
    [title, description, titleEntries] = [description, "", descriptions];
  }
  const orientations = byRole.get("orientation") ?? [];
  const groups = byRole.get("group") ?? [];
  const objectives = byRole.get("objective") ?? [];
  return {
    orientations,
    groups,
    objectives,
    codes,
    own,
    title,
    titleEntries,
    description,
    descriptions,
    rest,
  };
}

export interface ActionItem {
  code: string | null;
  title: string;
  /** Its « - » lines and its share of the Moyen(s) cell. */
  description: string | null;
  /** Whether the Moyen(s) cell gave it something (its source is that column). */
  fromDescription: boolean;
}

/** « A) … B) … » cells are several actions sharing the row; each takes its own moyens. */
export function actionItems(row: Pick<DataRow, "own" | "title" | "description">): ActionItem[] {
  const { own, title, description } = row;
  const items = splitItems(title);
  const moyens =
    description && items.length > 1 ? distribute(description, items) : items.map(() => description);
  return items.map((item, i) => {
    const parts = splitMoyens(item.text);
    const code = item.marker ? `${own ?? ""}${own ? item.marker.toLowerCase() : item.marker}` : own;
    return {
      code,
      title: parts.title,
      description: [parts.moyens, moyens[i]].filter(Boolean).join("\n") || null,
      fromDescription: moyens[i] !== "",
    };
  });
}

function text(entries: readonly Entry[]): string {
  return entries.length === 1 ? entries[0].cell.text : entries.map((e) => e.cell.text).join("\n");
}
