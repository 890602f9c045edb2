/** Texts of the cli feature. */
export const cli = {};
