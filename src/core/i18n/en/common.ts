import type { DayParts } from "../../calendar";
import type { common as fr } from "../fr/common";

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const monthDay = (d: DayParts) => `${MONTHS[d.month - 1]} ${d.day}`;
export const fullDay = (d: DayParts) => `${monthDay(d)}, ${d.year}`;

export const common: typeof fr = {
  day: fullDay,
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
