/**
 * Pass 3 — build: the classified rows and the inferred hierarchy → orientations, objectives and
 * actions (continuations, lettered items, moyens, extra columns), the plan's settings, and the
 * mapping report. It keeps only where it is (current orientation, objective, action); every
 * reading of a row was made by the passes before it.
 */
import { messages } from "../i18n";
import type { Action, Language, Objective, Orientation } from "../model";
import { KEPT_AS_IS } from "../sheets/write";
import { normalizeKey } from "../text";
import { type Entity, PlanBuilder } from "./builder";
import type { ClassifiedRow } from "./classify";
import { normalizeCode, splitLeadingCode } from "./codes";
import { appendExtra, appendText, type Entry, type FillSink, fillAction } from "./fields";
import type { FrontMatter } from "./front";
import { type Column, type ColumnMap, columnLetter, type RowCell } from "./headers";
import type { HeadingRole, Hierarchy, RowRole } from "./hierarchy";
import { isUpperCase, parseHeading } from "./lines";
import { type Decision, levelOf, MappingRecorder, type RowEntry } from "./mapping";
import { assignCodes } from "./numbering";
import type { Layout } from "./report";
import type { StructureResult } from "./structure";
import { actionItems, readDataRow } from "./tables";
import { isFormulaError } from "./values";

export function buildPlan(
  sheet: string,
  rows: readonly ClassifiedRow[],
  hierarchy: Hierarchy,
  front: FrontMatter,
  language: Language,
): StructureResult {
  return new Builder(sheet, rows, hierarchy, front, language).run();
}

/** A « Label : » line with nothing after the colon: the lines below it are its text. */
interface OpenLabel {
  entity: Orientation | Objective;
  field: string;
  entry: RowEntry;
}

/** One frozen decision per pass and reason: every row of a table shares its table's. */
const DECISIONS = new Map<string, Decision>();
function decided(pass: Decision["pass"], why: Decision["why"]): Decision {
  const key = `${pass}:${why}`;
  const known = DECISIONS.get(key);
  if (known) return known;
  const decision = Object.freeze({ pass, why });
  DECISIONS.set(key, decision);
  return decision;
}
const CLASSIFIED = (why: Decision["why"]) => decided("classify", why);
const INFERRED = (why: Decision["why"]) => decided("hierarchy", why);
const FRONT = (why: Decision["why"]) => decided("front", why);
const BUILT = (why: Decision["why"]) => decided("build", why);

class Builder {
  private readonly t;
  private readonly builder = new PlanBuilder();
  private readonly mapping: MappingRecorder;
  private readonly untitledObjectives = new Set<Objective>();
  private untitledOrientations = 0;

  private orientation: Orientation | null = null;
  private orientationMerged = false;
  private awaitingTitle = false;
  private volet: string | null = null;
  private general: string | null = null;
  private objective: Objective | null = null;
  private lastAction: Action | null = null;
  private openLabel: OpenLabel | null = null;
  private notes: OpenLabel | null = null;

  constructor(
    private readonly sheet: string,
    private readonly rows: readonly ClassifiedRow[],
    private readonly hierarchy: Hierarchy,
    private readonly front: FrontMatter,
    private readonly language: Language,
  ) {
    this.t = messages(language).structure;
    this.mapping = new MappingRecorder(sheet, this.t);
  }

  run(): StructureResult {
    for (const entry of this.rows) {
      this.checkFormulaErrors(entry);
      this.handle(entry, this.hierarchy.roles.get(entry.row));
    }
    return this.finish();
  }

  private handle(entry: ClassifiedRow, role: RowRole | undefined): void {
    const { row, cells } = entry;
    const front = this.front.roles.get(row);
    if (role?.kind === "heading") this.heading(row, cells, role);
    else if (role) this.placed(row, cells, role);
    else if (front?.kind === "title")
      this.mapping.entry(row, "title", [], front.text, FRONT("documentTitle"));
    else if (front) this.mapping.entry(row, "settings", [], front.text, FRONT("statement"));
    else this.classified(entry);
  }

