/**
 * « Structurer le plan » on a generated 5,000-action sheet in the Pivot layout: « Orientation n »
 * then its title, repeated before each Volet, « Objectif n » restarting in every Volet, a header
 * row above every table, page headers and blank rows between everything.
 */
import type { Cell, SheetGrid } from "../src/core/cells";
import { structurePlan } from "../src/core/import";
import type { BenchCase } from "./harness";

const VOLETS = ["administratif", "activités", "partenariat", "Gouvernance", "Communication"];
const OWNERS = ["Directrice générale", "CA + DG", "Agent de communication + ressource externe", "Comité"];
const DEADLINES = ["Mars 2020", "Automne 2020", "2020-2021", "En continu", "Décembre 2020", "À évaluer"];

function pivotSheet(actionCount: number): SheetGrid {
  const values: Cell[][] = [];
  const line = (text: string) => values.push([text, "", "", "", ""], ["", "", "", "", ""]);
  let made = 0;
  for (let orientation = 1; made < actionCount; orientation++) {
    for (const volet of VOLETS) {
      line("PLANIFICATION STRATÉGIQUE");
      line(`Orientation ${orientation}`);
      line(`Assurer le développement de l'axe ${orientation} au bénéfice des citoyens de tous les âges.`);
      line(`Volet : ${volet}`);
      for (let objective = 1; objective <= 5 && made < actionCount; objective++) {
        line(
          `Objectif ${objective} : Consolider le volet ${volet} de l'orientation ${orientation} (${objective})`,
        );
        values.push(["Action", "Description", "Responsables", "Échéancier", "Budget"]);
        for (let action = 1; action <= 8 && made < actionCount; action++, made++) {
          values.push([
            action,
            `Mettre en place la mesure ${made} pour les citoyens et les partenaires du milieu`,
            OWNERS[made % OWNERS.length],
            DEADLINES[made % DEADLINES.length],
            made % 3 === 0 ? "12 500 $" : "",
          ]);
        }
        values.push(["", "", "", "", ""]);
      }
    }
  }
  return { name: "Plan", values };
}

export function cases(): BenchCase[] {
  const sheet = pivotSheet(5_000);
  return [
    {
      operation: "structure: Pivot layout",
      size: `5,000 actions (${sheet.values.length.toLocaleString("en")} rows)`,
      run: () => {
        const result = structurePlan(sheet, { timeZone: "America/Toronto", language: "fr" });
        if (result.report.counts.actions !== 5_000)
          throw new Error(`expected 5,000 actions, got ${result.report.counts.actions}`);
        return result;
      },
      units: 5_000,
      target: "< 300 ms",
    },
  ];
}
