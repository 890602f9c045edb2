import { describeDeadline, describeWarning, parseDeadline } from "../../../src/core/deadline";
import { context } from "./context";

const preview = (text: string, language: "fr" | "en") =>
  describeDeadline(parseDeadline(text, context), language);

describe("describeDeadline", () => {
  it.each([
    ["Automne 2020", "Automne 2020 → du 1er septembre au 31 décembre 2020"],
    ["Mars 2020", "Mars 2020 → du 1er au 31 mars 2020"],
    ["15/03/2020", "15/03/2020 → le 15 mars 2020"],
    ["2020-2021", "2020-2021 → du 1er avril 2020 au 31 mars 2021"],
    ["En continu", "En continu → en continu : jamais en retard"],
    ["Annuel", "Annuel → récurrente : pas d'échéance unique, jamais en retard"],
    ["Immédiat", "Immédiat → dès le début du plan, le 1er avril 2019"],
    ["À évaluer", "À évaluer → échéance à préciser"],
    ["", "échéance à préciser"],
    [
      "Mars 20200",
      "« Mars 20200 » n'est pas une échéance reconnue. Exemples : 15 mars 2020, mars 2020, automne 2020, 2020-2021, en continu. L'année 20200 n'est pas acceptée : écrivez une année entre 1900 et 2100.",
    ],
    [
      "Automne 19",
      "Automne 19 → du 1er septembre au 31 décembre 2019 « 19 » est lu comme l'année 2019 : écrivez l'année au complet.",
    ],
  ])("in French: %j", (text, expected) => {
    expect(preview(text, "fr")).toBe(expected);
  });

  it.each([
    ["Automne 2020", "Automne 2020 → from September 1 to December 31, 2020"],
    ["Mars 2020", "Mars 2020 → from March 1 to 31, 2020"],
    ["15/03/2020", "15/03/2020 → March 15, 2020"],
    ["2020-2021", "2020-2021 → from April 1, 2020 to March 31, 2021"],
    ["Ongoing", "Ongoing → ongoing: never late"],
    ["TBD", "TBD → deadline to be set"],
    [
      "Marss 2020",
      "“Marss 2020” is not a recognized deadline. Examples: March 15, 2020, March 2020, fall 2020, 2020-2021, ongoing.",
    ],
  ])("in English: %j", (text, expected) => {
    expect(preview(text, "en")).toBe(expected);
  });

  it("says when « Immédiat » has no plan start to be due at", () => {
    const parsed = parseDeadline("Immédiat", { ...context, periodStart: null });
    expect(describeDeadline(parsed, "fr")).toBe(
      "Immédiat → dès le début du plan (la date de début du plan n'est pas indiquée)",
    );
  });
});

describe("describeWarning", () => {
  it("has a text for every warning, in both languages", () => {
    const warnings = [
      { code: "twoDigitYear", written: "19", year: 2019 },
      { code: "impossibleDate", year: 2021, month: 2, day: 31 },
      { code: "impossibleMonth", month: 13 },
      { code: "yearOutOfRange", year: 20200 },
      { code: "reversedRange" },
      { code: "ambiguousYear" },
      { code: "missingYear" },
      { code: "relativeEvent" },
      { code: "needsPlanPeriod" },
      { code: "unknownTimeZone", timeZone: "Mars/Olympus" },
    ] as const;
    for (const warning of warnings) {
      for (const language of ["fr", "en"] as const)
        expect(describeWarning(warning, language)).toMatch(/\w{3}/);
    }
    expect(describeWarning(warnings[1], "fr")).toBe("Le 31 février 2021 n'existe pas.");
    expect(describeWarning(warnings[1], "en")).toBe("February 31, 2021 does not exist.");
  });
});
