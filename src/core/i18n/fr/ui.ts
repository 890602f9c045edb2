/** Texts of the ui feature. */
export const ui = {
  sidebar: {
    loading: "Chargement du plan…",
    refresh: "Actualiser",
    refreshLabel: "Relire le plan dans le classeur",
    reportLink: "Dernier rapport annuel",
    reportLinkLabel: "Ouvrir le dernier rapport annuel dans un nouvel onglet",
    tabsLabel: "Sections du panneau",
    tabs: { add: "Ajouter", update: "Mettre à jour", mine: "Mes actions", problems: "Problèmes" },
    optional: "facultatif",
    loadFailed: (message: string) => `Impossible de lire le plan : ${message}`,
    callFailed: (message: string) => `Le classeur n'a pas répondu : ${message}. Rien n'a été écrit.`,
    fixFields: "Corrigez les champs indiqués : rien n'a été écrit.",
    deadline: {
      hint: "Ex. : Automne 2025, mars 2026, 2025-2026, En continu",
      checking: "Vérification de l'échéance…",
      failed: (message: string) => `Aperçu indisponible : ${message}`,
    },
    add: {
      heading: "Ajouter une action",
      orientation: "Orientation",
      objective: "Objectif",
      title: "Action",
      description: "Description",
      owners: "Responsables",
      ownersHint: "Cochez dans la liste ou tapez les noms, séparés par « + ».",
      roster: "Responsables du plan",
      deadline: "Échéance",
      status: "Statut",
      progress: "Avancement",
      progressHint: "En %, de 0 à 100.",
      budget: "Budget",
      budgetHint: "Un montant (12 500 $) ou un texte (À déterminer).",
      notes: "Notes",
      submit: "Ajouter l'action",
      saving: "Ajout de l'action…",
      added: (code: string, row: number) => `Action ${code} ajoutée à la ligne ${row} de la feuille Actions.`,
      noObjectives:
        "Le plan n'a pas encore d'objectif. Lancez d'abord « Structurer le plan » dans le menu Boussole.",
      titleRequired: "Donnez un titre à l'action.",
      objectiveRequired: "Choisissez l'objectif de l'action.",
      progressInvalid: (text: string) =>
        `« ${text} » n'est pas un avancement : entrez un nombre de 0 à 100, par exemple 40.`,
    },
    update: {
      heading: "Mettre à jour une action",
      search: "Chercher une action",
      searchHint: "Son code (1.2.3) ou des mots de son titre.",
      action: "Action à mettre à jour",
      current: "Ligne sélectionnée dans la feuille",
      none: "Aucune action dans le plan pour l'instant.",
      summary: (objective: string, owners: string) =>
        `Objectif ${objective} · ${owners || "sans responsable"}`,
      useSelection: "Prendre la ligne sélectionnée",
      submit: "Enregistrer",
      saving: "Enregistrement…",
      saved: (code: string) => `Action ${code} mise à jour.`,
      objectiveHint: "Un autre objectif déplace l'action : nouveau code, l'ancien noté dans les Notes.",
      extra: "Colonnes du plan",
    },
    mine: {
      heading: "Mes actions",
      owner: "Responsable",
      me: (name: string) => `${name} (vous)`,
      pick: "Choisissez un responsable.",
      none: (name: string) => `Aucune action au nom de ${name}.`,
      count: (total: number, late: number) =>
        `${total} action${total > 1 ? "s" : ""}, dont ${late} en retard`,
      late: "En retard",
      loading: "Recherche des actions…",
      goTo: (code: string) => `Aller à l'action ${code} et la mettre à jour`,
    },
    problems: {
      heading: "Problèmes",
      none: "Aucun problème trouvé dans le plan.",
      hint: "Cliquez sur un problème pour aller à sa cellule. Relancez « Valider le plan » après vos corrections.",
      count: (errors: number, warnings: number) =>
        `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}`,
      row: (row: number) => `ligne ${row}`,
      goTo: (where: string) => `Aller à ${where}`,
      more: (count: number) => `Afficher la suite (${count} de plus)`,
      loadingMore: "Chargement…",
      fixing: "Correction…",
    },
  },
  server: {
    menu: {
      openSidebar: "Ouvrir le panneau",
      structure: "Structurer le plan",
      validate: "Valider le plan",
      report: "Générer le rapport annuel…",
      help: "Aide",
    },
    sidebarTitle: "Boussole",
    reportTitle: "Rapport annuel",
    reportNeedsPlan:
      "Il n'y a pas encore de plan à présenter : lancez d'abord « Structurer le plan » dans le menu Boussole.",
    reportTooLarge: (characters: number, max: number, options: readonly string[]) =>
      `ce rapport compterait ${characters.toLocaleString("fr-CA")} caractères, et un Google Doc n'en contient pas plus de ${max.toLocaleString("fr-CA")}. Choisissez une période plus courte, ou décochez ${options.map((option) => `« ${option} »`).join(" et ")}. Aucun document n'a été créé ; la version locale de Boussole peut aussi produire ce rapport en .docx, sans cette limite.`,
    reportInvalid: "La demande de rapport n'est pas valide : choisissez une période et recommencez.",
    helpTitle: "Aide — Boussole",
    help: [
      "Structurer le plan : crée les feuilles Orientations, Objectifs, Actions, Responsables et Paramètres (avec un court exemple si le classeur est vide), ou les remplit à partir de la feuille où votre plan se trouve déjà. Cette feuille n'est jamais modifiée.",
      "Ouvrir le panneau : ajouter une action, mettre à jour celle de la ligne sélectionnée, voir les problèmes.",
      "Valider le plan : vérifie les échéances, les responsables et la structure, et marque les cellules à corriger (couleur et note).",
      "Générer le rapport annuel : crée le rapport de la période choisie dans un nouveau document, avec son PDF. Les actions en retard sont jugées à la fin de la période (ou aujourd'hui pour la période en cours).",
      "Dans Paramètres, les lignes « Mot de la présidence » et « Faits saillants » (facultatives) ajoutent au rapport les mots du CA, en tête ; laissées vides, rien n'est imprimé.",
    ].join("\n\n"),
    fields: {
      objectiveCode: "Objectif",
      title: "Action",
      description: "Description",
      owners: "Responsables",
      deadline: "Échéance",
      status: "Statut",
      progress: "Avancement",
      budget: "Budget",
      notes: "Notes",
      code: "Code",
      row: "Ligne",
      period: "Période",
    },
    invalid: {
      required: (field: string) => `« ${field} » est obligatoire.`,
      tooLong: (field: string, max: number) => `« ${field} » est trop long : ${max} caractères au plus.`,
      range: (field: string, min: number, max: number) =>
        `« ${field} » doit être un nombre de ${min} à ${max}.`,
      choice: (field: string, choices: string) => `« ${field} » doit être l'une de ces valeurs : ${choices}.`,
      value: (field: string) => `La valeur de « ${field} » n'est pas valide.`,
      request: "La demande du panneau n'est pas valide : rechargez le panneau et recommencez.",
      invisible: (field: string) =>
        `« ${field} » ne montre rien : il n'a que des espaces, des caractères de contrôle ou invisibles. Écrivez un texte lisible.`,
      notADay: (text: string) =>
        `« ${text} » n'est pas une date du calendrier. Écrivez-la AAAA-MM-JJ, par exemple 2021-03-31.`,
      reversedPeriod: (start: string, end: string) =>
        `La période irait du ${start} au ${end} : sa fin est avant son début. Choisissez une période dont la fin suit le début.`,
    },
    noSpreadsheet: "Boussole doit être ouvert depuis un classeur Google Sheets.",
    noActionsSheet:
      "La feuille « Actions » est introuvable. Lancez d'abord « Structurer le plan » dans le menu Boussole.",
    unknownObjective: (code: string) =>
      `L'objectif « ${code} » n'est pas dans la feuille Objectifs. Choisissez un objectif de la liste, ou actualisez le panneau.`,
    busy: "Quelqu'un d'autre modifie le plan en ce moment. Réessayez dans quelques secondes : rien n'a été écrit.",
    added: (code: string, row: number) => `Action ${code} ajoutée à la ligne ${row} de la feuille Actions.`,
    relocated: (from: string, to: string, row: number) =>
      `Action ${from} déplacée : son nouveau code est ${to} (ligne ${row}).`,
    notesTooLongToMove: (max: number) =>
      `Avec la mention de l'ancien code, les notes dépasseraient ${max.toLocaleString("fr-CA")} caractères, la limite d'une cellule de Google Sheets : raccourcissez-les, puis déplacez l'action.`,
    formerCode: (code: string, day: string) => `Ancien code : ${code} (déplacée le ${day}).`,
    fixed: (column: string, row: number) => `Corrigé : ${column}, ligne ${row}.`,
    fixStale: (column: string, row: number) =>
      `La cellule ${column}, ligne ${row} a changé depuis la validation : rien n'a été écrit. Actualisez le panneau.`,
    fixNowhere: (sheet: string, column: string) =>
      `La colonne « ${column} » de la feuille « ${sheet} » est introuvable : rien n'a été écrit.`,
    updated: (code: string, row: number) => `Action ${code} mise à jour (ligne ${row}).`,
    unchanged: (code: string) => `L'action ${code} avait déjà ces valeurs : rien n'a été changé.`,
    actionNotFound: (code: string) =>
      `L'action « ${code} » n'est plus dans la feuille Actions. Actualisez le panneau.`,
    actionMoved: (code: string, row: number) =>
      `La ligne ${row} ne contient plus l'action « ${code} » : la feuille a changé. Actualisez le panneau et recommencez.`,
    unexpected:
      "Une erreur inattendue est survenue et rien n'a été écrit. Réessayez ; si le problème revient, signalez-le.",
    stateSheet: "Boussole (état)",
    stateHeader: ["Feuille", "Clé", "Empreinte"],
    listsSheet: "Boussole (listes)",
    headerProtection: "En-tête géré par Boussole : renommer une colonne peut l'empêcher de lire le plan.",
    hints: {
      deadline:
        "Exemples acceptés : 2025-03-15, 15 mars 2025, mars 2025, Automne 2025, T1 2025, 2025, 2025-2026 (l'exercice), En continu, Annuel, Immédiat, À déterminer.",
      owners: "Choisissez dans la liste des responsables, ou tapez plusieurs noms séparés par « + ».",
      status: "Choisissez un statut : À venir, En cours, Réalisée, Reportée ou Annulée.",
      progress: "Un pourcentage de 0 à 100.",
      objective: "Choisissez l'objectif dans la liste (feuille Objectifs).",
      orientation: "Choisissez l'orientation dans la liste (feuille Orientations).",
    },
    structure: {
      title: "Structurer le plan",
      created: "Les feuilles du plan ont été créées avec un court exemple : remplacez-le par votre plan.",
      imported: (source: string, orientations: number, objectives: number, actions: number) =>
        `« ${source} » a été structuré : ${orientations} orientations, ${objectives} objectifs, ${actions} actions. La feuille « ${source} » n'a pas été modifiée.`,
      formatted: "Les feuilles du plan sont à jour et mises en forme.",
      added: (count: number) => `${count} ligne${count > 1 ? "s" : ""} ajoutée${count > 1 ? "s" : ""}.`,
      conflict: (sheet: string, row: number, key: string, columns: string) =>
        `${sheet}, ligne ${row} (${key}) : modifiée dans la feuille depuis le dernier « Structurer », alors que la source a changé (${columns}). Les valeurs de la feuille ont été gardées.`,
      deleted: (sheet: string, key: string) =>
        `« ${key} » a été supprimée de la feuille ${sheet} depuis le dernier « Structurer » : elle n'a pas été recréée.`,
      nameTaken: (holder: string, name: string) =>
        `La feuille « ${holder} » n'a pas les colonnes de Boussole : elle est lue comme une feuille du plan et n'est pas modifiée. Boussole écrit dans « ${name} ».`,
      cellCut: (sheet: string, cell: string, length: number, max: number, source: string) =>
        `« ${sheet} », cellule ${cell} : ce texte de ${length.toLocaleString("fr-CA")} caractères a été coupé à ${max.toLocaleString("fr-CA")}, le maximum que Google Sheets garde dans une cellule. Rien n'est perdu : le texte entier reste dans la feuille « ${source} », qui n'est jamais modifiée. Raccourcissez-le là, ou mettez-le dans un document et donnez-en le lien.`,
      busy: "Quelqu'un d'autre modifie le plan en ce moment et l'attente a été trop longue : « Structurer le plan » n'a rien écrit. Réessayez dans un moment.",
      more: (count: number) => `… et ${count} autre${count > 1 ? "s" : ""}.`,
    },
    validate: {
      title: "Valider le plan",
      summary: (errors: number, warnings: number) =>
        `${errors} erreur${errors > 1 ? "s" : ""} et ${warnings} avertissement${warnings > 1 ? "s" : ""} : les cellules concernées sont marquées.`,
      none: "Aucun problème trouvé dans le plan.",
    },
    example: {
      settings: {
        organisation: "Table de concertation du quartier (exemple)",
        planName: "Planification stratégique 2025-2028",
      },
      roster: [
        { name: "Direction générale", role: "DG", email: "", aliases: "DG" },
        { name: "Conseil d'administration", role: "CA", email: "", aliases: "CA, C.A." },
        { name: "Agente de communication", role: "Communications", email: "", aliases: "Communications" },
        { name: "Comité de financement", role: "Comité", email: "", aliases: "" },
      ],
      orientations: [
        {
          title: "Consolider la vie associative",
          objectives: [
            {
              title: "Augmenter la participation des membres",
              actions: [
                {
                  title: "Tenir une tournée des membres",
                  owners: "DG + Agente de communication",
                  deadline: "Automne 2025",
                  status: "En cours",
                  progress: 40,
                },
                {
                  title: "Refaire l'infolettre mensuelle",
                  owners: "Agente de communication",
                  deadline: "Mars 2026",
                  status: "À venir",
                  progress: 0,
                },
              ],
            },
            {
              title: "Renouveler le conseil d'administration",
              actions: [
                {
                  title: "Préparer une formation des administrateurs",
                  owners: "CA",
                  deadline: "2025-2026",
                  status: "À venir",
                  progress: 0,
                },
              ],
            },
          ],
        },
        {
          title: "Assurer un financement stable",
          objectives: [
            {
              title: "Diversifier les sources de revenus",
              actions: [
                {
                  title: "Déposer deux demandes de subvention",
                  owners: "Comité de financement + DG",
                  deadline: "Printemps 2026",
                  status: "À venir",
                  progress: 0,
                },
                {
                  title: "Organiser une activité-bénéfice",
                  owners: "Comité de financement",
                  deadline: "En continu",
                  status: "En cours",
                  progress: 20,
                },
              ],
            },
          ],
        },
      ],
    },
  },
  reportDialog: {
    title: "Rapport annuel",
    intro: "Le rapport est créé dans un nouveau document, prêt à présenter au CA et à l'AGA.",
    loading: "Chargement des périodes…",
    period: "Période",
    custom: "Dates personnalisées…",
    from: "Du",
    to: "Au",
    language: "Langue du rapport",
    languages: { fr: "Français", en: "English" },
    content: "Contenu",
    byOwner: "Une section par responsable",
    completedDetail: "Détail des actions réalisées",
    problems: "Annexe des points à corriger dans le plan",
    pdf: "PDF",
    generate: "Générer",
    generating: "Génération du rapport… Cela peut prendre quelques secondes.",
    done: "Rapport créé :",
    close: "Fermer",
    datesInvalid: "Indiquez une date de début et une date de fin, la fin après le début.",
    failed: (message: string) => `Le rapport n'a pas pu être créé : ${message}`,
  },
  playground: {
    editCell: (row: number, column: number) => `Modifier la cellule (ligne ${row}, colonne ${column})`,
    editFailed: (message: string) => `La cellule n'a pas été modifiée : ${message}`,
    title: "Boussole — essai local",
    workbook: (file: string) => `Classeur : ${file} (enregistré après chaque modification)`,
    menu: "Menu Boussole",
    sheets: "Feuilles du classeur",
    emptySheet: "Cette feuille est vide.",
    noSheets: "Le classeur n'a aucune feuille.",
    closePanel: "Fermer le panneau",
    closeDialog: "Fermer",
    download: "Télécharger le rapport",
    downloadDocx: "Word (.docx)",
    downloadHtml: "Page web (.html)",
    menuFailed: (message: string) => `L'action du menu a échoué : ${message}`,
    listening: (url: string) => `Boussole — essai local : ouvrez ${url}`,
    workingCopy: (path: string) => `Copie de travail du classeur d'exemple : ${path}`,
    editing: (path: string) => `Classeur modifié sur place : ${path}`,
    missingBuild: (path: string) =>
      `Fichier introuvable : ${path}. Lancez « npm run build » puis recommencez.`,
    unsupportedFile: (path: string) => `« ${path} » n'est pas un classeur .xlsx.`,
    unreadableFile: (path: string) =>
      `Impossible de lire « ${path} » : vérifiez que c'est bien un classeur .xlsx.`,
    unknownFunction: (name: string) => `« ${name} » n'est pas une fonction de Boussole.`,
    badRequest: "Requête invalide : un objet JSON { args: [...] } est attendu.",
    badCell:
      "Cellule invalide : { sheet, row, column } est attendu, avec un nom de feuille et des numéros de ligne et de colonne entiers à partir de 1.",
    noSheet: (sheet: string) => `La feuille « ${sheet} » n'existe pas dans ce classeur.`,
    outsideSheet: (cell: { sheet: string; row: number; column: number }) =>
      `La cellule ligne ${cell.row}, colonne ${cell.column} est hors de la feuille « ${cell.sheet} ».`,
    tooLarge: "Requête trop volumineuse.",
    missingFile: (path: string) => `Classeur introuvable : « ${path} ». Vérifiez le chemin du fichier.`,
  },
  dashboard: {
    title: "Tableau de bord du plan",
    live: "Calculé par des formules à partir de la feuille Actions : toujours à jour. Ne modifiez pas ces cellules.",
    orientation: "Orientation",
    objective: "Objectif",
    figures: ["Actions", "Réalisées", "En cours", "En retard", "Avancement"],
    wholePlan: "Ensemble du plan",
    progressPoints: "Points d'avancement",
    counted: "Actions comptées",
    chartTitle: "Actions par orientation",
  },
};
