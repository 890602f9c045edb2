/**
 * « Structurer le plan »: one pass over the board's sheet, row by row, turning headings, tables
 * and loose lines into orientations → objectives → actions; mapping.ts records where everything went.
 *
 * A row is, in this order: blank; a row of years under a header; a header row; a heading line
 * (« Orientation 2 », « Volet : … », « Objectif 3 : … », « 1.2 … »); a data row of the current
 * table; or a loose line (document title, page header, orientation title, « Notes : … »).
 */
import { type Cell, cellText, type SheetGrid } from "../cells";
import { messages } from "../i18n";
import type { Action, Language, Objective, Orientation, Problem } from "../model";
import { normalizeKey } from "../text";
import type { Locate } from "../validate/context";
import { type Entity, PlanBuilder } from "./builder";
import { isBareCode, normalizeCode, splitLeadingCode } from "./codes";
import { appendExtra, appendText, type Entry, type FillSink, fillAction } from "./fields";
import {
  type Column,
  type ColumnMap,
  type ColumnRole,
  columnLetter,
  extendWithPeriods,
  type RowCell,
  readHeaderRow,
} from "./headers";
import { distribute, splitItems, splitMoyens } from "./items";
import { codeOnly, type Heading, isPageMarker, isUpperCase, parseHeading, parseLabelLine } from "./lines";
import { levelOf, MappingRecorder, type RowEntry } from "./mapping";
import { assignCodes } from "./numbering";
import type { Layout, MappingReport } from "./report";
import { fieldOfLabel } from "./synonyms";
import { isFormulaError } from "./values";

export interface StructureOptions {
  timeZone: string;
  language: Language;
}

export interface StructureResult {
  orientations: Orientation[];
  problems: Problem[];
  report: MappingReport;
  locate: Locate;
}

/** Reads the board's sheet in whatever layout it has. Never throws: bad input becomes problems. */
export function structurePlan(sheet: SheetGrid, options: StructureOptions): StructureResult {
  return new Structurer(sheet, options).run();
}

/** An objective heading waits for its table: group label if the table names objectives, else the objective. */
interface PendingObjective {
  heading: Heading;
  row: number;
  entry: RowEntry;
}

/** A « Notes : » line with nothing after the colon: the lines below it are its text. */
interface OpenLabel {
  entity: Orientation | Objective;
  field: string;
  entry: RowEntry;
}

class Structurer {
  private readonly t;
  private readonly builder = new PlanBuilder();
  private readonly mapping: MappingRecorder;
  private readonly untitledObjectives = new Set<Objective>();
  private untitledOrientations = 0;
  private lineCounts = new Map<string, number>();

  private map: ColumnMap | null = null;
  private tableOpen = false;
  private afterHeader = false;
  private seenContent = false;
  private sawHeadings = false;
  private sawTable = false;

  private orientation: Orientation | null = null;
  private orientationMerged = false;
  private awaitingTitle = false;
  private volet: string | null = null;
  private general: string | null = null;
  private objective: Objective | null = null;
  private pending: PendingObjective | null = null;
  private lastAction: Action | null = null;
  private openLabel: OpenLabel | null = null;

  constructor(
    private readonly sheet: SheetGrid,
    private readonly options: StructureOptions,
  ) {
    this.t = messages(options.language).structure;
    this.mapping = new MappingRecorder(sheet.name, this.t);
  }

  run(): StructureResult {
    const rows = this.readRows();
    for (const cells of rows) {
      if (cells.length === 1) {
        const key = normalizeKey(cells[0].text.slice(0, 200));
        this.lineCounts.set(key, (this.lineCounts.get(key) ?? 0) + 1);
      }
    }
    rows.forEach((cells, row) => {
      this.checkFormulaErrors(cells, row);
      this.handle(row, cells);
    });
    this.resolvePending(false);
    return this.finish(rows);
  }

  private readRows(): RowCell[][] {
    const values: unknown = this.sheet?.values;
    if (!Array.isArray(values)) return [];
    return values.map((row: unknown) => {
      if (!Array.isArray(row)) return [];
      const cells: RowCell[] = [];
      row.forEach((raw: unknown, index) => {
        const text = isCell(raw) ? cellText(raw, this.options.timeZone) : "";
        if (text !== "") cells.push({ index, text, raw });
      });
      return cells;
    });
  }

