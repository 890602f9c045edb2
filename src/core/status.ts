/** The statuses of an action, as boards write them; kept free of zod so the sidebar can use it. */
export const STATUSES = ["À venir", "En cours", "Réalisée", "Reportée", "Annulée"] as const;
export type Status = (typeof STATUSES)[number];