  /** A row only the classify pass read: as it is on its face. */
  private classified(entry: ClassifiedRow): void {
    const { row, cells } = entry;
    switch (entry.kind) {
      case "blank":
        this.mapping.entry(row, "blank", [], "", CLASSIFIED("blank"));
        this.openLabel = null;
        return;
      case "header":
      case "periods":
        if (entry.table) this.header(row, entry.table, entry.kind);
        return;
      case "data":
        if (entry.table) this.dataRow(row, cells, entry.table);
        return;
      case "note":
        if (entry.label) this.label(row, cells, entry.label.label, entry.label.value, "notes");
        return;
      case "pageHeader":
        this.mapping.entry(row, "pageHeader", [], texts(cells), CLASSIFIED("pageHeader"));
        return;
      default:
        this.looseLine(entry);
    }
  }

  /** A line the hierarchy pass placed: a note, an objective's paragraph or list. */
  private placed(row: number, cells: RowCell[], role: Exclude<RowRole, HeadingRole>): void {
    const decision = INFERRED(role.reason);
    if (role.kind === "note") {
      const notes = this.notes;
      if (!notes) {
        for (const cell of cells) this.mapping.leftover(row, cell, "noPlace", "notes");
        return;
      }
      this.setLabel(notes.entity, notes.field, role.text, row);
      this.mapping.entry(row, "notes", notes.entry.refs, role.text, decision);
    } else if (role.kind === "listHeader") {
      this.mapping.entry(row, "listHeader", [], role.text, decision);
    } else if (role.kind === "listItem") {
      const objective = this.ensureObjective(row);
      const text = role.text.replace(/^\s*[-–—•*▪◦]\s*/, "");
      const lead = splitLeadingCode(text);
      const action = this.builder.action(objective, lead?.code ?? null, lead?.rest ?? text, row);
      this.builder.field(action, "title", row, null);
      this.lastAction = action;
      this.mapping.entry(row, "action", [action], role.text, decision);
    } else {
      const objective = this.ensureObjective(row);
      objective.description = objective.description ? `${objective.description}\n${role.text}` : role.text;
      this.builder.field(objective, "description", row, null);
      this.mapping.entry(row, "objectiveDescription", [objective], role.text, decision);
    }
  }

  // ── Header rows ──────────────────────────────────────────────────────────────────────────

  private header(row: number, map: ColumnMap, kind: "header" | "periods"): void {
    this.awaitingTitle = false;
    if (kind === "header") this.lastAction = null;
    this.openLabel = null;
    this.notes = null;
    this.mapping.registerColumns(map);
    this.mapping.entry(row, "header", [], "", CLASSIFIED(kind));
  }

  // ── Heading lines ────────────────────────────────────────────────────────────────────────

  private heading(row: number, cells: RowCell[], heading: HeadingRole): void {
    const used = heading.used;
    for (const cell of cells) if (!used.includes(cell)) this.mapping.leftover(row, cell, "extraCell");
    this.lastAction = null;
    this.openLabel = null;
    this.notes = null;
    this.awaitingTitle = false;
    const source = used.map((cell) => cell.text).join(" | ");
    const decision =
      heading.reason === "keyword" || heading.reason === "numbering"
        ? CLASSIFIED(heading.reason)
        : INFERRED(heading.reason);
    if (heading.level === "orientation") {
      const { entity, merged } = this.enterOrientation(heading.code, heading.title, row, null);
      this.awaitingTitle = true;
      this.orientationMerged = merged;
      this.mapping.entry(row, merged ? "orientationRepeat" : "orientation", [entity], source, decision);
    } else if (heading.level === "group") {
      const label = heading.code ? `${heading.code} – ${heading.title}` : heading.title;
      if (heading.reason === "groupOfObjectives") this.general = label;
      else [this.volet, this.general] = [label, null];
      this.objective = null;
      this.mapping.entry(row, "group", [], source, decision);
    } else if (heading.level === "objective") {
      const objective = this.enterObjective(heading.code, heading.title, row, null);
      const kind = objective.merged ? "objectiveRepeat" : "objective";
      this.mapping.entry(row, kind, [objective.entity], source, decision);
    } else {
      const action = this.builder.action(this.ensureObjective(row), heading.code, heading.title, row);
      this.builder.field(action, "title", row, null);
      this.lastAction = action;
      this.mapping.entry(row, "action", [action], source, decision);
    }
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
    if (this.objective) return this.objective;
    const objective = this.enterObjective(null, "", row, null).entity;
    this.untitledObjectives.add(objective);
    return objective;
  }

  // ── Data rows ────────────────────────────────────────────────────────────────────────────

