import type { structure as fr } from "../fr/structure";

export const structure: typeof fr = {
  fields: {
    orientation: "orientation",
    group: "group (of the objective)",
    objective: "objective",
    code: "action number",
    title: "action title",
    description: "description, means",
    owners: "owners",
    deadline: "deadline",
    status: "status",
    progress: "progress (%)",
    budget: "budget",
    partners: "partners",
    indicators: "indicators",
    expectedResult: "expected result",
    notes: "notes",
    lastUpdate: "last update",
    period: "planned year (column marked X)",
    extra: "extra field (kept as is)",
  },
  levels: { orientation: "orientation", objective: "objective", action: "action" },
  layouts: {
    empty: "empty sheet",
    flat: "a single table (one header row)",
    sections: "section headings followed by tables",
    outline: "headings only (orientations and objectives, no table)",
    unknown: "not recognized",
  },
  rowKinds: {
    blank: "blank",
    title: "document title",
    pageHeader: "repeated page header",
    header: "table header row",
    orientation: "orientation",
    orientationRepeat: "repeated orientation (merged)",
    orientationTitle: "orientation title",
    orientationDescription: "orientation description",
    group: "grouping (volet)",
    objective: "objective",
    objectiveRepeat: "repeated objective (merged)",
    action: "action",
    continuation: "continuation of the previous action",
    notes: "notes",
    label: "information",
    unused: "not used",
  },
  reasons: {
    unrecognized: "line not recognized: neither a heading nor a table",
    noAction: "no action on this row",
    extraCell: "extra cell on a heading line",
    noPlace: "no orientation or objective to put it under",
    conflict: "already filled by the previous row of the same action",
  },
  report: {
    heading: (sheet) => `Structuring sheet "${sheet}"`,
    layout: (layout) => `Layout recognized: ${layout}`,
    columns: "Columns:",
    noColumns: "  (no table)",
    column: (letter, header, fields) => `  ${letter} "${header}" → ${fields}`,
    unusedColumn: "no values",
    rows: "Rows:",
    row: (row, what) => `  row ${row} → ${what}`,
    target: (level, code, title) => `${level} ${code} "${title}"`,
    quoted: (what, text) => `${what} "${text}"`,
    blankRows: (count, rows) => `  ${count} blank row(s) ignored: ${rows}`,
    summary: (orientations, objectives, actions, rows) =>
      `Summary: ${orientations} orientation(s), ${objectives} objective(s), ${actions} action(s) from ${rows} row(s).`,
    unused: "Unused cells:",
    noUnused: "  none: everything in the sheet found its place.",
    unusedCell: (cell, text, reason) => `  ${cell} "${text}" (${reason})`,
  },
  untitledColumn: (letter) => `Column ${letter}`,
  problems: {
    emptySheet: (sheet) =>
      `Sheet "${sheet}" is empty: there is nothing to structure. Pick the sheet that holds the plan.`,
    noPlan: (sheet) =>
      `No orientation, objective or action was recognized in "${sheet}". Check that it has a header row (Action, Owner, Deadline…) or headings such as "Orientation 1" and "Objective 1.1".`,
    unknownStatus: (text) =>
      `Status "${text}" is not recognized: it is kept as is in a separate column. Possible statuses: Not started, In progress, Done, Postponed, Cancelled.`,
    invalidProgress: (text) =>
      `Progress "${text}" is not a percentage from 0 to 100: it is kept as is in a separate column. Write for example "50 %".`,
    invalidDate: (text) =>
      `Date "${text}" is not recognized: it is kept as is in a separate column. Write it as "2024-03-15" or "15/03/2024".`,
    formulaError: (text) =>
      `The cell shows the formula error "${text}": fix the formula in the original sheet.`,
    noObjective: (count) =>
      `${count} action(s) have no objective above them: they are placed under an untitled objective. Add an Objective column or an "Objective 1: …" line before them.`,
    noOrientation: (count) =>
      `${count} objective(s) have no orientation above them: they are placed under an untitled orientation. Add an Orientation column or an "Orientation 1" line before them.`,
    renumberedObjectives: (code, count) =>
      `The objectives of orientation ${code} restart their numbering (in each group, for example): they are numbered ${code}.1 to ${code}.${count} in sheet order. Each one keeps its group.`,
    renumberedActions: (code, count) =>
      `Some actions of objective ${code} share the same number: they are numbered ${code}.1 to ${code}.${count} in sheet order.`,
    titleVariant: (code, kept, other) =>
      `Orientation ${code} is repeated with a slightly different title: "${other}". The first title is kept: "${kept}".`,
    unusedCell: (text, reason) => `Unused cell: "${text}" (${reason}).`,
  },
};
