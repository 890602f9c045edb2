/** Texts of the validation feature. */
export const validation = {};
