/** Texts of the structure feature (« Structurer le plan » and `boussole import --explain`). */
export const structure = {
  /** Where a column's cells went, by field of the model. */
  fields: {
    orientation: "orientation",
    group: "volet (groupe de l'objectif)",
    objective: "objectif",
    code: "numéro de l'action",
    title: "titre de l'action",
    description: "description, moyens",
    owners: "responsables",
    deadline: "échéance",
    status: "statut",
    progress: "avancement (%)",
    budget: "budget",
    partners: "partenaires",
    indicators: "indicateurs",
    expectedResult: "résultat visé",
    notes: "notes",
    lastUpdate: "dernière mise à jour",
    period: "année prévue (colonne marquée X)",
    extra: "champ supplémentaire (gardé tel quel)",
  },
  levels: { orientation: "orientation", objective: "objectif", action: "action" },
  layouts: {
    empty: "feuille vide",
    flat: "un seul tableau (une ligne d'en-tête)",
    sections: "titres de sections suivis de tableaux",
    outline: "titres seulement (orientations et objectifs, sans tableau)",
    unknown: "non reconnue",
  },
  rowKinds: {
    blank: "vide",
    title: "titre du document",
    pageHeader: "en-tête de page répété",
    header: "ligne d'en-tête de tableau",
    orientation: "orientation",
    orientationRepeat: "orientation répétée (fusionnée)",
    orientationTitle: "titre de l'orientation",
    orientationDescription: "description de l'orientation",
    group: "regroupement (volet)",
    objective: "objectif",
    objectiveRepeat: "objectif répété (fusionné)",
    action: "action",
    continuation: "suite de l'action précédente",
    notes: "notes",
    label: "information",
    unused: "non utilisée",
  },
  reasons: {
    unrecognized: "ligne non reconnue : ni titre, ni tableau",
    noAction: "aucune action sur cette ligne",
    extraCell: "cellule en trop sur une ligne de titre",
    noPlace: "aucune orientation ni objectif où la ranger",
    conflict: "déjà rempli par la ligne précédente de la même action",
  },
  report: {
    heading: (sheet: string) => `Structuration de la feuille « ${sheet} »`,
    layout: (layout: string) => `Disposition reconnue : ${layout}`,
    columns: "Colonnes :",
    noColumns: "  (aucun tableau)",
    column: (letter: string, header: string, fields: string) => `  ${letter} « ${header} » → ${fields}`,
    unusedColumn: "aucune valeur",
    rows: "Lignes :",
    row: (row: number, what: string) => `  ligne ${row} → ${what}`,
    target: (level: string, code: string, title: string) => `${level} ${code} « ${title} »`,
    quoted: (what: string, text: string) => `${what} « ${text} »`,
    blankRows: (count: number, rows: string) => `  ${count} ligne(s) vide(s) ignorée(s) : ${rows}`,
    summary: (orientations: number, objectives: number, actions: number, rows: number) =>
      `Résumé : ${orientations} orientation(s), ${objectives} objectif(s), ${actions} action(s) tirés de ${rows} ligne(s).`,
    unused: "Cellules non utilisées :",
    noUnused: "  aucune : tout le contenu de la feuille a trouvé sa place.",
    unusedCell: (cell: string, text: string, reason: string) => `  ${cell} « ${text} » (${reason})`,
  },
  /** A column with data but no header: its values are kept under this name. */
  untitledColumn: (letter: string) => `Colonne ${letter}`,
  problems: {
    emptySheet: (sheet: string) =>
      `La feuille « ${sheet} » est vide : il n'y a rien à structurer. Choisissez la feuille qui contient le plan.`,
    noPlan: (sheet: string) =>
      `Aucune orientation, aucun objectif ni aucune action n'a été reconnu dans « ${sheet} ». Vérifiez qu'il y a une ligne d'en-tête (Action, Responsable, Échéance…) ou des titres comme « Orientation 1 » et « Objectif 1.1 ».`,
    unknownStatus: (text: string) =>
      `Le statut « ${text} » n'est pas reconnu : il est gardé tel quel dans une colonne à part. Statuts possibles : À venir, En cours, Réalisée, Reportée, Annulée.`,
    invalidProgress: (text: string) =>
      `L'avancement « ${text} » n'est pas un pourcentage de 0 à 100 : il est gardé tel quel dans une colonne à part. Écrivez par exemple « 50 % ».`,
    invalidDate: (text: string) =>
      `La date « ${text} » n'est pas reconnue : elle est gardée telle quelle dans une colonne à part. Écrivez-la comme « 2024-03-15 » ou « 15/03/2024 ».`,
    formulaError: (text: string) =>
      `La cellule affiche l'erreur de formule « ${text} » : corrigez la formule dans la feuille d'origine.`,
    noObjective: (count: number) =>
      `${count} action(s) n'ont pas d'objectif au-dessus d'elles : elles sont rangées sous un objectif sans titre. Ajoutez une colonne Objectif ou une ligne « Objectif 1 : … » avant elles.`,
    noOrientation: (count: number) =>
      `${count} objectif(s) n'ont pas d'orientation au-dessus d'eux : ils sont rangés sous une orientation sans titre. Ajoutez une colonne Orientation ou une ligne « Orientation 1 » avant eux.`,
    renumberedObjectives: (code: string, count: number) =>
      `Les objectifs de l'orientation ${code} recommencent leur numérotation (par exemple dans chaque volet) : ils sont numérotés de ${code}.1 à ${code}.${count} dans l'ordre de la feuille. Le volet de chacun est gardé.`,
    renumberedActions: (code: string, count: number) =>
      `Des actions de l'objectif ${code} ont le même numéro : elles sont numérotées de ${code}.1 à ${code}.${count} dans l'ordre de la feuille.`,
    titleVariant: (code: string, kept: string, other: string) =>
      `L'orientation ${code} est répétée avec un titre un peu différent : « ${other} ». Le premier titre est gardé : « ${kept} ».`,
    unusedCell: (text: string, reason: string) => `Cellule non utilisée : « ${text} » (${reason}).`,
  },
};
