/**
 * The « Tableau de bord » sheet: per orientation, the number of actions, réalisées, en cours, en
 * retard and the mean progress, as native formulas over the Actions sheet, so the figures stay
 * live without the add-on. The same sheet is written in Sheets (with a chart) and in the local .xlsx.
 *
 * Every formula is the add-on's own: it refers to cells, never holds a person's text. The labels
 * the formulas match (each objective's « 1.2 — Titre », each orientation's label) are written in
 * cells of their own, and the formulas point at those cells. The rules are the core's:
 * - late: « Fin prévue » before TODAY() and the status neither « Réalisée » nor « Annulée »
 *   (src/core/deadline/late.ts);
 * - progress: the mean over the actions not « Annulée », a « Réalisée » one counting 100, an
 *   empty progress 0 (src/core/report/measures.ts).
 */
import { columnLetters, quotedSheet } from "../a1";
import { messages } from "../i18n";
import type { Language, Plan } from "../model";
import { ACTIONS_SHEET, mapHeader, matchesName, PLANNED_END_COLUMN, referenceLabel } from "./columns";
import { PLACEHOLDER_CODE } from "./read";

export type DashboardCell =
  | { kind: "text"; text: string }
  | { kind: "formula"; formula: string; format?: string }
  | { kind: "empty" };

export interface Dashboard {
  name: { fr: string; en: string };
  cells: DashboardCell[][];
  /** The orientation table, for the chart: 1-based rows (header included) and its columns. */
  chart: { firstRow: number; lastRow: number; labelColumn: number; seriesColumns: number[] };
}

export const DASHBOARD_SHEET = { fr: "Tableau de bord", en: "Dashboard" } as const;

export const PERCENT_FORMAT = "0%";

/** The Actions sheet as the dashboard needs it: its name and header row. */
export interface ActionsLayout {
  sheet: string;
  header: readonly string[];
}

const text = (value: string): DashboardCell => ({ kind: "text", text: value });
const formula = (value: string, format?: string): DashboardCell => ({
  kind: "formula",
  formula: value,
  format,
});
const EMPTY: DashboardCell = { kind: "empty" };

/** Null when the Actions sheet lacks a column the figures need (Objectif, Statut, Avancement, Fin prévue). */
export function dashboardSheet(plan: Plan, actions: ActionsLayout, language: Language): Dashboard | null {
  const t = messages(language).ui.dashboard;
  const { fields } = mapHeader([...actions.header], ACTIONS_SHEET);
  const end = actions.header.findIndex((header) => matchesName(header, PLANNED_END_COLUMN));
  const objective = fields.get("objective");
  const status = fields.get("status");
  const progress = fields.get("progress");
  if (objective === undefined || status === undefined || progress === undefined || end < 0) return null;

  // Whole columns (Excel and LibreOffice have no open-ended « B2:B »): the header row's own text
  // (« Statut », « Objectif ») matches no label, and a row added at the bottom is counted.
  const column = (index: number) => {
    const letters = columnLetters(index + 1);
    return `${quotedSheet(actions.sheet)}!$${letters}:$${letters}`;
  };
  const [objectives, statuses, progresses, ends] = [objective, status, progress, end].map(column);
  const done = `"Réalisée"`;
  const cancelled = `"Annulée"`;

  const orientations = plan.orientations.filter((o) => o.code !== PLACEHOLDER_CODE);
  const rows = orientations.flatMap((orientation) =>
    orientation.objectives
      .filter((o) => o.code !== PLACEHOLDER_CODE)
      .map((o) => ({
        orientation: referenceLabel(orientation.code, orientation.title),
        objective: referenceLabel(o.code, o.title),
      })),
  );

  // Layout (1-based rows): title, blank, orientation header, orientations, total, blank,
  // objective header, objectives. Columns A–G shown; H–I hold the progress' sum and count.
  const orientationHeader = 3;
  const firstOrientation = orientationHeader + 1;
  const total = firstOrientation + orientations.length;
  const objectiveHeader = total + 2;
  const firstObjective = objectiveHeader + 1;
  const lastObjective = firstObjective + rows.length - 1;
  const span = (letter: string) =>
    `$${letter}$${firstObjective}:$${letter}$${Math.max(firstObjective, lastObjective)}`;

  const objectiveRow = (row: number, labels: { orientation: string; objective: string }): DashboardCell[] => {
    const on = `${objectives},$A${row}`;
    const open = `${statuses},"<>"&${done},${statuses},"<>"&${cancelled}`;
    return [
      text(labels.objective),
      text(labels.orientation),
      formula(`=COUNTIFS(${on})`),
      formula(`=COUNTIFS(${on},${statuses},${done})`),
      formula(`=COUNTIFS(${on},${statuses},"En cours")`),
      formula(`=COUNTIFS(${on},${ends},"<"&TODAY(),${open})`),
      formula(`=IF($I${row}=0,"",$H${row}/$I${row}/100)`, PERCENT_FORMAT),
      formula(`=100*$D${row}+SUMIFS(${progresses},${on},${open})`),
      formula(`=COUNTIFS(${on},${statuses},"<>"&${cancelled})`),
    ];
  };

  const sumOver = (letter: string, row: number) => `=SUMIF(${span("B")},$A${row},${span(letter)})`;
  const orientationRow = (row: number, label: string): DashboardCell[] => [
    text(label),
    ...["C", "D", "E", "F"].map((letter) => formula(sumOver(letter, row))),
    formula(
      `=IF(${sumOver("I", row).slice(1)}=0,"",${sumOver("H", row).slice(1)}/${sumOver("I", row).slice(1)}/100)`,
      PERCENT_FORMAT,
    ),
  ];
  const totalRow: DashboardCell[] = [
    text(t.wholePlan),
    ...["C", "D", "E", "F"].map((letter) => formula(`=SUM(${span(letter)})`)),
    formula(`=IF(SUM(${span("I")})=0,"",SUM(${span("H")})/SUM(${span("I")})/100)`, PERCENT_FORMAT),
  ];

  const cells: DashboardCell[][] = [
    [text(t.title)],
    [text(t.live)],
    [text(t.orientation), ...t.figures.map(text)],
    ...orientations.map((o, i) => orientationRow(firstOrientation + i, referenceLabel(o.code, o.title))),
    totalRow,
    [],
    [text(t.objective), text(t.orientation), ...t.figures.map(text), text(t.progressPoints), text(t.counted)],
    ...rows.map((labels, i) => objectiveRow(firstObjective + i, labels)),
  ];
  const width = 9;
  return {
    name: DASHBOARD_SHEET,
    cells: cells.map((row) => [...row, ...Array.from({ length: width - row.length }, () => EMPTY)]),
    chart: { firstRow: orientationHeader, lastRow: total - 1, labelColumn: 1, seriesColumns: [3, 4, 5] },
  };
}
