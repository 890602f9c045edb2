/** Texts of the report feature. */
export const report = {};
