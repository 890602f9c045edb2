/** Texts of the deadline feature: the parser's explanations, the preview, the date checks. */
import type { DayParts } from "../../calendar";
import type { DeadlineWarning, DeadlineWarningCode } from "../../deadline/types";
import { dayMonth, dayOfMonth, fullDay, MONTHS } from "./common";

type WarningTexts = {
  [C in DeadlineWarningCode]: (warning: Extract<DeadlineWarning, { code: C }>) => string;
};

export const deadline = {
  day: fullDay,
  /** Intervals, by how much their two ends share (Québec usage: « du 1er au 31 mars 2020 »). */
  interval: {
    sameDay: (day: DayParts) => `le ${fullDay(day)}`,
    sameMonth: (start: DayParts, end: DayParts) => `du ${dayOfMonth(start.day)} au ${fullDay(end)}`,
    sameYear: (start: DayParts, end: DayParts) => `du ${dayMonth(start)} au ${fullDay(end)}`,
    other: (start: DayParts, end: DayParts) => `du ${fullDay(start)} au ${fullDay(end)}`,
    from: (start: DayParts) => `à partir du ${fullDay(start)}`,
    until: (end: DayParts) => `jusqu'au ${fullDay(end)}`,
  },
  preview: (text: string, meaning: string) => `${text} → ${meaning}`,
  ongoing: "en continu : jamais en retard",
  recurring: "récurrente : pas d'échéance unique, jamais en retard",
  immediate: (due: string) => `dès le début du plan, ${due}`,
  immediateWithoutPeriod: "dès le début du plan (la date de début du plan n'est pas indiquée)",
  undetermined: "échéance à préciser",
  invalid: (text: string) =>
    `« ${text} » n'est pas une échéance reconnue. Exemples : 15 mars 2020, mars 2020, automne 2020, 2020-2021, en continu.`,
  warnings: {
    twoDigitYear: (w) => `« ${w.written} » est lu comme l'année ${w.year} : écrivez l'année au complet.`,
    impossibleDate: (w) => `Le ${dayOfMonth(w.day)} ${MONTHS[w.month - 1]} ${w.year} n'existe pas.`,
    impossibleMonth: (w) => `Il n'y a pas de mois ${w.month} : les mois vont de 1 à 12.`,
    yearOutOfRange: (w) => `L'année ${w.year} n'est pas acceptée : écrivez une année entre 1900 et 2100.`,
    reversedRange: () => "La fin vient avant le début : vérifiez l'ordre des dates.",
    ambiguousYear: () => "Précisez l'année ou l'exercice (ex. : décembre 2020 ou 2020-2021).",
    missingYear: () => "Il manque l'année (ex. : mars 2021).",
    relativeEvent: () =>
      "Cette échéance dépend d'un événement (AGA, CA, financement…) : indiquez une date, par exemple juin 2021.",
    needsPlanPeriod: () =>
      "Cette échéance se compte à partir du début du plan : indiquez la date de début de la période dans les paramètres.",
    unknownTimeZone: (w) =>
      `Le fuseau horaire « ${w.timeZone} » est inconnu : vérifiez les paramètres du classeur.`,
  } satisfies WarningTexts,
  /** Problems found by the date checks of a plan. */
  problems: {
    undetermined: (text: string) =>
      text.trim() === "" ? "Échéance à préciser." : `« ${text} » : échéance à préciser.`,
    outsidePeriod: (text: string, period: string) =>
      `« ${text} » tombe hors de la période du plan (${period}) : vérifiez l'échéance ou la période.`,
    doneNotComplete: (progress: number) =>
      `L'action est « Réalisée », mais son avancement est de ${progress} % : indiquez 100 % ou changez le statut.`,
    completeNotDone: (status: string) =>
      `L'avancement est de 100 %, mais le statut est « ${status} » : choisissez « Réalisée » ou corrigez l'avancement.`,
    completeWithoutStatus:
      "L'avancement est de 100 %, mais aucun statut n'est indiqué : choisissez « Réalisée ».",
  },
};
