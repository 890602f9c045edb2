/**
 * Pass 2 — infer the hierarchy from all heading candidates together, as a person reading the whole
 * sheet would: codes are paths (1.3 is a child of 1), so a section whose code disagrees with its
 * children's is renumbered from them; a section the numbering needs (« 2. », « 3. » follow, or
 * « 1.1 » has no « 1 ») is the line standing where it should be, whatever it is written like; an
 * « Objectif A » above a table that names its own objectives groups them; text after « Notes : »
 * is a note until a heading or a table the numbering confirms; and the lines under an objective
 * heading are its description, or its actions when they are a list.
 */
import type { ClassifiedRow } from "./classify";
import { codeDepth } from "./codes";
import type { RowCell } from "./headers";
import type { HeadingLevel } from "./lines";
import { isPlanTitle } from "./settings";
import { fieldOfHeader } from "./synonyms";

/** Why the pass decided what it did; each has its sentence in the i18n catalogue (`explain`). */
export type HierarchyReason =
  | "keyword"
  | "numbering"
  | "numberedUnder"
  | "zeroSection"
  | "renumberedFromChildren"
  | "parentOfChildren"
  | "missingSection"
  | "aboveTable"
  | "groupOfObjectives"
  | "noteBlock"
  | "objectiveText"
  | "listItem"
  | "listHeader";

export interface HeadingRole {
  kind: "heading";
  level: HeadingLevel;
  code: string | null;
  title: string;
  used: RowCell[];
  reason: HierarchyReason;
}

export type RowRole =
  | HeadingRole
  | { kind: "note" | "objectiveText" | "listItem" | "listHeader"; reason: HierarchyReason; text: string };

export interface Renumbering {
  row: number;
  from: string | null;
  to: string;
}

export interface Hierarchy {
  /** By 0-based row: the rows this pass gave a role (headings, and the lines it placed). */
  roles: Map<number, RowRole>;
  renumbered: Renumbering[];
}

const LIST_BULLET = /^\s*[-–—•*▪◦]\s*/;

export function inferHierarchy(rows: readonly ClassifiedRow[]): Hierarchy {
  const roles = new Map<number, RowRole>();
  const renumbered: Renumbering[] = [];
  for (const entry of rows) {
    const heading = entry.heading;
    if (entry.kind !== "heading" || !heading) continue;
    roles.set(entry.row, {
      kind: "heading",
      level: heading.level,
      code: heading.code,
      title: heading.title,
      used: heading.used,
      reason: heading.keyword ? "keyword" : "numbering",
    });
  }
  groupsOfObjectives(rows, roles);
  notesBlocks(rows, roles);
  numberingRuns(roles);
  missingSections(rows, roles, renumbered);
  parentsOfChildren(rows, roles, renumbered);
  sectionsAboveTables(rows, roles);
  objectiveBlocks(rows, roles);
  return { roles, renumbered };
}

function headingAt(roles: Map<number, RowRole>, row: number): HeadingRole | null {
  const role = roles.get(row);
  return role?.kind === "heading" ? role : null;
}

/** The next row that is not blank or page furniture. */
function nextContent(rows: readonly ClassifiedRow[], from: number): ClassifiedRow | null {
  for (let i = from + 1; i < rows.length; i++) {
    if (rows[i].kind !== "blank" && rows[i].kind !== "pageHeader") return rows[i];
  }
  return null;
}

/**
 * « Objectif A : … » above a table whose first row names its own objective (an « Objectifs
 * spécifiques » column) is the group of those objectives, not one more objective.
 */
function groupsOfObjectives(rows: readonly ClassifiedRow[], roles: Map<number, RowRole>): void {
  for (const [row, role] of roles) {
    if (role.kind !== "heading" || role.level !== "objective") continue;
    for (let i = row + 1; i < rows.length; i++) {
      const next = rows[i];
      if (next.kind === "heading" || next.kind === "note") break;
      if (next.kind !== "data" || !next.table) continue;
      const roleOf = (cell: RowCell) => next.table?.columns.get(cell.index)?.role;
      if (next.cells.some((cell) => roleOf(cell) === "objective")) {
        roles.set(row, { ...role, level: "group", reason: "groupOfObjectives" });
        break;
      }
      if (next.cells.some((cell) => ["title", "code", "description"].includes(roleOf(cell) ?? ""))) break;
    }
  }
}

/** Numeric code of a heading, or null: « 2 » → [2], « 1.3 » → [1, 3]. */
function path(code: string | null): number[] | null {
  return code && codeDepth(code) > 0 ? code.split(".").map(Number) : null;
}

/**
 * Lines after « Notes : » stay notes, even when they start with a number or a date, until a
 * header, a keyword heading, or a numbered heading that continues the plan's numbering and not the
 * notes' own list. A blank row ends the block for plain lines.
 */
