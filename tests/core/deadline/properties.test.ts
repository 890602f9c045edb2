import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadline";
import { DEADLINE_KINDS } from "../../../src/core/model";
import { context } from "./context";

const ZONES = [
  "America/Toronto",
  "America/Los_Angeles",
  "America/St_Johns",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Asia/Kolkata",
  "Europe/Paris",
  "UTC",
  "Not/AZone",
];

/** Words and symbols of the deadline grammar, so that random texts reach its deeper paths. */
const PIECES = [
  "mars",
  "Décembre",
  "juin",
  "sept.",
  "hiver",
  "Été",
  "automne",
  "T1",
  "Q4",
  "1er",
  "trimestre",
  "à",
  "au",
  "et",
  "-",
  "/",
  ",",
  "(",
  "du",
  "d'ici",
  "avant",
  "fin",
  "mi-",
  "an",
  "année",
  "exercice",
  "2020",
  "2021",
  "2019-2022",
  "20",
  "19",
  "15",
  "31",
  "02",
  "13",
  "0",
  "99999",
  "2020-03-15",
  "15/03/2020",
  "en continu",
  "annuel",
  "immédiat",
  "à évaluer",
  "AGA",
  "?",
  "\n",
];

const context$ = fc.record({
  fiscalStartMonth: fc.integer({ min: 1, max: 12 }),
  periodStart: fc.constantFrom(null, "2019-04-01", "2020-02-29"),
  periodEnd: fc.constantFrom(null, "2022-03-31"),
  timeZone: fc.constantFrom(...ZONES),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isRealDay(iso: string): boolean {
  return ISO_DAY.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

function checkAnswer(input: string | number | Date, answer: ReturnType<typeof parseDeadline>): void {
  expect(DEADLINE_KINDS).toContain(answer.kind);
  if (typeof input === "string") expect(answer.text).toBe(input);
  if (typeof input === "number") expect(answer.text).toBe(String(input));
  if (input instanceof Date && answer.kind === "date") expect(answer.text).toBe(answer.start);
  if (answer.start !== null || answer.end !== null) {
    expect(answer.start).not.toBeNull();
    expect(answer.end).not.toBeNull();
    expect(isRealDay(answer.start as string)).toBe(true);
    expect(isRealDay(answer.end as string)).toBe(true);
    expect((answer.start as string) <= (answer.end as string)).toBe(true);
  }
}

describe("parseDeadline: properties", () => {
  it("never throws, keeps the text and gives real days with start ≤ end, for any input", () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(" ")),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join("")),
      fc.double(),
      fc.integer({ min: -100, max: 100_000 }),
      fc.date({ min: new Date(-1e13), max: new Date(1e13) }),
      fc.date(),
    );
    fc.assert(
      fc.property(input, context$, (value, ctx) => {
        checkAnswer(value, parseDeadline(value, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every valid day written day first as that day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-");
          expect(parseDeadline(`${day}/${month}/${year}`, context)).toMatchObject({
            kind: "date",
            start: iso,
            end: iso,
          });
          expect(parseDeadline(iso, context)).toMatchObject({ kind: "date", start: iso, end: iso });
        },
      ),
    );
  });
});
