import type { deadline as fr } from "../fr/deadline";

export const deadline: typeof fr = {};
