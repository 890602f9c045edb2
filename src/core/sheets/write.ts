/**
 * Writes a plan as the canonical sheets. An existing sheet keeps its header order and the user's
 * own columns (their values come back from each entity's `extra`); missing known columns are added
 * at the right. Rows above the header (a title a person added) are kept as they are.
 */
import { type Cell, cellText, isEmptyRow, rectangular, type SheetGrid, type WorkbookGrid } from "../cells";
import { allActions, type Extras, type Language, type Plan } from "../model";
import {
  ACTIONS_SHEET,
  header,
  mapHeader,
  matchesName,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  ROSTER_SHEET,
  referenceLabel,
  SETTING_KEYS,
  SETTINGS_SHEET,
  type SheetSpec,
} from "./columns";
import { canonicalSheet } from "./identify";
import { PLACEHOLDER_CODE } from "./read";

import { writeSettingValue } from "./settings";

/** What a kept column adds to a known column's name so that the two never collide. */
export const KEPT_AS_IS = { fr: "gardé tel quel", en: "kept as is" } as const;

type RowValues<F extends string> = { fields: Partial<Record<F, Cell>>; extra: Extras };

export function canonicalSheets(
  plan: Plan,
  existing: WorkbookGrid | null,
  language: Language = "fr",
): SheetGrid[] {
  const previous = existing?.sheets ?? [];
  const real = <T extends { code: string }>(items: T[]) =>
    items.filter((item) => item.code !== PLACEHOLDER_CODE);
  const orientations = real(plan.orientations);
  const objectives = plan.orientations.flatMap((orientation) =>
    real(orientation.objectives).map((objective) => ({ orientation, objective })),
  );
  return [
    table(
      ORIENTATIONS_SHEET,
      previous,
      language,
      existing?.timeZone,
      orientations.map((o) => ({
        fields: { code: o.code, title: o.title, description: o.description ?? "" },
        extra: o.extra,
      })),
    ),
    table(
      OBJECTIVES_SHEET,
      previous,
      language,
      existing?.timeZone,
      objectives.map(({ orientation, objective: o }) => ({
        fields: {
          code: o.code,
          orientation: parentReference(orientation),
          title: o.title,
          description: o.description ?? "",
          group: o.group ?? "",
          indicators: o.indicators ?? "",
          expectedResults: o.expectedResults ?? "",
          notes: o.notes ?? "",
        },
        extra: o.extra,
      })),
    ),
    table(
      ACTIONS_SHEET,
      previous,
      language,
      existing?.timeZone,
      allActions(plan).map(({ objective, action: a }) => ({
        fields: {
          code: a.code,
          objective: parentReference(objective),
          title: a.title,
          description: a.description ?? "",
          owners: a.ownersText || a.owners.map((owner) => owner.text).join(" + "),
          deadline: a.deadline.text,
          status: a.status ?? "",
          progress: a.progress ?? "",
          budget: a.budget ?? "",
          partners: a.partners ?? "",
          indicators: a.indicators ?? "",
          expectedResult: a.expectedResult ?? "",
          notes: a.notes ?? "",
          periods: a.periods.join(", "),
          lastUpdate: a.lastUpdate ?? "",
        },
        extra: a.extra,
      })),
    ),
    table(
      ROSTER_SHEET,
      previous,
      language,
      existing?.timeZone,
      plan.roster.map((entry) => ({
        fields: {
          name: entry.name,
          role: entry.role ?? "",
          email: entry.email ?? "",
          aliases: entry.aliases.join(", "),
        },
        extra: {},
      })),
    ),
    settingsTable(plan, previous, language, existing?.timeZone ?? "UTC"),
  ];
}

function table<F extends string>(
  spec: SheetSpec<F>,
  previous: readonly SheetGrid[],
  language: Language,
  timeZone: string | undefined,
  rows: RowValues<F>[],
): SheetGrid {
  const old = canonicalSheet(previous, spec, timeZone ?? "UTC");
  const headerIndex = old ? old.values.findIndex((row) => !isEmptyRow(row)) : -1;
  const preamble = old && headerIndex > 0 ? old.values.slice(0, headerIndex) : [];
  const oldHeader =
    old && headerIndex >= 0 ? old.values[headerIndex].map((cell) => cellText(cell, timeZone ?? "UTC")) : [];
  const headerRow = [...oldHeader];
  const { fields } = mapHeader(oldHeader, spec);
  for (const column of spec.columns) {
    if (!fields.has(column.field)) {
      fields.set(column.field, headerRow.length);
      headerRow.push(header(column, language));
    }
  }
  // The user's own columns found only in entities' extras (e.g. from an import) are added too;
  // a value kept under a known column's name (an unreadable « Statut ») gets a column of its own.
  const extraAt = new Map<number, string>();
  const placed = new Set<string>();
  const taken = (name: string) => extraAt.has(headerRow.indexOf(name));
  for (const row of rows) {
    for (const key of Object.keys(row.extra)) {
      if (placed.has(key)) continue;
      placed.add(key);
      const name = extraHeader(key, taken, spec, language);
      if (!headerRow.includes(name)) headerRow.push(name);
      extraAt.set(headerRow.indexOf(name), key);
    }
  }
  const fieldAt = new Map<number, F>([...fields].map(([field, index]) => [index, field]));
  const body = rows.map((row) =>
    headerRow.map((text, index): Cell => {
      const field = fieldAt.get(index);
      if (field !== undefined) return row.fields[field] ?? "";
      return row.extra[extraAt.get(index) ?? text] ?? "";
    }),
  );
  return {
    name: old?.name ?? spec[language],
    values: rectangular([...preamble, headerRow, ...body], headerRow.length),
  };
}

/**
 * The header an extra value is written under: its own key, unless the key names one of the sheet's
 * known columns (it would be read back as that field, or dropped): then « Statut (gardé tel quel) »,
 * numbered if another value already holds that header.
 */
function extraHeader(
  key: string,
  taken: (header: string) => boolean,
  spec: SheetSpec,
  language: Language,
): string {
  const known = [...spec.columns, ...(spec.computed ?? [])].some((column) => matchesName(key, column));
  if (!known && !taken(key)) return key;
  const base = `${key} (${KEPT_AS_IS[language]})`;
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base} ${n}`;
  return name;
}

function settingsTable(
  plan: Plan,
  previous: readonly SheetGrid[],
  language: Language,
  timeZone: string,
): SheetGrid {
  const old = canonicalSheet(previous, SETTINGS_SHEET, timeZone);
  const headerRow = SETTINGS_SHEET.columns.map((column) => header(column, language));
  const rows: Cell[][] = SETTING_KEYS.map((key) => [
    key[language],
    writeSettingValue(key.field, plan.settings),
  ]);
  // Rows a person added for their own use (« Présidence », …) are kept below the known settings.
  const own = (old?.values.slice(1) ?? []).filter(
    (row) => !isEmptyRow(row) && !SETTING_KEYS.some((key) => matchesName(String(row[0] ?? ""), key)),
  );
  return { name: old?.name ?? SETTINGS_SHEET[language], values: rectangular([headerRow, ...rows, ...own]) };
}

/** How a row names its parent; empty under the placeholder that holds rows without one. */
function parentReference(parent: { code: string; title: string }): string {
  return parent.code === PLACEHOLDER_CODE ? "" : referenceLabel(parent.code, parent.title);
}