  private dataRow(row: number, cells: RowCell[], map: ColumnMap): void {
    this.notes = null;
    this.awaitingTitle = false;
    this.openLabel = null;
    const data = readDataRow(cells, map, this.untitled);
    const { codes, titleEntries, description, descriptions, rest } = data;
    const created = this.levels(row, data.orientations, data.groups, data.objectives);
    for (const entry of codes) this.mapping.use(entry.column, "code");
    for (const entry of titleEntries) this.mapping.use(entry.column, "title");
    if (description) for (const entry of descriptions) this.mapping.use(entry.column, "description");
    if (!data.title && !data.own) {
      if (created.length === 0 && this.lastAction) {
        this.continuation(row, this.lastAction, description, descriptions, rest);
      } else this.objectiveRow(row, created, description ? descriptions : [], rest);
      return;
    }
    const objective = this.ensureObjective(row);
    const refs: Entity[] = created;
    for (const item of actionItems(data)) {
      const action = this.builder.action(objective, item.code, item.title, row);
      action.description = item.description;
      for (const entry of titleEntries) this.builder.field(action, "title", row, entry.column.header);
      for (const entry of codes) this.builder.field(action, "code", row, entry.column.header);
      if (item.fromDescription)
        for (const entry of descriptions) this.builder.field(action, "description", row, entry.column.header);
      fillAction(action, rest, this.sinkAt(row), false);
      refs.push(action);
      this.lastAction = action;
    }
    this.mapping.useAll(rest);
    this.mapping.entry(row, "action", refs, "", CLASSIFIED("data"));
  }

  /** Orientation, group and objective cells; a blank one means « same as above ». Returns new entities. */
  private levels(row: number, orientations: Entry[], groups: Entry[], objectives: Entry[]): Entity[] {
    const created: Entity[] = [];
    const orientation = orientations.find((e) => e.cell.text);
    if (orientation) {
      this.mapping.use(orientation.column, "orientation");
      const { code, title } = codedTitle(orientation.cell.text, true);
      const before = this.orientation;
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
      const { code, title } = codedTitle(objective.cell.text, false);
      const before = this.objective;
      const result = this.enterObjective(code, title, row, objective.column.header);
      if (!result.merged) created.push(result.entity);
      if (result.entity !== before) this.lastAction = null;
    }
    if (orientations.length + groups.length + objectives.length < 2) return created;
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
    fillAction(action, rest, this.sinkAt(row), true);
    this.mapping.useAll(rest);
    this.mapping.entry(row, "continuation", [action], "", BUILT("continuation"));
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
    this.mapping.entry(row, created.length ? "objective" : "unused", created, "", CLASSIFIED("data"));
  }

  private readonly untitled = (index: number, map: ColumnMap): Column => {
    const column: Column = { index, header: this.t.untitledColumn(columnLetter(index)), role: "extra" };
    map.columns.set(index, column);
    map.byRole.set("extra", [...(map.byRole.get("extra") ?? []), column]);
    return column;
  };

  /** Where filling an action records sources, problems and leftovers: one sink, moved row to row. */
  private sinkAt(row: number): FillSink {
    this.sinkRow = row;
    return this.sink;
  }

  private sinkRow = 0;
  private readonly sink: FillSink = {
    source: (action, field, column) => this.builder.field(action, field, this.sinkRow, column.header),
    original: (header) => `${header} (${KEPT_AS_IS[this.language]})`,
    warn: (code, text, column) =>
      this.mapping.problem("warning", code, this.t.problems[code](text), this.sinkRow, column.header),
    conflict: (cell) => this.mapping.leftover(this.sinkRow, cell, "conflict"),
  };

  // ── Loose lines ──────────────────────────────────────────────────────────────────────────

  private looseLine(entry: ClassifiedRow): void {
    const { row, cells, label } = entry;
    const text = texts(cells);
    const known = label?.field ?? null;
    if (label && known) this.label(row, cells, label.label, label.value, known);
    else if (this.awaitingTitle && this.orientation) this.orientationText(entry, text, this.orientation);
    else if (entry.repeated) this.mapping.entry(row, "pageHeader", [], text, BUILT("repeatedLine"));
    else if (this.openLabel) this.continueLabel(row, text, this.openLabel);
    else if (label) this.label(row, cells, label.label, label.value, null);
    else for (const cell of cells) this.mapping.leftover(row, cell, "unrecognized", "unused");
  }

