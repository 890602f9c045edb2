import type { common as fr } from "../fr/common";

export const common: typeof fr = {
  statuses: {
    "À venir": "Not started",
    "En cours": "In progress",
    Réalisée: "Done",
    Reportée: "Postponed",
    Annulée: "Cancelled",
  },
  late: "Late",
  severities: { error: "Error", warning: "Warning", info: "Information" },
};
