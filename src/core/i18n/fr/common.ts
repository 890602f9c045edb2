/** Words every feature shares. */
export const common = {
  statuses: {
    "À venir": "À venir",
    "En cours": "En cours",
    Réalisée: "Réalisée",
    Reportée: "Reportée",
    Annulée: "Annulée",
  },
  late: "En retard",
  severities: { error: "Erreur", warning: "Avertissement", info: "Information" },
};