  private handle(row: number, cells: RowCell[]): void {
    if (cells.length === 0) {
      this.mapping.entry(row, "blank");
      this.tableOpen = false;
      this.openLabel = null;
      return;
    }
    const afterHeader = this.afterHeader;
    this.afterHeader = false;
    if (afterHeader && this.map && cells.length >= 2 && extendWithPeriods(this.map, cells)) {
      this.mapping.registerColumns(this.map);
      this.mapping.entry(row, "header");
      this.afterHeader = true;
      return;
    }
    const header = readHeaderRow(cells, row, this.tableOpen && !this.afterHeaderRow(row));
    const heading = header ? null : this.headingOf(cells);
    const map = this.map;
    if (header) this.header(row, header);
    else if (heading) this.heading(row, cells, heading.heading, heading.used);
    else if (this.isNotesLine(cells)) this.looseLine(row, cells);
    else if (map && (this.tableOpen || (cells.length >= 2 && cells.every((c) => map.columns.has(c.index))))) {
      this.dataRow(row, cells, map);
    } else this.looseLine(row, cells);
  }

  /**
   * « Notes : … » in the first column, even right under a table: it ends the table. The same words
   * in a Notes or Description column are the action's own text.
   */
  private isNotesLine(cells: RowCell[]): boolean {
    const column = this.map?.columns.get(cells[0].index);
    if (
      cells.length > 2 ||
      (column && !["title", "objective", "orientation", "code"].includes(column.role))
    ) {
      return false;
    }
    const label = parseLabelLine(cells[0].text);
    return label !== null && fieldOfLabel(label.label) === "notes";
  }

  /** Whether the row right above is a header (a header repeated right under itself is still one). */
  private afterHeaderRow(row: number): boolean {
    return this.mapping.kindOf(row - 1) === "header";
  }

  // ── Header rows ──────────────────────────────────────────────────────────────────────────

  private header(row: number, map: ColumnMap): void {
    this.map = map;
    this.tableOpen = true;
    this.afterHeader = true;
    this.seenContent = true;
    this.sawTable = true;
    this.awaitingTitle = false;
    this.lastAction = null;
    this.openLabel = null;
    this.mapping.registerColumns(map);
    this.mapping.entry(row, "header");
  }

  // ── Heading lines ────────────────────────────────────────────────────────────────────────

  /**
   * A heading alone on its line, or with its title in the next cell (« ORIENTATION STRATÉGIQUE 1 |
   * titre », « 1.1 | titre »). Bare numbering counts only outside a table, where « 1. … » cannot
   * be an action; « code | titre » pairs only when the sheet has no table at all.
   */
  private headingOf(cells: RowCell[]): { heading: Heading; used: RowCell[] } | null {
    if (cells.length > 3) return null;
    const [first, second] = cells;
    const inTable = this.tableOpen && cells.length > 1 && cells.every((c) => this.map?.columns.has(c.index));
    if (inTable) return null;
    const heading = parseHeading(first.text, !this.tableOpen) ?? (this.map ? null : codeOnly(first.text));
    if (!heading) return null;
    if (heading.title === "" && second)
      return { heading: { ...heading, title: second.text }, used: [first, second] };
    return { heading, used: [first] };
  }

  private heading(row: number, cells: RowCell[], heading: Heading, used: RowCell[]): void {
    for (const cell of cells) if (!used.includes(cell)) this.mapping.leftover(row, cell, "extraCell");
    this.sawHeadings = true;
    this.seenContent = true;
    this.tableOpen = false;
    this.lastAction = null;
    this.openLabel = null;
    this.awaitingTitle = false;
    this.resolvePending(false);
    const source = used.map((cell) => cell.text).join(" | ");
    if (heading.level === "orientation") {
      this.orientationHeading(row, heading, source);
    } else if (heading.level === "group") {
      this.volet = heading.code ? `${heading.code} – ${heading.title}` : heading.title;
      this.general = null;
      this.objective = null;
      this.mapping.entry(row, "group", [], source);
    } else if (heading.level === "objective") {
      this.objective = null;
      this.pending = { heading, row, entry: this.mapping.entry(row, "objective", [], source) };
    } else {
      const action = this.builder.action(this.ensureObjective(row), heading.code, heading.title, row);
      this.builder.field(action, "title", row, null);
      this.lastAction = action;
      this.mapping.entry(row, "action", [action], source);
    }
  }

