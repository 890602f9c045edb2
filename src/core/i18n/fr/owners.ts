/** Texts of the owners feature. */
export const owners = {};
