/** Texts of the canonical sheets reader. */
export const sheets = {
  invalidSetting: (label: string, text: string, hint: string) =>
    `Le paramètre « ${label} » vaut « ${text} », qui n'est pas compris. Exemples : ${hint}.`,
  duplicateCode: (code: string) =>
    `Le code « ${code} » est utilisé plus d'une fois. Donnez un code unique à chaque ligne.`,
  objectiveWithoutOrientation: (code: string, reference: string) =>
    reference === ""
      ? `L'objectif « ${code} » n'est rattaché à aucune orientation. Choisissez son orientation dans la colonne Orientation.`
      : `L'objectif « ${code} » est rattaché à « ${reference} », qui n'est pas dans la feuille Orientations.`,
  actionWithoutObjective: (code: string, reference: string) =>
    reference === ""
      ? `L'action « ${code} » n'est rattachée à aucun objectif. Choisissez son objectif dans la colonne Objectif.`
      : `L'action « ${code} » est rattachée à « ${reference} », qui n'est pas dans la feuille Objectifs.`,
  noOrientation: "(sans orientation)",
  noObjective: "(sans objectif)",
  invalidStatus: (text: string) =>
    `Le statut « ${text} » n'est pas reconnu. Statuts possibles : À venir, En cours, Réalisée, Reportée, Annulée.`,
  invalidProgress: (text: string) =>
    `L'avancement « ${text} » n'est pas un pourcentage entre 0 et 100. Exemples : 0, 40, 40 %, 100.`,
  invalidDate: (text: string) => `« ${text} » n'est pas une date. Exemple : 2024-03-15.`,
};