  private orientationHeading(row: number, heading: Heading, source: string): void {
    const { entity, merged } = this.enterOrientation(heading.code, heading.title, row, null);
    this.awaitingTitle = true;
    this.orientationMerged = merged;
    this.mapping.entry(row, merged ? "orientationRepeat" : "orientation", [entity], source);
  }

  private enterOrientation(code: string | null, title: string, row: number, column: string | null) {
    const result = this.builder.orientation(code, title, row);
    const entity = result.entity;
    if (result.merged && title && !entity.title) {
      entity.title = title;
      this.builder.field(entity, "title", row, column);
    } else if (result.merged && title && normalizeKey(title) !== normalizeKey(entity.title)) {
      this.mapping.problem(
        "info",
        "titleVariant",
        this.t.problems.titleVariant(code ?? "", entity.title, title),
        row,
        column,
      );
    }
    if (!result.merged && title) this.builder.field(entity, "title", row, column);
    if (entity !== this.orientation) {
      this.volet = null;
      this.general = null;
      this.objective = null;
    }
    this.orientation = entity;
    return result;
  }

  /** The objective heading waiting for its table becomes the group label (`asGroup`) or the objective. */
  private resolvePending(asGroup: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const { heading, row, entry } = pending;
    if (asGroup) {
      this.general = heading.code ? `${heading.code} – ${heading.title}` : heading.title;
      entry.kind = "group";
      return;
    }
    const objective = this.enterObjective(heading.code, heading.title, row, null);
    entry.kind = objective.merged ? "objectiveRepeat" : "objective";
    entry.refs = [objective.entity];
  }

  private enterObjective(code: string | null, title: string, row: number, column: string | null) {
    const orientation = this.ensureOrientation(row);
    const result = this.builder.objective(orientation, this.group(), code, title, row);
    if (!result.merged || !result.entity.title) {
      if (!result.entity.title) result.entity.title = title;
      this.builder.field(result.entity, "title", row, column);
    }
    this.objective = result.entity;
    return result;
  }

  private group(): string | null {
    return [this.volet, this.general].filter(Boolean).join(" — ") || null;
  }

  private ensureOrientation(row: number): Orientation {
    if (this.orientation) return this.orientation;
    this.untitledOrientations++;
    return this.enterOrientation(null, "", row, null).entity;
  }

  private ensureObjective(row: number): Objective {
    if (this.pending) this.resolvePending(false);
    if (this.objective) return this.objective;
    const objective = this.enterObjective(null, "", row, null).entity;
    this.untitledObjectives.add(objective);
    return objective;
  }

  // ── Data rows ────────────────────────────────────────────────────────────────────────────

