/** Words every feature shares, and how a day is written (« 1er avril 2024 »). */
import type { DayParts } from "../../calendar";

export const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
export const dayOfMonth = (day: number) => (day === 1 ? "1er" : String(day));
export const dayMonth = (d: DayParts) => `${dayOfMonth(d.day)} ${MONTHS[d.month - 1]}`;
export const fullDay = (d: DayParts) => `${dayMonth(d)} ${d.year}`;

export const common = {
  day: fullDay,
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
