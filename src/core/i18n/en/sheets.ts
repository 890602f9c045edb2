import type { sheets as fr } from "../fr/sheets";

export const sheets: typeof fr = {
  invalidSetting: (label, text, hint) =>
    `The setting “${label}” is “${text}”, which is not understood. Examples: ${hint}.`,
  duplicateCode: (code) => `The code “${code}” is used more than once. Give each row a unique code.`,
  objectiveWithoutOrientation: (code, reference) =>
    reference === ""
      ? `Objective “${code}” belongs to no orientation. Choose its orientation in the Orientation column.`
      : `Objective “${code}” refers to “${reference}”, which is not in the Orientations sheet.`,
  actionWithoutObjective: (code, reference) =>
    reference === ""
      ? `Action “${code}” belongs to no objective. Choose its objective in the Objective column.`
      : `Action “${code}” refers to “${reference}”, which is not in the Objectives sheet.`,
  noOrientation: "(no orientation)",
  noObjective: "(no objective)",
  invalidStatus: (text) =>
    `The status “${text}” is not recognized. Possible statuses: Not started, In progress, Done, Postponed, Cancelled.`,
  invalidProgress: (text) =>
    `The progress “${text}” is not a percentage between 0 and 100. Examples: 0, 40, 40 %, 100.`,
  invalidDate: (text) => `“${text}” is not a date. Example: 2024-03-15.`,
};
