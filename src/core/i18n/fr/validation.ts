/** Texts of the validation feature. */
export const validation = {
  cellTooLong: (length: number, max: number) =>
    `Cette cellule contient ${length.toLocaleString("fr-CA")} caractères, et Google Sheets n'en garde pas plus de ${max.toLocaleString("fr-CA")} par cellule. Le texte est gardé entier dans le fichier, mais il ne pourra pas être copié tel quel dans Google Sheets : raccourcissez-le, ou mettez-le dans un document et donnez-en le lien.`,
};