function notesBlocks(rows: readonly ClassifiedRow[], roles: Map<number, RowRole>): void {
  let sections: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const heading = headingAt(roles, i);
    const code = path(heading?.code ?? null);
    if (heading?.level === "orientation" && code?.length === 1) sections = code;
    if (rows[i].kind !== "note") continue;
    let listed = 0;
    let afterBlank = false;
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j];
      if (next.kind === "blank" || next.kind === "pageHeader") {
        afterBlank = afterBlank || next.kind === "blank";
        continue;
      }
      if (next.kind === "text" && !afterBlank) {
        roles.set(j, { kind: "note", reason: "noteBlock", text: next.cells.map((c) => c.text).join(" ") });
        continue;
      }
      const candidate = headingAt(roles, j);
      if (next.kind !== "heading" || !candidate || next.heading?.keyword) break;
      const own = path(candidate.code);
      const continuesList = own?.length === 1 && own[0] === listed + 1;
      const nextSection = own?.length === 1 && own[0] === (sections[0] ?? 0) + 1;
      if (looksLikeSection(rows, j) || (nextSection && !continuesList)) break;
      roles.set(j, { kind: "note", reason: "noteBlock", text: next.cells.map((c) => c.text).join(" ") });
      if (own?.length === 1) listed = own[0];
      i = j;
    }
  }
}

const BELOW: Record<HeadingLevel, HeadingLevel> = {
  orientation: "objective",
  group: "objective",
  objective: "action",
  action: "action",
};

/**
 * Bare numbering is read against the headings around it. « 1. », « 2. » right under
 * « Orientation 1 » are its objectives (under « Objectif 1 », its actions), restarting under each
 * one; « 2. » after such a « 1. » is its sibling. « 1.0 Gouvernance » is section 1.
 */
function numberingRuns(roles: Map<number, RowRole>): void {
  let keyword: HeadingLevel | null = null;
  const levels = new Map<number, HeadingLevel>();
  for (const [row, role] of [...roles.entries()].sort((a, b) => a[0] - b[0])) {
    if (role.kind !== "heading") continue;
    const code = path(role.code);
    if (role.reason === "keyword") {
      keyword = role.level;
      levels.clear();
      continue;
    }
    if (role.reason !== "numbering" || !code) continue;
    if (code.length === 2 && code[1] === 0) {
      roles.set(row, { ...role, level: "orientation", code: String(code[0]), reason: "zeroSection" });
      keyword = null;
      continue;
    }
    if (code.length !== 1) continue;
    const sibling = levels.get(code[0] - 1);
    const level = sibling ?? (code[0] === 1 && keyword ? BELOW[keyword] : null);
    if (level && level !== role.level) roles.set(row, { ...role, level, reason: "numberedUnder" });
    if (level) levels.set(code[0], level);
    else keyword = null;
  }
}

/**
 * A section is followed by what sections hold: a table, a label line or a keyword heading. A line
 * numbered like it is its sibling in a list.
 */
function looksLikeSection(rows: readonly ClassifiedRow[], row: number): boolean {
  const next = nextContent(rows, row);
  if (next?.kind === "heading") return next.heading?.keyword === true;
  return next !== null && ["header", "label"].includes(next.kind);
}

/**
 * « 2. », « 3. » written and no section before them: the lines standing where sections 1 (and
 * up) should be, followed by what the numbered sections are followed by, are those sections.
 */
function missingSections(
  rows: readonly ClassifiedRow[],
  roles: Map<number, RowRole>,
  renumbered: Renumbering[],
): void {
  const sections = [...roles.entries()].filter(
    (entry): entry is [number, HeadingRole] =>
      entry[1].kind === "heading" && entry[1].level === "orientation",
  );
  if (sections.length === 0) return;
  const [firstRow, first] = sections[0];
  const number = path(first.code);
  if (first.reason !== "numbering" || number?.length !== 1 || number[0] < 2) return;
  const follows = nextContent(rows, firstRow)?.kind;
  const candidates: ClassifiedRow[] = [];
  for (let i = firstRow - 1; i >= 0 && candidates.length < number[0] - 1; i--) {
    const entry = rows[i];
    if (roles.has(i) || entry.kind !== "text" || entry.cells.length !== 1) continue;
    if (isPlanTitle(entry.cells[0].text)) break;
    if (nextContent(rows, i)?.kind === follows) candidates.unshift(entry);
  }
  candidates.forEach((entry, k) => {
    const code = String(number[0] - candidates.length + k);
    const title = entry.letter?.title ?? entry.cells[0].text;
    roles.set(entry.row, {
      kind: "heading",
      level: "orientation",
      code,
      title,
      used: entry.cells,
      reason: "missingSection",
    });
    renumbered.push({ row: entry.row, from: entry.letter?.code ?? null, to: code });
  });
}

/**
 * Objectives « 2.1 », « 2.2 » under a section written « 3. »: the section is 2. Objectives
 * « 1.1 » with no section above them: the line above them is section 1.
 */
