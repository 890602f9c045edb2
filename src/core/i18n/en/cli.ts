import type { cli as fr } from "../fr/cli";

export const cli: typeof fr = {};