  private dataRow(row: number, cells: RowCell[], map: ColumnMap): void {
    this.tableOpen = true;
    this.seenContent = true;
    this.sawTable = true;
    this.awaitingTitle = false;
    this.openLabel = null;
    const entries: Entry[] = [];
    for (const cell of cells) {
      const column = map.columns.get(cell.index) ?? this.untitled(cell.index, map);
      entries.push({ column, cell });
    }
    const take = (role: ColumnRole) => entries.filter((e) => e.column.role === role);
    const text = (list: Entry[]) => list.map((e) => e.cell.text).join("\n");
    const created = this.hierarchy(row, take("orientation"), take("group"), take("objective"));

    let codes = take("code");
    const titles = take("title");
    const descriptions = take("description");
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
    for (const entry of codes) this.mapping.use(entry.column, "code");
    for (const entry of titleEntries) this.mapping.use(entry.column, "title");
    if (description) for (const entry of descriptions) this.mapping.use(entry.column, "description");

    const rest = entries.filter(
      (e) => !["orientation", "group", "objective", "code", "title", "description"].includes(e.column.role),
    );
    if (!title && !own) {
      if (created.length === 0 && this.lastAction) {
        this.continuation(row, this.lastAction, description, descriptions, rest);
      } else this.objectiveRow(row, created, description ? descriptions : [], rest);
      return;
    }
    const objective = this.ensureObjective(row);
    const items = splitItems(title);
    const moyens =
      description && items.length > 1 ? distribute(description, items) : items.map(() => description);
    const actions = items.map((item, i) => {
      const parts = splitMoyens(item.text);
      const code = item.marker ? `${own ?? ""}${own ? item.marker.toLowerCase() : item.marker}` : own;
      const action = this.builder.action(objective, code, parts.title, row);
      action.description = [parts.moyens, moyens[i]].filter(Boolean).join("\n") || null;
      for (const entry of titleEntries) this.builder.field(action, "title", row, entry.column.header);
      for (const entry of codes) this.builder.field(action, "code", row, entry.column.header);
      if (moyens[i])
        for (const entry of descriptions) this.builder.field(action, "description", row, entry.column.header);
      fillAction(action, rest, this.sink(row), false);
      return action;
    });
    this.mapping.useAll(rest);
    this.lastAction = actions[actions.length - 1];
    this.mapping.entry(row, "action", [...created, ...actions]);
  }

  /** Orientation, group and objective cells; a blank one means « same as above ». Returns new entities. */
  private hierarchy(row: number, orientations: Entry[], groups: Entry[], objectives: Entry[]): Entity[] {
    const created: Entity[] = [];
    const orientation = orientations.find((e) => e.cell.text);
    if (orientation) {
      this.mapping.use(orientation.column, "orientation");
      const { code, title } = codedTitle(orientation.cell.text, true);
      const before = this.orientation;
      this.resolvePending(false);
      const result = this.enterOrientation(code, title, row, orientation.column.header);
      if (!result.merged) created.push(result.entity);
      if (result.entity !== before) this.lastAction = null;
    }
    const group = groups.find((e) => e.cell.text);
    if (group) {
      this.mapping.use(group.column, "group");
      if (group.cell.text !== this.volet) {
        this.volet = group.cell.text;
        this.objective = null;
        this.lastAction = null;
      }
    }
    const objective = objectives.find((e) => e.cell.text);
    if (objective) {
      this.mapping.use(objective.column, "objective");
      this.resolvePending(true);
      const { code, title } = codedTitle(objective.cell.text, false);
      const before = this.objective;
      const result = this.enterObjective(code, title, row, objective.column.header);
      if (!result.merged) created.push(result.entity);
      if (result.entity !== before) this.lastAction = null;
    }
    for (const extra of [...orientations, ...groups, ...objectives].slice(1)) {
      if (extra !== orientation && extra !== group && extra !== objective)
        this.mapping.leftover(row, extra.cell, "extraCell");
    }
    return created;
  }

  /** A row with no action text under an action: its texts are added to that action. */
  private continuation(
    row: number,
    action: Action,
    description: string,
    descriptions: Entry[],
    rest: Entry[],
  ): void {
    if (description) {
      action.description = appendText(action.description, description);
      for (const entry of descriptions) this.builder.field(action, "description", row, entry.column.header);
    }
    fillAction(action, rest, this.sink(row), true);
    this.mapping.useAll(rest);
    this.mapping.entry(row, "continuation", [action]);
  }

  /** A row that names an objective (or nothing) but no action: objective-level texts go to the objective. */
  private objectiveRow(row: number, created: Entity[], descriptions: Entry[], rest: Entry[]): void {
    const objective = this.objective;
    for (const entry of [...descriptions, ...rest]) {
      const role = entry.column.role;
      if (objective && (role === "indicators" || role === "notes" || role === "expectedResult")) {
        const field = role === "expectedResult" ? "expectedResults" : role;
        objective[field] = appendText(objective[field], entry.cell.text);
        this.builder.field(objective, field, row, entry.column.header);
        this.mapping.use(entry.column, role);
      } else this.mapping.leftover(row, entry.cell, "noAction");
    }
    this.mapping.entry(row, created.length ? "objective" : "unused", created);
  }