function parentsOfChildren(
  rows: readonly ClassifiedRow[],
  roles: Map<number, RowRole>,
  renumbered: Renumbering[],
): void {
  const sections = [...roles.values()].filter(
    (role): role is HeadingRole => role.kind === "heading" && role.level === "orientation",
  );
  // Renumbering onto another section's code would merge two sections: the children are wrong then.
  const taken = (code: string, title: string) =>
    sections.some((section) => section.code === code && section.title !== title);
  let parent: { row: number; role: HeadingRole } | null = null;
  let prefixes = new Set<number>();
  let firstChild = -1;
  const settle = () => {
    const [prefix] = prefixes;
    if (prefixes.size !== 1) return;
    const code = String(prefix);
    if (parent && parent.role.code !== code && !taken(code, parent.role.title)) {
      renumbered.push({ row: parent.row, from: parent.role.code, to: code });
      roles.set(parent.row, { ...parent.role, code, reason: "renumberedFromChildren" });
    } else if (!parent && firstChild > 0) {
      const line = lineAbove(rows, roles, firstChild);
      if (!line) return;
      roles.set(line.row, {
        kind: "heading",
        level: "orientation",
        code,
        title: line.letter?.title ?? line.cells[0].text,
        used: line.cells,
        reason: "parentOfChildren",
      });
      if (line.letter) renumbered.push({ row: line.row, from: line.letter.code, to: code });
    }
  };
  for (const [row, role] of [...roles.entries()].sort((a, b) => a[0] - b[0])) {
    if (role.kind !== "heading") continue;
    if (role.level === "orientation") {
      settle();
      parent = { row, role };
      prefixes = new Set();
    } else if (role.level === "objective") {
      const code = path(role.code);
      if (code?.length === 2) prefixes.add(code[0]);
      if (firstChild < 0) firstChild = row;
    }
  }
  settle();
}

/** The one-cell plain line just above `row` (blank rows and labels between), unless a title. */
function lineAbove(
  rows: readonly ClassifiedRow[],
  roles: Map<number, RowRole>,
  row: number,
): ClassifiedRow | null {
  for (let i = row - 1; i >= 0; i--) {
    const entry = rows[i];
    if (["blank", "label", "pageHeader"].includes(entry.kind)) continue;
    if (roles.has(i) || entry.kind !== "text" || entry.cells.length !== 1) return null;
    return isPlanTitle(entry.cells[0].text) ? null : entry;
  }
  return null;
}

/**
 * A plain line standing right on a table's header row names that table's section: the
 * orientation when the table names its own objectives, else the objective of its actions. Not
 * when the table names its orientations (the line is then the document's title).
 */
function sectionsAboveTables(rows: readonly ClassifiedRow[], roles: Map<number, RowRole>): void {
  for (let i = 1; i < rows.length; i++) {
    const header = rows[i];
    const line = rows[i - 1];
    if (header.kind !== "header" || !header.table || roles.has(i - 1)) continue;
    if (line.kind !== "text" || line.cells.length !== 1 || isPlanTitle(line.cells[0].text)) continue;
    const columns = header.table.byRole;
    const level = columns.has("objective") ? "orientation" : "objective";
    if (columns.has("orientation") || (level === "objective" && underObjective(rows, roles, i - 1))) continue;
    roles.set(i - 1, {
      kind: "heading",
      level,
      code: line.letter?.code ?? null,
      title: line.letter?.title ?? line.cells[0].text,
      used: line.cells,
      reason: "aboveTable",
    });
  }
}

/** Whether the nearest heading above `row`, with only loose lines between, is an objective's. */
function underObjective(rows: readonly ClassifiedRow[], roles: Map<number, RowRole>, row: number): boolean {
  for (let i = row - 1; i >= 0; i--) {
    const heading = headingAt(roles, i);
    if (heading) return heading.level === "objective";
    if (!["text", "blank", "label", "pageHeader"].includes(rows[i].kind)) return false;
  }
  return false;
}

/**
 * The lines under an objective heading, before any table: its actions when they are a list (under
 * a one-cell « Actions » line, bulleted, or short lines with no table below), else its description.
 */
function objectiveBlocks(rows: readonly ClassifiedRow[], roles: Map<number, RowRole>): void {
  for (const [row, role] of [...roles.entries()]) {
    if (role.kind !== "heading" || role.level !== "objective") continue;
    const block: ClassifiedRow[] = [];
    let end = row + 1;
    for (; end < rows.length; end++) {
      const entry = rows[end];
      if (roles.has(end) || !["text", "blank", "label", "pageHeader"].includes(entry.kind)) break;
      if (entry.kind === "text") block.push(entry);
    }
    const tableBelow = rows[end]?.kind === "header";
    let listed = false;
    for (const entry of block) {
      const text = entry.cells.map((c) => c.text).join(" ");
      if (entry.cells.length === 1 && fieldOfHeader(text.replace(/\s*:$/, "")) === "title") {
        roles.set(entry.row, { kind: "listHeader", reason: "listHeader", text });
        listed = true;
      } else if (!tableBelow && (listed || LIST_BULLET.test(text) || isListLine(text))) {
        roles.set(entry.row, { kind: "listItem", reason: "listItem", text });
      } else roles.set(entry.row, { kind: "objectiveText", reason: "objectiveText", text });
    }
  }
}

/** A short line that does not end a sentence reads as an item of a list. */
function isListLine(text: string): boolean {
  return text.split(/\s+/).length <= 15 && !/[.!?]$/.test(text.trim());
}