  /** The line after « Orientation n »: its title, or its description when it has a title already. */
  private orientationText(entry: ClassifiedRow, text: string, orientation: Orientation): void {
    const row = entry.row;
    const key = normalizeKey(text);
    if (!orientation.title) {
      orientation.title = text;
      this.builder.field(orientation, "title", row, null);
      this.mapping.entry(row, "orientationTitle", [orientation], "", BUILT("orientationText"));
    } else if (
      key === normalizeKey(orientation.title) ||
      key === normalizeKey(orientation.description ?? "")
    ) {
      this.mapping.entry(row, "orientationTitle", [orientation], "", BUILT("orientationText"));
    } else if (entry.repeated && isUpperCase(text)) {
      this.mapping.entry(row, "pageHeader", [], text, BUILT("repeatedLine"));
    } else if (this.orientationMerged) {
      const message = this.t.problems.titleVariant(
        this.builder.meta.get(orientation)?.own ?? "",
        orientation.title,
        text,
      );
      this.mapping.problem("info", "titleVariant", message, row, null);
      this.mapping.entry(row, "orientationTitle", [orientation], text, BUILT("orientationText"));
    } else {
      orientation.description = appendText(orientation.description, text);
      this.builder.field(orientation, "description", row, null);
      this.mapping.entry(row, "orientationDescription", [orientation], "", BUILT("orientationText"));
    }
  }

  /**
   * « Notes : … » goes to the objective it follows; other labels (« CLIENTÈLES VISÉES : … ») to
   * the objective or, before any, to the orientation, under their own words.
   */
  private label(row: number, cells: RowCell[], label: string, value: string, field: string | null): void {
    const entity: Orientation | Objective | null = this.objective ?? this.orientation;
    const kind = field === "notes" ? "notes" : "label";
    if (!entity) {
      for (const cell of cells) this.mapping.leftover(row, cell, "noPlace", kind);
      return;
    }
    const property = propertyFor(entity, field, label);
    const entry = this.mapping.entry(
      row,
      kind,
      [entity],
      label,
      CLASSIFIED(field === "notes" ? "note" : "label"),
    );
    if (value) this.setLabel(entity, property, value, row);
    else this.openLabel = { entity, field: property, entry };
    if (field === "notes") this.notes = { entity, field: property, entry };
  }

  private continueLabel(row: number, text: string, open: OpenLabel): void {
    this.setLabel(open.entity, open.field, text, row);
    this.mapping.entry(row, open.entry.kind, open.entry.refs, open.entry.text, BUILT("openLabel"));
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

  private checkFormulaErrors({ row, cells, table }: ClassifiedRow): void {
    for (const cell of cells) {
      if (cell.text.startsWith("#") && isFormulaError(cell.text)) {
        const column = table?.columns.get(cell.index)?.header ?? columnLetter(cell.index);
        this.mapping.problem("warning", "formulaError", this.t.problems.formulaError(cell.text), row, column);
      }
    }
  }

  private finish(): StructureResult {
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
    for (const { row, from, to } of this.hierarchy.renumbered) {
      if (from !== null && from !== to)
        this.mapping.problem(
          "info",
          "renumberedSection",
          this.t.problems.renumberedSection(from, to),
          row,
          null,
        );
    }
    const nonBlank = this.rows.some((entry) => entry.kind !== "blank");
    const settings = this.front.settings;
    if (!nonBlank)
      this.mapping.problem("warning", "emptySheet", this.t.problems.emptySheet(this.sheet), null, null);
    else if (orientations.length === 0 && Object.keys(settings).length === 0)
      this.mapping.problem("warning", "noPlan", this.t.problems.noPlan(this.sheet), null, null);
    return {
      orientations,
      settings: { ...settings },
      problems: this.mapping.problems,
      locate: this.builder.locate(this.sheet),
      report: this.mapping.report(this.layout(nonBlank), this.rows.length, orientations, settings),
    };
  }

  private layout(nonBlank: boolean): Layout {
    if (!nonBlank) return "empty";
    const table = this.rows.some((entry) => entry.kind === "header" || entry.kind === "data");
    const headings = [...this.hierarchy.roles.values()].some((role) => role.kind === "heading");
    if (table) return headings ? "sections" : "flat";
    return headings ? "outline" : "unknown";
  }
}

function texts(cells: readonly RowCell[]): string {
  return cells.map((cell) => cell.text).join(" ");
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