  private untitled(index: number, map: ColumnMap): Column {
    const column: Column = { index, header: this.t.untitledColumn(columnLetter(index)), role: "extra" };
    map.columns.set(index, column);
    map.byRole.get("extra")?.push(column) ?? map.byRole.set("extra", [column]);
    return column;
  }

  private sink(row: number): FillSink {
    return {
      source: (action, field, column) => this.builder.field(action, field, row, column.header),
      warn: (code, text, column) =>
        this.mapping.problem("warning", code, this.t.problems[code](text), row, column.header),
      conflict: (cell) => this.mapping.leftover(row, cell, "conflict"),
    };
  }

  // ── Loose lines ──────────────────────────────────────────────────────────────────────────

  private looseLine(row: number, cells: RowCell[]): void {
    const text = cells.map((cell) => cell.text).join(" ");
    const label = parseLabelLine(cells[0].text);
    const labelValue = label
      ? [label.value, ...cells.slice(1).map((c) => c.text)].filter(Boolean).join("\n")
      : "";
    const known = label ? fieldOfLabel(label.label) : null;
    if (isPageMarker(text)) this.mapping.entry(row, "pageHeader", [], text);
    else if (!this.seenContent) this.mapping.entry(row, "title", [], text);
    else if (label && known) this.label(row, cells, label.label, labelValue, known);
    else if (this.awaitingTitle && this.orientation) this.orientationText(row, text, this.orientation);
    else if (this.isRepeatedHeader(text, cells)) this.mapping.entry(row, "pageHeader", [], text);
    else if (this.openLabel) this.continueLabel(row, text, this.openLabel);
    else if (label) this.label(row, cells, label.label, labelValue, null);
    else for (const cell of cells) this.mapping.leftover(row, cell, "unrecognized", "unused");
  }

  /** The same short or capitalized line seen several times: a page header pasted with the pages. */
  private isRepeatedHeader(text: string, cells: RowCell[]): boolean {
    if (cells.length !== 1 || (this.lineCounts.get(normalizeKey(text.slice(0, 200))) ?? 0) < 2) return false;
    return isUpperCase(text) || text.split(/\s+/).length <= 6;
  }

  /** The line after « Orientation n »: its title, or its description when it has a title already. */
  private orientationText(row: number, text: string, orientation: Orientation): void {
    const key = normalizeKey(text);
    if (!orientation.title) {
      orientation.title = text;
      this.builder.field(orientation, "title", row, null);
      this.mapping.entry(row, "orientationTitle", [orientation]);
    } else if (
      key === normalizeKey(orientation.title) ||
      key === normalizeKey(orientation.description ?? "")
    ) {
      this.mapping.entry(row, "orientationTitle", [orientation]);
    } else if (this.isRepeatedHeader(text, [{ index: 0, text, raw: text }]) && isUpperCase(text)) {
      this.mapping.entry(row, "pageHeader", [], text);
    } else if (this.orientationMerged) {
      const message = this.t.problems.titleVariant(
        this.builder.meta.get(orientation)?.own ?? "",
        orientation.title,
        text,
      );
      this.mapping.problem("info", "titleVariant", message, row, null);
      this.mapping.entry(row, "orientationTitle", [orientation], text);
    } else {
      orientation.description = appendText(orientation.description, text);
      this.builder.field(orientation, "description", row, null);
      this.mapping.entry(row, "orientationDescription", [orientation]);
    }
  }

  /**
   * « Notes : … » goes to the objective it follows; other labels (« CLIENTÈLES VISÉES : … ») to
   * the objective or, before any, to the orientation, under their own words.
   */
  private label(row: number, cells: RowCell[], label: string, value: string, field: string | null): void {
    if (field === "notes") this.resolvePending(false);
    const entity: Orientation | Objective | null = (this.pending ? null : this.objective) ?? this.orientation;
    const kind = field === "notes" ? "notes" : "label";
    this.tableOpen = false;
    if (!entity) {
      for (const cell of cells) this.mapping.leftover(row, cell, "noPlace", kind);
      return;
    }
    const property = propertyFor(entity, field, label);
    const entry = this.mapping.entry(row, kind, [entity], label);
    if (value) this.setLabel(entity, property, value, row);
    else this.openLabel = { entity, field: property, entry };
  }

