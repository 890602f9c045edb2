import type { report as fr } from "../fr/report";

export const report: typeof fr = {};
