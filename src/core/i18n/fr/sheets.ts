/** Texts of the sheets feature. */
export const sheets = {};