  private continueLabel(row: number, text: string, open: OpenLabel): void {
    this.setLabel(open.entity, open.field, text, row);
    this.mapping.entry(row, open.entry.kind, open.entry.refs, open.entry.text);
  }

  private setLabel(entity: Orientation | Objective, property: string, value: string, row: number): void {
    if (property.startsWith("extra:")) {
      appendExtra(entity.extra, property.slice(6), value);
    } else {
      const record = entity as unknown as Record<string, string | null>;
      record[property] = appendText(record[property], value);
    }
    this.builder.field(entity, property, row, null);
  }

  private checkFormulaErrors(cells: RowCell[], row: number): void {
    for (const cell of cells) {
      if (isFormulaError(cell.text)) {
        const column = this.map?.columns.get(cell.index)?.header ?? columnLetter(cell.index);
        this.mapping.problem("warning", "formulaError", this.t.problems.formulaError(cell.text), row, column);
      }
    }
  }

  private finish(rows: RowCell[][]): StructureResult {
    const orientations = this.builder.orientations;
    for (const renumbered of assignCodes(orientations, this.builder.meta)) {
      const parent = renumbered.parent;
      if (!parent) continue;
      const meta = this.builder.meta.get(parent);
      const isOrientation = levelOf(parent) === "orientation";
      const message = isOrientation
        ? this.t.problems.renumberedObjectives(parent.code, renumbered.count)
        : this.t.problems.renumberedActions(parent.code, renumbered.count);
      this.mapping.problem(
        "info",
        isOrientation ? "renumberedObjectives" : "renumberedActions",
        message,
        meta?.row ?? null,
        null,
      );
    }
    const orphanActions = [...this.untitledObjectives].reduce((sum, o) => sum + o.actions.length, 0);
    if (orphanActions > 0)
      this.mapping.problem("warning", "noObjective", this.t.problems.noObjective(orphanActions), null, null);
    if (this.untitledOrientations > 0) {
      const count = orientations.filter((o) => !o.title).reduce((sum, o) => sum + o.objectives.length, 0);
      this.mapping.problem("warning", "noOrientation", this.t.problems.noOrientation(count), null, null);
    }
    const nonBlank = rows.some((cells) => cells.length > 0);
    if (!nonBlank)
      this.mapping.problem("warning", "emptySheet", this.t.problems.emptySheet(this.sheet.name), null, null);
    else if (orientations.length === 0)
      this.mapping.problem("warning", "noPlan", this.t.problems.noPlan(this.sheet.name), null, null);
    return {
      orientations,
      problems: this.mapping.problems,
      locate: this.builder.locate(this.sheet.name),
      report: this.mapping.report(this.layout(nonBlank), rows.length, orientations),
    };
  }

  private layout(nonBlank: boolean): Layout {
    if (!nonBlank) return "empty";
    if (this.sawTable) return this.sawHeadings ? "sections" : "flat";
    return this.sawHeadings ? "outline" : "unknown";
  }
}

function isCell(value: unknown): value is Cell {
  return ["string", "number", "boolean"].includes(typeof value) || value instanceof Date;
}

/** An orientation or objective cell of a flat table: « Orientation 1 : … », « 1.2 … » or a plain title. */
function codedTitle(text: string, orientation: boolean): { code: string | null; title: string } {
  const heading = parseHeading(text, true);
  if (heading?.title) return { code: heading.code, title: heading.title };
  const lead = splitLeadingCode(text);
  if (lead) return { code: orientation ? normalizeCode(lead.code, true) : lead.code, title: lead.rest };
  return { code: null, title: text };
}

/** Where a « Label : texte » line goes on an orientation or an objective. */
function propertyFor(entity: Orientation | Objective, field: string | null, label: string): string {
  const isObjective = "actions" in entity;
  if (isObjective && field === "notes") return "notes";
  if (isObjective && field === "indicators") return "indicators";
  if (isObjective && field === "expectedResult") return "expectedResults";
  if (!isObjective && field === "description") return "description";
  return `extra:${label}`;
}
