import type { validation as fr } from "../fr/validation";

export const validation: typeof fr = {};
