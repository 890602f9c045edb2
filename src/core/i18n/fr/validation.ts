/** Texts of the validation feature: lateness in words, groups of problems, the fixes offered. */
import type { Severity } from "../../model";
import type { Lateness } from "../../validate/lateness";
import { MONTHS } from "./common";

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

type GroupTitle = (count: number) => string;

export const validation = {
  cellTooLong: (length: number, max: number) =>
    `Cette cellule contient ${length.toLocaleString("fr-CA")} caractères, et Google Sheets n'en garde pas plus de ${max.toLocaleString("fr-CA")} par cellule. Le texte est gardé entier dans le fichier, mais il ne pourra pas être copié tel quel dans Google Sheets : raccourcissez-le, ou mettez-le dans un document et donnez-en le lien.`,
  /** « 3 mois de retard (échéance : 31 mars 2020). » */
  late: (lateness: Lateness, due: string) => {
    const words =
      lateness.unit === "days"
        ? `${plural(lateness.count, "jour", "jours")} de retard`
        : lateness.unit === "months"
          ? `${lateness.count} mois de retard`
          : `En retard depuis ${MONTHS[lateness.month - 1]} ${lateness.year}`;
    return `${words} (échéance : ${due}).`;
  },
  groups: {
    byCode: {
      "deadline.late": (n) => plural(n, "action en retard", "actions en retard"),
      "deadline.invalid": (n) => plural(n, "échéance non reconnue", "échéances non reconnues"),
      "deadline.undetermined": (n) => plural(n, "échéance à préciser", "échéances à préciser"),
      "deadline.outsidePeriod": (n) =>
        plural(n, "échéance hors de la période du plan", "échéances hors de la période du plan"),
      "deadline.twoDigitYear": (n) =>
        plural(n, "année écrite sur deux chiffres", "années écrites sur deux chiffres"),
      "owner.unknown": (n) => plural(n, "responsable hors liste", "responsables hors liste"),
      "owner.ambiguous": (n) => plural(n, "responsable ambigu", "responsables ambigus"),
      "owner.empty": (n) => plural(n, "action sans responsable", "actions sans responsable"),
      "progress.inconsistent": (n) =>
        plural(n, "statut contredit par l'avancement", "statuts contredits par l'avancement"),
      "roster.unused": (n) => plural(n, "responsable sans action", "responsables sans action"),
      "roster.duplicate": (n) => plural(n, "nom en double", "noms en double"),
      "roster.email": (n) => plural(n, "courriel à vérifier", "courriels à vérifier"),
    } as Record<string, GroupTitle | undefined>,
    other: (severity: Severity, n: number) =>
      severity === "error"
        ? plural(n, "autre erreur", "autres erreurs")
        : severity === "warning"
          ? plural(n, "autre avertissement", "autres avertissements")
          : plural(n, "autre information", "autres informations"),
  },
  fixes: {
    replaceWith: (name: string) => `Remplacer par « ${name} »`,
    write: (text: string) => `Écrire « ${text} »`,
    setProgress: (progress: number) => `Avancement à ${progress} %`,
    setStatus: (status: string) => `Statut « ${status} »`,
  },
};
