import type { validation as fr } from "../fr/validation";

export const validation: typeof fr = {
  cellTooLong: (length, max) =>
    `This cell holds ${length.toLocaleString("en-CA")} characters, and Google Sheets keeps at most ${max.toLocaleString("en-CA")} per cell. The text is kept whole in the file, but it cannot be copied as it is into Google Sheets: shorten it, or put it in a document and link to it.`,
};
