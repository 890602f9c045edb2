import type { owners as fr } from "../fr/owners";

export const owners: typeof fr = {};
