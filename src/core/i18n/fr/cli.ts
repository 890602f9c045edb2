/** Texts of the command line. */
export const cli = {
  usage: `Boussole — suivi de la planification stratégique

Utilisation :
  boussole import FICHIER [--sheet FEUILLE] [--roster FICHIER] [--explain] [--out PLAN.xlsx]
      Lit le plan (feuilles canoniques, ou la mise en page du CA structurée automatiquement)
      et l'écrit en JSON. --explain décrit où chaque ligne est allée ; --out écrit le classeur canonique.
  boussole validate FICHIER [--roster FICHIER] [--roster-sheet FEUILLE] [--today AAAA-MM-JJ] [--json]
      Liste les problèmes (échéances, responsables, structure). Code de sortie 1 s'il y a une erreur.
  boussole report FICHIER [--period 2024-2025] [--today AAAA-MM-JJ] [--lang fr|en] [--problems] -o rapport.docx|.html|.pdf
      Produit le rapport annuel. --problems ajoute l'annexe des points à corriger ; le .pdf passe par LibreOffice.

Options communes : --lang fr|en (langue des messages), --help.
--roster-sheet FEUILLE : la feuille des responsables (trouvée par ses en-têtes ou son nom sinon).
FICHIER : un classeur .xlsx ou un .csv (une feuille).`,
  fileMissing: (path: string) => `Fichier introuvable : « ${path} ». Vérifiez le chemin.`,
  fileUnreadable: (path: string) =>
    `« ${path} » n'est pas un classeur lisible. Enregistrez-le en .xlsx ou en .csv (UTF-8).`,
  fileUnsupported: (path: string) => `« ${path} » n'est pas un fichier .xlsx ou .csv.`,
  csvBinary: (path: string, offset: number) =>
    `« ${path} » n'est pas un fichier texte : il contient des octets nuls (le premier à l'octet ${offset}). Un classeur s'enregistre en .xlsx ; un CSV en UTF-16, avec sa marque d'ordre des octets (BOM) ou en UTF-8.`,
  csvNotText: (path: string, line: number) =>
    `« ${path} » n'est pas du texte : il est plein de caractères de contrôle (dès la ligne ${line}). Enregistrez le plan en .csv (UTF-8) ou en .xlsx.`,
  csvBadQuotes: (path: string, line: number, start: string) =>
    `« ${path} » n'est pas un CSV valide : un guillemet ouvert n'est jamais refermé (ligne ${line} : « ${start} »). Vérifiez les guillemets de cette ligne, ou enregistrez le plan en .xlsx.`,
  csvDetected: (encoding: string, separator: "," | ";" | "\t") =>
    `Fichier CSV lu en ${encoding}, séparateur : ${{ ",": "virgule « , »", ";": "point-virgule « ; »", "\t": "tabulation" }[separator]}.`,
  workbookTooLarge: (path: string, sheet: string, cell: string, cells: number) =>
    `« ${path} » est trop grand : la feuille « ${sheet} » a du contenu jusqu'à la cellule ${cell}, soit ${cells.toLocaleString("fr-CA")} cellules, et Google Sheets n'en permet pas plus de 10 millions par classeur. Effacez le contenu éloigné du tableau (Ctrl+Fin montre la dernière cellule utilisée), puis réessayez.`,
  noPlan:
    "Aucun plan trouvé dans ce classeur : ni feuilles Orientations, Objectifs et Actions, ni tableau d'actions reconnaissable.",
  sheetNotFound: (name: string, available: string[]) =>
    `La feuille « ${name} » n'existe pas. Feuilles du classeur : ${available.map((s) => `« ${s} »`).join(", ")}.`,
  rosterNotFound: (path: string, sheets: string[]) =>
    `Aucune feuille de responsables dans « ${path} » (feuilles : ${sheets.map((s) => `« ${s} »`).join(", ")}). Nommez-la avec --roster-sheet FEUILLE.`,
  badOption: (detail: string) => `Option invalide : ${detail}. Faites « boussole --help » pour l'aide.`,
  unknownCommand: (command: string) =>
    `Commande inconnue : « ${command} ». Commandes : import, validate, report.`,
  missingFile: "Indiquez le fichier du plan, par exemple : boussole import plan.xlsx",
  badToday: (text: string) => `« ${text} » n'est pas une date AAAA-MM-JJ (exemple : --today 2021-01-15).`,
  badOutput: (path: string) => `Le fichier de sortie « ${path} » doit finir par .docx, .html ou .pdf.`,
  pdfNeedsLibreOffice:
    "Le .pdf est produit par LibreOffice, qui n'est pas installé. Installez-le (Debian, Ubuntu : « sudo apt-get install libreoffice-writer-nogui » ; macOS : « brew install --cask libreoffice » ; Windows : libreoffice.org), ou demandez un .docx et enregistrez-le en PDF.",
  pdfFailed: (detail: string) => `LibreOffice n'a pas pu convertir le rapport en PDF : ${detail}`,
  badOutXlsx: (path: string) => `Le fichier de sortie « ${path} » doit finir par .xlsx.`,
  writeFailed: (path: string) => `Impossible d'écrire « ${path} ». Vérifiez le dossier et les droits.`,
  wrote: (path: string) => `Écrit : ${path}`,
  columns: { severity: "Gravité", sheet: "Feuille", row: "Ligne", column: "Colonne", message: "Message" },
  noProblems: "Aucun problème : le plan est valide.",
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}, ${infos} information${infos > 1 ? "s" : ""}.`,
  planSummary: (orientations: number, objectives: number, actions: number) =>
    `${orientations} orientation${orientations > 1 ? "s" : ""}, ${objectives} objectif${objectives > 1 ? "s" : ""}, ${actions} action${actions > 1 ? "s" : ""}.`,
  unexpected: (detail: string) => `Erreur inattendue : ${detail}. Signalez-la avec le fichier en cause.`,
};
