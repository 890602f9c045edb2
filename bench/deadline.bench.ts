/**
 * Deadline parsing throughput over a realistic mix: the Pivot sample's Échéanciers in their own
 * proportions (months, seasons, years, exercices, « En continu », empty cells), plus the other forms
 * boards write (dates, quarters, ranges, English, two-digit years, typos), date cells and numbers.
 */
import type { Cell } from "../src/core/cells";
import { type DeadlineContext, parseDeadline } from "../src/core/deadline";
import type { BenchCase } from "./harness";

const PIVOT_LIKE: [text: string, count: number][] = [
  ["", 71],
  ["Décembre 2019", 14],
  ["2020", 8],
  ["Automne 2019", 7],
  ["En continu", 6],
  ["Décembre 2020", 6],
  ["Mars 2019", 6],
  ["2019", 5],
  ["2020-2021", 5],
  ["Juin 2019", 5],
  ["Décembre 2020-2021", 4],
  ["2021", 3],
  ["Mai 2019", 3],
  ["Automne 2020", 2],
  ["Avril 2019", 2],
  ["Hiver 2021", 2],
  ["Immédiat", 2],
  ["Juin 2020", 2],
  ["À évaluer", 2],
  ["Annuel", 1],
  ["En continu selon les opportunités", 1],
  ["Février 2019", 1],
  ["Hiver 2019", 1],
  ["Juillet 2019", 1],
  ["Mars 2020", 1],
  ["Novembre 2020", 1],
  ["Octobre 2020", 1],
];

const OTHER_FORMS: Cell[] = [
  "15/03/2020",
  "2020-03-15",
  "15 mars 2020",
  "1er avril 2021",
  "March 15, 2020",
  "fin mars 2020",
  "mi-juin 2021",
  "03/2020",
  "2020-03",
  "janv. 2021",
  "Sept 2020",
  "ÉTÉ 2021",
  "Hiver 2020-2021",
  "T1 2021",
  "1er trimestre 2021",
  "Q3 2021",
  "2019-2022",
  "2020/2021",
  "Mars 2020-2021",
  "Automne 19",
  "2020-21",
  "Septembre à décembre 2020",
  "Juin 2020 et décembre 2020",
  "D'ici mars 2021",
  "Avant l'AGA",
  "Été-automne 2021",
  "Fall 2020",
  "Ongoing",
  "Aux 3 mois",
  "À déterminer",
  "31/02/2021",
  "Mars 20200",
  "Marss 2020",
  new Date("2020-03-15T04:00:00Z"),
  43905,
  2021,
];

const EXPRESSIONS = 10_000;

function mix(): Cell[] {
  const base: Cell[] = [
    ...PIVOT_LIKE.flatMap(([text, count]) => Array<Cell>(count).fill(text)),
    ...OTHER_FORMS,
  ];
  return Array.from({ length: EXPRESSIONS }, (_, i) => base[(i * 7919) % base.length]);
}

const context: DeadlineContext = {
  fiscalStartMonth: 4,
  periodStart: "2019-04-01",
  periodEnd: "2022-03-31",
  timeZone: "America/Toronto",
};

export function cases(): BenchCase[] {
  const cells = mix();
  return [
    {
      operation: "deadline parse",
      size: `${EXPRESSIONS.toLocaleString("en")} expressions`,
      units: EXPRESSIONS,
      target: "≥ 200 000/s",
      run: () => {
        let dated = 0;
        for (const cell of cells) if (parseDeadline(cell, context).end !== null) dated++;
        return dated;
      },
    },
  ];
}
