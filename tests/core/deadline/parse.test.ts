import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type DeadlineWarningCode, parseDeadline } from "../../../src/core/deadline";
import type { DeadlineKind } from "../../../src/core/model";
import { context } from "./context";

type Row = [
  text: string,
  kind: DeadlineKind,
  start: string | null,
  end: string | null,
  warnings?: DeadlineWarningCode[],
];

const none = null;
const TWO_DIGITS: DeadlineWarningCode[] = ["twoDigitYear"];

/** Every form of domain.md's table, in its order. */
const DOMAIN: Row[] = [
  ["2020-03-15", "date", "2020-03-15", "2020-03-15"],
  ["15/03/2020", "date", "2020-03-15", "2020-03-15"],
  ["15 mars 2020", "date", "2020-03-15", "2020-03-15"],
  ["1er avril 2021", "date", "2021-04-01", "2021-04-01"],
  ["March 15, 2020", "date", "2020-03-15", "2020-03-15"],
  ["Mars 2020", "month", "2020-03-01", "2020-03-31"],
  ["mars 2020", "month", "2020-03-01", "2020-03-31"],
  ["03/2020", "month", "2020-03-01", "2020-03-31"],
  ["2020-03", "month", "2020-03-01", "2020-03-31"],
  ["March 2020", "month", "2020-03-01", "2020-03-31"],
  ["début mars 2020", "month", "2020-03-01", "2020-03-31"],
  ["mi mars 2020", "month", "2020-03-01", "2020-03-31"],
  ["fin mars 2020", "month", "2020-03-01", "2020-03-31"],
  ["Hiver 2021", "season", "2021-01-01", "2021-03-31"],
  ["Printemps 2021", "season", "2021-04-01", "2021-06-30"],
  ["Été 2021", "season", "2021-07-01", "2021-08-31"],
  ["Automne 2021", "season", "2021-09-01", "2021-12-31"],
  ["Hiver 2020-2021", "season", "2020-12-01", "2021-03-31"],
  ["T1 2021", "quarter", "2021-01-01", "2021-03-31"],
  ["1er trimestre 2021", "quarter", "2021-01-01", "2021-03-31"],
  ["Q1 2021", "quarter", "2021-01-01", "2021-03-31"],
  ["2020", "year", "2020-01-01", "2020-12-31"],
  ["2020-2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["2020/2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["2020 2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["2020–2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["2019-2022", "fiscal", "2019-04-01", "2022-03-31"],
  ["Décembre 2020-2021", "month", "2020-12-01", "2020-12-31"],
  ["En continu", "ongoing", none, none],
  ["Continu", "ongoing", none, none],
  ["En continu selon les opportunités", "ongoing", none, none],
  ["En tout temps", "ongoing", none, none],
  ["Ongoing", "ongoing", none, none],
  ["Annuel", "recurring", none, none],
  ["Annuellement", "recurring", none, none],
  ["Chaque année", "recurring", none, none],
  ["Aux 3 mois", "recurring", none, none],
  ["Trimestriel", "recurring", none, none],
  ["Immédiat", "immediate", "2019-04-01", "2019-04-01"],
  ["Immédiatement", "immediate", "2019-04-01", "2019-04-01"],
  ["Dès maintenant", "immediate", "2019-04-01", "2019-04-01"],
  ["À évaluer", "undetermined", none, none],
  ["À déterminer", "undetermined", none, none],
  ["À préciser", "undetermined", none, none],
  ["?", "undetermined", none, none],
  ["", "undetermined", none, none],
  ["Automne 19", "season", "2019-09-01", "2019-12-31", TWO_DIGITS],
  ["31/02/2020", "invalid", none, none, ["impossibleDate"]],
  ["2020-13-01", "invalid", none, none, ["impossibleMonth"]],
];

/** The bullets of the issue: case, accents, spaces, abbreviations, two-digit years, impossible dates. */
const ISSUE: Row[] = [
  ["ETE 2021", "season", "2021-07-01", "2021-08-31"],
  ["fevrier 2020", "month", "2020-02-01", "2020-02-29"],
  ["Juin  2021", "month", "2021-06-01", "2021-06-30"],
  ["  juin 2021 ", "month", "2021-06-01", "2021-06-30"],
  ["JUIN\u00a02021", "month", "2021-06-01", "2021-06-30"],
  ["juin2021", "month", "2021-06-01", "2021-06-30"],
  ["ÉTÉ 2021", "season", "2021-07-01", "2021-08-31"],
  ["AUTOMNE 2020", "season", "2020-09-01", "2020-12-31"],
  ["automne  2020", "season", "2020-09-01", "2020-12-31"],
  ["janv. 2021", "month", "2021-01-01", "2021-01-31"],
  ["Janv 2021", "month", "2021-01-01", "2021-01-31"],
  ["févr. 2021", "month", "2021-02-01", "2021-02-28"],
  ["fév. 2024", "month", "2024-02-01", "2024-02-29"],
  ["avr. 2021", "month", "2021-04-01", "2021-04-30"],
  ["juil. 2021", "month", "2021-07-01", "2021-07-31"],
  ["août 2021", "month", "2021-08-01", "2021-08-31"],
  ["aout 2021", "month", "2021-08-01", "2021-08-31"],
  ["sept. 2020", "month", "2020-09-01", "2020-09-30"],
  ["oct. 2020", "month", "2020-10-01", "2020-10-31"],
  ["nov. 2020", "month", "2020-11-01", "2020-11-30"],
  ["déc. 2020", "month", "2020-12-01", "2020-12-31"],
  ["Jan 2021", "month", "2021-01-01", "2021-01-31"],
  ["Feb 2021", "month", "2021-02-01", "2021-02-28"],
  ["Sept 2020", "month", "2020-09-01", "2020-09-30"],
  ["Sep 2020", "month", "2020-09-01", "2020-09-30"],
  ["Dec. 2020", "month", "2020-12-01", "2020-12-31"],
  ["1er mars 2021", "date", "2021-03-01", "2021-03-01"],
  ["1ᵉʳ mars 2021", "date", "2021-03-01", "2021-03-01"],
  ["le 1er juin 2021", "date", "2021-06-01", "2021-06-01"],
  ["Début juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["Mi-juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["Fin juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["fin de juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["5/3/2020", "date", "2020-03-05", "2020-03-05"],
  ["15-03-2020", "date", "2020-03-15", "2020-03-15"],
  ["15.03.2020", "date", "2020-03-15", "2020-03-15"],
  ["03/04/2020", "date", "2020-04-03", "2020-04-03"],
  ["2020/03/15", "date", "2020-03-15", "2020-03-15"],
  ["3/2020", "month", "2020-03-01", "2020-03-31"],
  ["2020-12", "month", "2020-12-01", "2020-12-31"],
  ["T2 2021", "quarter", "2021-04-01", "2021-06-30"],
  ["T3 2021", "quarter", "2021-07-01", "2021-09-30"],
  ["T4 2021", "quarter", "2021-10-01", "2021-12-31"],
  ["t4 2021", "quarter", "2021-10-01", "2021-12-31"],
  ["Q2 2021", "quarter", "2021-04-01", "2021-06-30"],
  ["Q3-2021", "quarter", "2021-07-01", "2021-09-30"],
  ["Q4 2021", "quarter", "2021-10-01", "2021-12-31"],
  ["2e trimestre 2021", "quarter", "2021-04-01", "2021-06-30"],
  ["3ème trimestre 2021", "quarter", "2021-07-01", "2021-09-30"],
  ["4e trimestre 2021", "quarter", "2021-10-01", "2021-12-31"],
  ["premier trimestre 2021", "quarter", "2021-01-01", "2021-03-31"],
  ["dernier trimestre 2020", "quarter", "2020-10-01", "2020-12-31"],
  ["2021 Q3", "quarter", "2021-07-01", "2021-09-30"],
  ["T1 2020-2021", "quarter", "2020-04-01", "2020-06-30"],
  ["T4 2020-2021", "quarter", "2021-01-01", "2021-03-31"],
  ["Mars 2020-2021", "month", "2021-03-01", "2021-03-31"],
  ["Avril 2020-2021", "month", "2020-04-01", "2020-04-30"],
  ["Janvier 2020-2021", "month", "2021-01-01", "2021-01-31"],
  ["Printemps 2020-2021", "season", "2020-04-01", "2020-06-30"],
  ["Automne 2020-2021", "season", "2020-09-01", "2020-12-31"],
  ["15 décembre 2020-2021", "date", "2020-12-15", "2020-12-15"],
  ["2021-2024", "fiscal", "2021-04-01", "2024-03-31"],
  ["2020 / 2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["2020—2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["Exercice 2020-2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["Année financière 2020-2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["FY 2020-2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["Année 2021", "year", "2021-01-01", "2021-12-31"],
  ["En 2021", "year", "2021-01-01", "2021-12-31"],
  ["Automne 20", "season", "2020-09-01", "2020-12-31", TWO_DIGITS],
  ["Mars 21", "month", "2021-03-01", "2021-03-31", TWO_DIGITS],
  ["2020-21", "fiscal", "2020-04-01", "2021-03-31", TWO_DIGITS],
  ["2019-22", "fiscal", "2019-04-01", "2022-03-31", TWO_DIGITS],
  ["2011-12", "fiscal", "2011-04-01", "2012-03-31", TWO_DIGITS],
  ["15/03/20", "date", "2020-03-15", "2020-03-15", TWO_DIGITS],
  ["Hiver 20-21", "season", "2020-12-01", "2021-03-31", ["twoDigitYear", "twoDigitYear"]],
  ["31/02/2021", "invalid", none, none, ["impossibleDate"]],
  ["29/02/2021", "invalid", none, none, ["impossibleDate"]],
  ["29/02/2020", "date", "2020-02-29", "2020-02-29"],
  ["31 juin 2021", "invalid", none, none, ["impossibleDate"]],
  ["31 avril 2021", "invalid", none, none, ["impossibleDate"]],
  ["0/03/2021", "invalid", none, none, ["impossibleDate"]],
  ["15/13/2021", "invalid", none, none, ["impossibleMonth"]],
  ["2021-02-30", "invalid", none, none, ["impossibleDate"]],
  ["2020-00", "invalid", none, none, ["impossibleMonth"]],
  ["2021-2020", "invalid", none, none, ["reversedRange"]],
  ["2020-2020", "invalid", none, none, ["reversedRange"]],
  ["Décembre 2020 à mars 2020", "invalid", none, none, ["reversedRange"]],
  ["Mars 20200", "invalid", none, none, ["yearOutOfRange"]],
  ["Mars 1899", "invalid", none, none, ["yearOutOfRange"]],
  ["2101", "invalid", none, none, ["yearOutOfRange"]],
  ["Mars", "invalid", none, none, ["missingYear"]],
  ["15 mars", "invalid", none, none, ["missingYear"]],
  ["Automne", "invalid", none, none, ["missingYear"]],
  ["Hiver 2019-2022", "invalid", none, none, ["ambiguousYear"]],
  ["Exercice 2021", "invalid", none, none, ["ambiguousYear"]],
];

/** English, as boards that work in English (or copy templates) write them. */
const ENGLISH: Row[] = [
  ["March 15 2020", "date", "2020-03-15", "2020-03-15"],
  ["March 15th, 2020", "date", "2020-03-15", "2020-03-15"],
  ["15 March 2020", "date", "2020-03-15", "2020-03-15"],
  ["the 1st of April 2021", "date", "2021-04-01", "2021-04-01"],
  ["Mar 2021", "month", "2021-03-01", "2021-03-31"],
  ["June 2021", "month", "2021-06-01", "2021-06-30"],
  ["Early March 2020", "month", "2020-03-01", "2020-03-31"],
  ["Mid-March 2020", "month", "2020-03-01", "2020-03-31"],
  ["End of March 2020", "month", "2020-03-01", "2020-03-31"],
  ["Winter 2021", "season", "2021-01-01", "2021-03-31"],
  ["Spring 2021", "season", "2021-04-01", "2021-06-30"],
  ["Summer 2021", "season", "2021-07-01", "2021-08-31"],
  ["Fall 2020", "season", "2020-09-01", "2020-12-31"],
  ["Autumn 2020", "season", "2020-09-01", "2020-12-31"],
  ["First quarter 2021", "quarter", "2021-01-01", "2021-03-31"],
  ["2nd quarter 2021", "quarter", "2021-04-01", "2021-06-30"],
  ["Fiscal year 2020-2021", "fiscal", "2020-04-01", "2021-03-31"],
  ["Late 2020", "year", "2020-01-01", "2020-12-31"],
  ["Continuous", "ongoing", none, none],
  ["As needed", "ongoing", none, none],
  ["Annually", "recurring", none, none],
  ["Every 3 months", "recurring", none, none],
  ["Quarterly", "recurring", none, none],
  ["Monthly", "recurring", none, none],
  ["Immediately", "immediate", "2019-04-01", "2019-04-01"],
  ["ASAP", "immediate", "2019-04-01", "2019-04-01"],
  ["TBD", "undetermined", none, none],
  ["To be determined", "undetermined", none, none],
  ["N/A", "undetermined", none, none],
  ["By March 2021", "month", "2021-03-01", "2021-03-31"],
  ["Before March 2021", "date", "2021-02-28", "2021-02-28"],
  ["September to December 2020", "range", "2020-09-01", "2020-12-31"],
  ["From June to August 2021", "range", "2021-06-01", "2021-08-31"],
  ["June and December 2020", "range", "2020-06-01", "2020-12-31"],
  ["Summer-Fall 2021", "range", "2021-07-01", "2021-12-31"],
  ["2020 to 2022", "range", "2020-01-01", "2022-12-31"],
];

/** What else boards write: ranges, lists, « d'ici », plan years, remarks, events. */
const BOARDS: Row[] = [
  ["Juin 2020 et décembre 2020", "range", "2020-06-01", "2020-12-31"],
  ["Juin et décembre 2020", "range", "2020-06-01", "2020-12-31"],
  ["Mars 2020, juin 2020", "range", "2020-03-01", "2020-06-30"],
  ["Mars 2020\nJuin 2020", "range", "2020-03-01", "2020-06-30"],
  ["Mars 2020 ; septembre 2020", "range", "2020-03-01", "2020-09-30"],
  ["Septembre à décembre 2020", "range", "2020-09-01", "2020-12-31"],
  ["De septembre à décembre 2020", "range", "2020-09-01", "2020-12-31"],
  ["septembre-décembre 2020", "range", "2020-09-01", "2020-12-31"],
  ["Sept.-déc. 2020", "range", "2020-09-01", "2020-12-31"],
  ["Entre juin et août 2021", "range", "2021-06-01", "2021-08-31"],
  ["Septembre 2020 à janvier 2021", "range", "2020-09-01", "2021-01-31"],
  ["Novembre à février 2021", "range", "2020-11-01", "2021-02-28"],
  ["Novembre 2020 à février", "range", "2020-11-01", "2021-02-28"],
  ["Mars 2020 - juin 2020", "range", "2020-03-01", "2020-06-30"],
  ["Du 1er au 15 mars 2020", "range", "2020-03-01", "2020-03-15"],
  ["15 mars au 30 avril 2021", "range", "2021-03-15", "2021-04-30"],
  ["15 mars - 20 avril 2021", "range", "2021-03-15", "2021-04-20"],
  ["Mars 2020 - 15/04/2021", "range", "2020-03-01", "2021-04-15"],
  ["Du 15 au 10 mars 2021", "invalid", none, none, ["reversedRange"]],
  ["2020 à 2022", "range", "2020-01-01", "2022-12-31"],
  ["De 2020 à 2022", "range", "2020-01-01", "2022-12-31"],
  ["Été-automne 2021", "range", "2021-07-01", "2021-12-31"],
  ["Printemps/été 2021", "range", "2021-04-01", "2021-08-31"],
  ["Automne 2020 à hiver 2021", "range", "2020-09-01", "2021-03-31"],
  ["T1 à T2 2021", "range", "2021-01-01", "2021-06-30"],
  ["D'ici mars 2021", "month", "2021-03-01", "2021-03-31"],
  ["d’ici l’automne 2021", "season", "2021-09-01", "2021-12-31"],
  ["D'ici la fin de 2021", "year", "2021-01-01", "2021-12-31"],
  ["Jusqu'à juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["Au plus tard le 15 mars 2021", "date", "2021-03-15", "2021-03-15"],
  ["Pour juin 2021", "month", "2021-06-01", "2021-06-30"],
  ["Avant mars 2021", "date", "2021-02-28", "2021-02-28"],
  ["Avant le 15 mars 2021", "date", "2021-03-14", "2021-03-14"],
  ["Avant l'été 2021", "date", "2021-06-30", "2021-06-30"],
  ["Juin 2021 (AGA)", "month", "2021-06-01", "2021-06-30"],
  ["Mars 2021 à confirmer", "month", "2021-03-01", "2021-03-31"],
  ["Mars 2021.", "month", "2021-03-01", "2021-03-31"],
  ["Aux alentours de mars 2021", "month", "2021-03-01", "2021-03-31"],
  ["(À déterminer)", "undetermined", none, none],
  ["« En continu »", "ongoing", none, none],
  ["An 1", "fiscal", "2019-04-01", "2020-03-31"],
  ["Année 2", "fiscal", "2020-04-01", "2021-03-31"],
  ["1re année", "fiscal", "2019-04-01", "2020-03-31"],
  ["Années 1 à 3", "fiscal", "2019-04-01", "2022-03-31"],
  ["An 2-3", "fiscal", "2020-04-01", "2022-03-31"],
  ["2020-03-15T00:00:00", "date", "2020-03-15", "2020-03-15"],
  ["2020-03-15T03:00:00Z", "date", "2020-03-14", "2020-03-14"],
  ["Avant l'AGA", "undetermined", none, none, ["relativeEvent"]],
  ["À l'AGA", "undetermined", none, none, ["relativeEvent"]],
  ["Après l'obtention du financement", "undetermined", none, none, ["relativeEvent"]],
  ["Selon le CA", "undetermined", none, none, ["relativeEvent"]],
  ["À confirmer", "undetermined", none, none],
  ["À venir", "undetermined", none, none],
  ["Indéterminé", "undetermined", none, none],
  ["n.d.", "undetermined", none, none],
  ["-", "undetermined", none, none],
  ["—", "undetermined", none, none],
  ["??", "undetermined", none, none],
  ["   ", "undetermined", none, none],
  ["En continue", "ongoing", none, none],
  ["Continuellement", "ongoing", none, none],
  ["En permanence", "ongoing", none, none],
  ["Toute l'année", "ongoing", none, none],
  ["Au besoin", "ongoing", none, none],
  ["Mensuel", "recurring", none, none],
  ["À tous les mois", "recurring", none, none],
  ["Tous les ans", "recurring", none, none],
  ["Chaque mois", "recurring", none, none],
  ["Bi-annuel", "recurring", none, none],
  ["Hebdomadaire", "recurring", none, none],
  ["Tout de suite", "immediate", "2019-04-01", "2019-04-01"],
  ["Dès que possible", "immediate", "2019-04-01", "2019-04-01"],
];

/** Typos and noise: never guessed, always invalid (or undetermined when it says so). */
const TYPOS: Row[] = [
  ["Marss 2020", "invalid", none, none],
  ["Automn 2020", "invalid", none, none],
  ["hello", "invalid", none, none],
  ["Mars 2020 ?", "invalid", none, none],
  ["Q5 2021", "invalid", none, none],
  ["T0 2021", "invalid", none, none],
  ["Mars 202", "invalid", none, none, ["yearOutOfRange"]],
  ["15 mars 2020 15 avril 2020", "invalid", none, none],
  ["Dernière année", "invalid", none, none],
  ["d'ici", "invalid", none, none],
  ["à", "invalid", none, none],
  ["1", "invalid", none, none, ["missingYear"]],
  ["Mars 5", "invalid", none, none, ["missingYear"]],
];

const ALL = [...DOMAIN, ...ISSUE, ...ENGLISH, ...BOARDS, ...TYPOS];

describe("parseDeadline: table of expressions", () => {
  it("covers at least 150 distinct expressions", () => {
    expect(new Set(ALL.map(([text]) => text)).size).toBeGreaterThanOrEqual(150);
    expect(new Set(ALL.map(([text]) => text)).size).toBe(ALL.length);
  });

  it.each(ALL)("%j → %s %s %s", (text, kind, start, end, warnings = []) => {
    const parsed = parseDeadline(text, context);
    expect({ kind: parsed.kind, start: parsed.start, end: parsed.end }).toEqual({ kind, start, end });
    expect(parsed.warnings.map((w) => w.code)).toEqual(warnings);
    expect(parsed.text).toBe(text);
  });
});

/** Every Échéancier of the Pivot sample, with what it must mean. */
const PIVOT: Record<string, [DeadlineKind, string | null, string | null]> = {
  "2019": ["year", "2019-01-01", "2019-12-31"],
  "2020": ["year", "2020-01-01", "2020-12-31"],
  "2021": ["year", "2021-01-01", "2021-12-31"],
  "2020-2021": ["fiscal", "2020-04-01", "2021-03-31"],
  Annuel: ["recurring", none, none],
  "Automne 2019": ["season", "2019-09-01", "2019-12-31"],
  "Automne 2020": ["season", "2020-09-01", "2020-12-31"],
  "Avril 2019": ["month", "2019-04-01", "2019-04-30"],
  "Décembre 2019": ["month", "2019-12-01", "2019-12-31"],
  "Décembre 2020": ["month", "2020-12-01", "2020-12-31"],
  "Décembre 2020-2021": ["month", "2020-12-01", "2020-12-31"],
  "En continu selon les opportunités": ["ongoing", none, none],
  "En continu": ["ongoing", none, none],
  "Février 2019": ["month", "2019-02-01", "2019-02-28"],
  "Hiver 2019": ["season", "2019-01-01", "2019-03-31"],
  "Hiver 2020": ["season", "2020-01-01", "2020-03-31"],
  "Hiver 2021": ["season", "2021-01-01", "2021-03-31"],
  Immédiat: ["immediate", "2019-04-01", "2019-04-01"],
  "Juillet 2019": ["month", "2019-07-01", "2019-07-31"],
  "Juin 2019": ["month", "2019-06-01", "2019-06-30"],
  "Juin 2020": ["month", "2020-06-01", "2020-06-30"],
  "Mai 2019": ["month", "2019-05-01", "2019-05-31"],
  "Mars 2019": ["month", "2019-03-01", "2019-03-31"],
  "Mars 2020": ["month", "2020-03-01", "2020-03-31"],
  "Novembre 2020": ["month", "2020-11-01", "2020-11-30"],
  "Octobre 2020": ["month", "2020-10-01", "2020-10-31"],
  "À évaluer": ["undetermined", none, none],
};

function pivotDeadlines(): string[] {
  const rows: string[][] = parse(readFileSync(join(__dirname, "../../../samples/pivot-plan.csv")), {
    relaxColumnCount: true,
  });
  const found: string[] = [];
  let column = -1;
  for (const row of rows) {
    if (row[0] === "Action") column = row.indexOf("Échéancier");
    else if (column >= 0 && /^\d+$/.test(row[0]?.trim() ?? "")) found.push(row[column] ?? "");
  }
  return found;
}

describe("parseDeadline: the Pivot sample", () => {
  const deadlines = pivotDeadlines();

  it("finds the Échéancier of every action (numbered rows under an « Action » header)", () => {
    expect(deadlines).toHaveLength(93);
  });

  it.each([...new Set(deadlines)])("%j", (text) => {
    expect(PIVOT).toHaveProperty([text]);
    const [kind, start, end] = PIVOT[text];
    const parsed = parseDeadline(text, context);
    expect({ kind: parsed.kind, start: parsed.start, end: parsed.end }).toEqual({ kind, start, end });
    expect(parsed.text).toBe(text);
  });
});

describe("parseDeadline: context", () => {
  it("reads exercices and months in them from the fiscal start month", () => {
    const july = { ...context, fiscalStartMonth: 7 };
    expect(parseDeadline("2020-2021", july)).toMatchObject({ start: "2020-07-01", end: "2021-06-30" });
    expect(parseDeadline("Juin 2020-2021", july)).toMatchObject({ start: "2021-06-01", end: "2021-06-30" });
    expect(parseDeadline("T1 2020-2021", july)).toMatchObject({ start: "2020-07-01", end: "2020-09-30" });
  });

  it("reads « 2020-2021 » as both calendar years when the exercice starts in January", () => {
    const january = { ...context, fiscalStartMonth: 1 };
    expect(parseDeadline("2020-2021", january)).toMatchObject({ start: "2020-01-01", end: "2021-12-31" });
  });

  it("leaves « Immédiat » without dates when the plan has no start", () => {
    const open = { ...context, periodStart: null };
    expect(parseDeadline("Immédiat", open)).toMatchObject({ kind: "immediate", start: null, end: null });
  });

  it("asks for the plan's start to read « An 1 »", () => {
    const open = { ...context, periodStart: null };
    expect(parseDeadline("An 1", open)).toMatchObject({
      kind: "undetermined",
      warnings: [{ code: "needsPlanPeriod" }],
    });
  });

  it("tells which two-digit year it read", () => {
    expect(parseDeadline("Automne 19", context).warnings).toEqual([
      { code: "twoDigitYear", written: "19", year: 2019 },
    ]);
  });
});
