/** Texts of the ui feature. */
export const ui = {};
