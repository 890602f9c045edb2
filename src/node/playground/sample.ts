/**
 * The demo workbook: the Pivot sample as a board keeps it (the plan in its own layout on a « Plan »
 * sheet, and its « Responsables » roster), built from samples/*.csv. « Structurer le plan » has
 * real work to do on it, and « Valider le plan » then finds late actions (its deadlines are in
 * 2019 and 2020).
 */
import { join } from "node:path";
import { DEFAULT_TIME_ZONE, readWorkbookFile, writeXlsxFile } from "../files/workbook";

export const DEMO_SHEETS = [
  { name: "Plan", file: "pivot-plan.csv" },
  { name: "Responsables", file: "pivot-roster.csv" },
] as const;

/** Writes a fresh copy of the demo workbook to `path`. */
export async function writeDemoWorkbook(samplesDir: string, path: string): Promise<void> {
  const sheets = await Promise.all(
    DEMO_SHEETS.map(async ({ name, file }) => {
      const [sheet] = (await readWorkbookFile(join(samplesDir, file))).sheets;
      return { ...sheet, name };
    }),
  );
  await writeXlsxFile(path, sheets, DEFAULT_TIME_ZONE);
}
