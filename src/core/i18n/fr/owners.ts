/** Texts of the owners feature. */

/** « A », « B » ou « C » */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ou ${items[items.length - 1]}`;
}

export const owners = {
  /** A roster text offered to the reader, with the entry's name when it is not the text itself. */
  suggestion: (label: string, name: string) => (label === name ? `« ${label} »` : `« ${label} » (${name})`),
  unknown: (text: string, suggestions: readonly string[]) =>
    suggestions.length > 0
      ? `« ${text} » n'est pas dans la liste des responsables. Vouliez-vous dire ${orList(suggestions)} ?`
      : `« ${text} » n'est pas dans la liste des responsables. Ajoutez-le à la feuille « Responsables » (colonne Nom, Rôle ou Alias) ou corrigez l'orthographe.`,
  ambiguous: (text: string, names: readonly string[]) =>
    `« ${text} » désigne plusieurs responsables : ${orList(names.map((name) => `« ${name} »`))}. Inscrivez plutôt le nom de la personne ou du comité.`,
  empty:
    "Aucun responsable n'est indiqué pour cette action. Inscrivez qui s'en occupe dans la colonne Responsables.",
  placeholder: (text: string) =>
    `« ${text} » ne nomme pas de responsable. Inscrivez qui s'occupe de cette action dans la colonne Responsables.`,
  rosterEmpty:
    "La feuille « Responsables » est vide : Boussole ne peut pas vérifier les responsables des actions. Inscrivez-y chaque personne, rôle ou comité (colonnes Nom, Rôle, Courriel, Alias).",
  rosterUnused: (name: string) =>
    `« ${name} » est dans la liste des responsables, mais aucune action ne lui est confiée.`,
  rosterDuplicate: (text: string, other: string) =>
    `« ${text} » désigne aussi « ${other} » dans la liste des responsables : Boussole ne peut pas savoir de qui il s'agit. Gardez ce nom ou cet alias sur une seule ligne.`,
  rosterEmail: (email: string) =>
    `L'adresse courriel « ${email} » n'est pas valide. Écrivez-la au complet, par exemple nom@organisme.org.`,
  /** Names of the workload buckets that are not roster entries. */
  unknownOwners: "Responsables hors liste",
  unassigned: "Sans responsable",
};
