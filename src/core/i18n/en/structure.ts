import type { structure as fr } from "../fr/structure";

export const structure: typeof fr = {};
