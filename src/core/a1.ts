/** Column letters of A1 notation (1 → A, 27 → AA), for formulas and ranges Boussole writes. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as formulas quote it: 'Objectifs', 'L''équipe'. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
