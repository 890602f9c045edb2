/** Texts of the structure feature. */
export const structure = {};
