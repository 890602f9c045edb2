/** Texts of the deadline feature. */
export const deadline = {};
