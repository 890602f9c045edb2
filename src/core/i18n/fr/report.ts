/** Texts of the report feature (annual report, its period and its formatting). */
import { MONTHS } from "./common";

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
export const report = {
  periodRange: (start: string, end: string) => `du ${start} au ${end}`,
  periodInvalid: (text: string) =>
    `« ${text} » n'est pas une période reconnue. Écrivez un exercice (« 2024-2025 ») ou deux dates (« 2024-04-01:2025-03-31 »).`,
  periodFiscalNotConsecutive: (text: string) =>
    `« ${text} » : un exercice couvre deux années qui se suivent, par exemple « 2024-2025 ».`,
  periodDateInvalid: (text: string) =>
    `« ${text} » n'est pas une date qui existe. Écrivez-la au format AAAA-MM-JJ, par exemple « 2024-04-01 ».`,
  periodReversed: (start: string, end: string) =>
    `La période commence (${start}) après sa fin (${end}) : inversez les deux dates.`,

  title: (period: string) => `Rapport annuel ${period}`,
  documentName: (period: string, organisation: string) => `Rapport annuel ${period} — ${organisation}`,
  plan: "Plan",
  planPeriod: "Période du plan",
  generatedOn: "Produit le",
  periodLine: (dates: string, asOf: string) => `Période ${dates} · état au ${asOf}`,
  contents: "Table des matières",
  figures: {
    done: "réalisées",
    inProgress: "en cours",
    late: "en retard",
    postponed: "reportées",
    percentDone: "des actions réalisées",
  },
  noPeriodActions: "Aucune action du plan ne relève de cette période.",
  sinceLastReport: (date: string, c: { done: number; added: number; postponed: number; removed: number }) =>
    `Depuis le rapport du ${date} : ${[
      `${c.done} ${plural(c.done, "action réalisée", "actions réalisées")}`,
      `${c.added} ${plural(c.added, "nouvelle", "nouvelles")}`,
      `${c.postponed} ${plural(c.postponed, "reportée", "reportées")}`,
      ...(c.removed > 0 ? [`${c.removed} ${plural(c.removed, "retirée", "retirées")}`] : []),
    ].join(", ")}.`,
  presidentMessage: "Mot de la présidence",
  boardHighlights: "Faits saillants",
  carriedOver: (deadline: string) => `${deadline} (reprise)`,
  carriedOverCount: "dont actions reprises d'une période antérieure",
  monthYear: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
  lateness: (days: number, months: number) =>
    months >= 1 ? `${months} mois de retard` : `${days} ${plural(days, "jour", "jours")} de retard`,

  missionVision: "Mission et vision",
  missionVisionValues: "Mission, vision et valeurs",
  mission: "Mission",
  vision: "Vision",
  values: "Valeurs",

  summary: "Sommaire",
  totalActions: "Actions au total",
  noStatus: "Sans statut",
  done: (done: number, counted: number, percent: string) => `${done} sur ${counted} (${percent})`,
  doneLabel: "Actions réalisées (hors actions annulées)",
  lateCount: "Actions en retard",
  plannedBudget: "Budget prévu (actions chiffrées)",
  overallProgress: "Avancement global",
  progressByOrientation: "Avancement par orientation",

  highlights: "Actions réalisées pendant la période",
  noHighlights: "Aucune action n'a été réalisée pendant la période.",

  byOrientation: "Bilan par orientation",
  orientationWord: "Orientation",
  objectiveWord: "Objectif",
  noObjectives: "Aucun objectif n'est inscrit sous cette orientation.",
  noObjectiveActions: "Aucune action n'est inscrite sous cet objectif.",
  noObjectivePeriodActions: "Aucune action de cet objectif ne relève de cette période.",
  columns: {
    action: "Action",
    owners: "Responsables",
    deadline: "Échéance",
    status: "Statut",
    progress: "Avancement",
    notes: "Notes",
    lateness: "Retard",
  },
  objectiveProgress: (hiddenDone: number) =>
    hiddenDone === 0
      ? "Avancement de l'objectif"
      : `Avancement de l'objectif (dont ${hiddenDone} action${hiddenDone > 1 ? "s réalisées non détaillées" : " réalisée non détaillée"})`,

  lateAndPostponed: "Actions en retard ou reportées",
  noLate: "Aucune action n'est en retard ni reportée.",
  statusLate: (status: string, since: string) => `${status}\nen retard depuis ${since}`,
  lateSince: (since: string) => `En retard depuis ${since}`,
  lateHeading: (count: string) => `En retard (${count})`,
  postponedHeading: (count: string) => `Reportées (${count})`,

  nextPeriod: (period: string) => `Prochaine période : ${period}`,
  noNext: "Aucune action à venir n'a d'échéance pendant la prochaine période.",
  laterActions: (count: number) =>
    `${count} autre${count > 1 ? "s actions ont leur" : " action a son"} échéance après la prochaine période.`,

  byOwner: "Actions par responsable",
  noOwner: "(Sans responsable)",

  appendix: "Annexe — Points à corriger dans le plan",
  appendixIntro:
    "La validation du plan a relevé les points suivants au moment de produire ce rapport, regroupés par type (les actions en retard sont listées plus haut).",
  problemColumns: ["Gravité", "Nombre", "Exemple", "Où"],
  sheetRows: (sheet: string, rows: string, more: boolean) =>
    rows === "" ? sheet : `${sheet}, ligne${rows.includes(",") ? "s" : ""} ${rows}${more ? "…" : ""}`,
};
