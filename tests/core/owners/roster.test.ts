import type { RosterEntry } from "../../../src/core/model";
import { entryName, parseAliases, validateRoster } from "../../../src/core/owners/roster";
import type { ValidationContext } from "../../../src/core/validate/context";
import { pivotRoster } from "./pivot";

const entry = (name: string, fields: Partial<RosterEntry> = {}): RosterEntry => ({
  name,
  role: null,
  email: null,
  aliases: [],
  ...fields,
});

/** A context that locates each entry by its index in the roster (row = index + 2, under the header). */
function contextFor(roster: RosterEntry[]): ValidationContext {
  return {
    today: "2024-01-15",
    language: "fr",
    locate: (entity, field) => ({
      sheet: "Responsables",
      row: roster.indexOf(entity as RosterEntry) + 2,
      column: field,
    }),
  };
}

describe("parseAliases", () => {
  it("splits on commas, trims, drops blanks and repeats", () => {
    expect(parseAliases("DG, Direction générale ,, DG")).toEqual(["DG", "Direction générale"]);
    expect(parseAliases("C.A.; Conseil\nCA")).toEqual(["C.A.", "Conseil", "CA"]);
    expect(parseAliases("   ")).toEqual([]);
  });
});

describe("validateRoster", () => {
  it("finds nothing wrong in the Pivot roster", () => {
    const roster = pivotRoster();
    expect(validateRoster(roster, contextFor(roster))).toEqual([]);
  });

  it("reports a name or alias that a second entry also answers to, on the second entry", () => {
    const roster = [
      entry("Nathalie Gagnon", { aliases: ["DG"] }),
      entry("Marc Dubé", { aliases: ["D.G."] }),
      entry("nathalie gagnon"),
    ];
    const problems = validateRoster(roster, contextFor(roster));
    expect(problems).toEqual([
      {
        severity: "error",
        code: "roster.duplicate",
        message:
          "« D.G. » désigne aussi « Nathalie Gagnon » dans la liste des responsables : Boussole ne peut pas savoir de qui il s'agit. Gardez ce nom ou cet alias sur une seule ligne.",
        sheet: "Responsables",
        row: 3,
        column: "aliases",
      },
      expect.objectContaining({ code: "roster.duplicate", row: 4, column: "name" }),
    ]);
  });

  it("accepts a role shared by two entries and an alias repeating the entry's own name", () => {
    const roster = [
      entry("Olivier Roy", { role: "Agent de communication", aliases: ["Olivier Roy"] }),
      entry("Paul Girard", { role: "Agent de communication" }),
    ];
    expect(validateRoster(roster, contextFor(roster))).toEqual([]);
  });

  it("reports a malformed e-mail, quoting it", () => {
    const roster = [
      entry("A", { email: "a@example.org" }),
      entry("B", { email: "b@example" }),
      entry("C", { email: "c example.org" }),
    ];
    const problems = validateRoster(roster, contextFor(roster));
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["roster.email", 3, "email"],
      ["roster.email", 4, "email"],
    ]);
    expect(problems[0].message).toContain("« b@example »");
  });

  it("speaks English when asked", () => {
    const roster = [entry("A", { email: "nope" })];
    const [found] = validateRoster(roster, { ...contextFor(roster), language: "en" });
    expect(found.message).toBe(
      "The email address “nope” is not valid. Write it in full, for example name@organization.org.",
    );
  });
});

describe("entryName", () => {
  it("falls back on the role when the name cell is empty", () => {
    expect(entryName(entry("Julie"))).toBe("Julie");
    expect(entryName(entry(" ", { role: "Trésorière" }))).toBe("Trésorière");
  });
});
