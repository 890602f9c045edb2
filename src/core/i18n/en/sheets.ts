import type { sheets as fr } from "../fr/sheets";

export const sheets: typeof fr = {};
