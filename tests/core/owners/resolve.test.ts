import fc from "fast-check";
import { emptyPlan, newAction, newObjective, newOrientation } from "../../../src/core/model";
import { createOwnerMatcher, resolvePlanOwners } from "../../../src/core/owners/resolve";
import { rosterEntry as entry } from "../../support/roster";
import { pivotOwnerCells, pivotRoster } from "./pivot";

describe("the Pivot sample against its roster", () => {
  const matcher = createOwnerMatcher(pivotRoster());
  const cells = pivotOwnerCells();

  it("reads every Responsables cell of the plan's tables", () => {
    expect(cells.length).toBeGreaterThan(80);
    expect(cells.every((cell) => cell.trim() !== "")).toBe(true);
  });

  it.each([
    ["Directrice générale", ["Nathalie Gagnon"]],
    ["Direction générale", ["Nathalie Gagnon"]],
    ["DG + CA", ["Nathalie Gagnon", "CA"]],
    ["CA + DG", ["CA", "Nathalie Gagnon"]],
    ["Agent de communication + ressource externe", ["Olivier Roy", "Guillaume Bergeron"]],
    [
      "Responsable de la vie communautaire + adjoint à la programmation et à l'animation",
      ["Isabelle Fortin", "Kevin Bouchard"],
    ],
    [
      "L'équipe animation programmation + responsable de la vie communautaire",
      ["Équipe animation programmation", "Isabelle Fortin"],
    ],
    ["Technicien en informatique + Directrice générale", ["Mathieu Côté", "Nathalie Gagnon"]],
    ["Responsable à la vie communautaire", ["Isabelle Fortin"]],
    ["Les intervenantes communautaires", ["Intervenantes communautaires"]],
    ["Comité", ["Comité de communication"]],
    ["DG + tech en informatique", ["Nathalie Gagnon", "Mathieu Côté"]],
    [
      "Adjoint à la programmation et à l'animation + Tech. en informatique",
      ["Kevin Bouchard", "Mathieu Côté"],
    ],
    ["Adjoint aux projets", ["Julien Pelletier"]],
    ["Agent de financement et de communication", ["Sophie Lavoie"]],
    ["Adjoint à la programmation et animation", ["Kevin Bouchard"]],
    ["Comité approche inclusive", ["Comité approche inclusive"]],
    ["Comité de gestion", ["Comité de gestion"]],
  ])("resolves « %s »", (cell, names) => {
    expect(cells).toContain(cell);
    expect(matcher.resolve(cell).map((owner) => owner.name)).toEqual(names);
  });

  it("finds exactly « Agent de projets » and « Adjoint de projets » unknown, suggesting Julien Pelletier's role", () => {
    const unknown = cells
      .flatMap((cell) => matcher.match(cell))
      .filter((owner) => owner.entries.length !== 1);
    expect([...new Set(unknown.map((owner) => owner.text))].sort()).toEqual([
      "Adjoint de projets",
      "Agent de projets",
    ]);
    for (const owner of unknown) {
      expect(owner.suggestions[0].label).toBe("Adjoint aux projets");
      expect(owner.suggestions[0].entry.name).toBe("Julien Pelletier");
    }
    expect(matcher.resolve("Adjoint de projets + responsable de la vie communautaire")).toEqual([
      { text: "Adjoint de projets", name: null, suggestions: ["Adjoint aux projets"] },
      { text: "responsable de la vie communautaire", name: "Isabelle Fortin" },
    ]);
  });
});

describe("owner variants", () => {
  const roster = [
    entry("Nathalie Gagnon", "Directrice générale"),
    entry("CA", "Conseil d'administration"),
    entry("Marie Tremblay", "Coordonnatrice"),
    entry("Léa Morin", "Adjointe aux communications"),
    entry("Mathieu Côté", "Technicien en informatique"),
    entry("Kevin Bouchard", "Adjoint à la programmation et à l'animation"),
    entry("Sophie Lavoie", "Agente de financement et de communication"),
    entry("Isabelle Fortin", "Responsable de la vie communautaire"),
    entry("Intervenant·e·s", "Équipe d'intervention"),
    entry("Comités/Tables", null, ["Tables de concertation"]),
    entry("Olivier Roy", "Agent de communication"),
    entry("Paul Girard", "Agent de communication"),
  ];
  const matcher = createOwnerMatcher(roster);
  const names = (cell: string) => matcher.resolve(cell).map((owner) => owner.name);

  it.each([
    ["Coordination\nAdj. aux communications", ["Marie Tremblay", "Léa Morin"]],
    ["CA\r\nDG\r\n", ["CA", null]],
    ["CA & Direction générale", ["CA", "Nathalie Gagnon"]],
    ["Coordonnateur / Adjoint aux communications", ["Marie Tremblay", "Léa Morin"]],
    ["CA; Coordination, Léa Morin", ["CA", "Marie Tremblay", "Léa Morin"]],
  ])("splits « %s » on separators and line breaks", (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it.each([
    ["Directeur général", "Nathalie Gagnon"],
    ["Direction générale", "Nathalie Gagnon"],
    ["la directrice générale", "Nathalie Gagnon"],
    ["DIRECTRICE GENERALE", "Nathalie Gagnon"],
    ["Dir. générale", "Nathalie Gagnon"],
    ["Directeur/trice générale", "Nathalie Gagnon"],
    ["Coordonnateur", "Marie Tremblay"],
    ["Coord.", "Marie Tremblay"],
    ["Adjoint aux communications", "Léa Morin"],
    ["L'adjointe aux communications", "Léa Morin"],
    ["Intervenantes", "Intervenant·e·s"],
    ["les intervenants", "Intervenant·e·s"],
    ["Agent de financement et de communication", "Sophie Lavoie"],
    ["Adjoint à la programmation et à l'animation", "Kevin Bouchard"],
    ["C.A.", "CA"],
    ["le C.A", "CA"],
    ["Conseil d'administration", "CA"],
    ["Tech. en informatique", "Mathieu Côté"],
    ["Mathieu Côté", "Mathieu Côté"],
    ["mathieu cote", "Mathieu Côté"],
    ["Comités/Tables", "Comités/Tables"],
    ["Tables de concertation", "Comités/Tables"],
  ])("resolves « %s » to %s", (cell, name) => {
    expect(matcher.resolve(cell)).toEqual([{ text: cell.trim(), name }]);
  });

  it("matches a roster entry containing a separator whole, among other owners", () => {
    expect(matcher.resolve("CA / Comités / Tables + Coordination")).toEqual([
      { text: "CA", name: "CA" },
      { text: "Comités / Tables", name: "Comités/Tables" },
      { text: "Coordination", name: "Marie Tremblay" },
    ]);
  });

  it("splits at « et » only when every part is a known owner", () => {
    expect(matcher.resolve("Coordination et CA")).toEqual([
      { text: "Coordination", name: "Marie Tremblay" },
      { text: "CA", name: "CA" },
    ]);
    expect(
      names("Responsable de la vie communautaire et adjoint à la programmation et à l'animation"),
    ).toEqual(["Isabelle Fortin", "Kevin Bouchard"]);
    expect(matcher.resolve("Coordination et bénévoles")).toEqual([
      { text: "Coordination et bénévoles", name: null, suggestions: [] },
    ]);
  });

  it("leaves a role shared by two entries unresolved, naming both", () => {
    expect(matcher.resolve("Agent de communication")).toEqual([
      { text: "Agent de communication", name: null, suggestions: ["Olivier Roy", "Paul Girard"] },
    ]);
    expect(names("Paul Girard")).toEqual(["Paul Girard"]);
  });

  it("suggests up to three close roster texts, best first, and none when nothing is close", () => {
    expect(matcher.resolve("Nathalie Gagon")[0].suggestions).toEqual(["Nathalie Gagnon"]);
    expect(matcher.resolve("Directrice")[0].suggestions).toEqual(["Directrice générale"]);
    expect(matcher.resolve("Adjointe à la communication")[0].suggestions?.[0]).toBe(
      "Adjointe aux communications",
    );
    expect(matcher.resolve("Zorglub")).toEqual([{ text: "Zorglub", name: null, suggestions: [] }]);
    const many = createOwnerMatcher([
      entry("Comité A"),
      entry("Comité B"),
      entry("Comité C"),
      entry("Comité D"),
    ]).resolve("Comité E");
    expect(many[0].suggestions).toEqual(["Comité A", "Comité B", "Comité C"]);
  });

  it("keeps empty cells empty and placeholders as unresolved text", () => {
    expect(matcher.resolve("")).toEqual([]);
    expect(matcher.resolve(" \n ")).toEqual([]);
    expect(matcher.resolve("N/A")).toEqual([{ text: "N/A", name: null, suggestions: [] }]);
  });

  it("hands out fresh owners each time, even from its cache", () => {
    const first = matcher.resolve("CA + Coordination");
    first[0].name = "changed";
    expect(matcher.resolve("CA + Coordination")[0].name).toBe("CA");
  });

  it("resolves against an empty roster without failing", () => {
    expect(createOwnerMatcher([]).resolve("CA + DG")).toEqual([
      { text: "CA", name: null, suggestions: [] },
      { text: "DG", name: null, suggestions: [] },
    ]);
  });
});

describe("resolution as a property", () => {
  const roster = pivotRoster();
  const matcher = createOwnerMatcher([...roster, entry("Comités/Tables")]);
  const words = [
    ...roster.flatMap((e) => [e.name, e.role ?? "", ...e.aliases]),
    "Comités/Tables",
    "et",
    "Et",
    "la",
  ];
  const separators = [" + ", ", ", ";", " / ", "/", " & ", "\n", "\r\n", " et ", " ", "·", "(", ")"];
  const cell = fc.oneof(
    fc.string(),
    fc
      .array(fc.oneof(fc.constantFrom(...words, ...separators), fc.string({ maxLength: 6 })), {
        maxLength: 8,
      })
      .map((parts) => parts.join("")),
  );
  /** The words of a text, without separators, blanks and « et ». */
  const words_ = (text: string) =>
    text.split(/[\s+,;/&]+/u).filter((word) => word !== "" && !/^et$/i.test(word));

  it("never throws and puts every word of the cell in some owner's text, in order", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const owners = matcher.resolve(text);
        expect(words_(owners.map((owner) => owner.text).join(" "))).toEqual(words_(text));
        for (const owner of owners) expect(text).toContain(owner.text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("resolvePlanOwners", () => {
  it("fills every action's owners in place", () => {
    const plan = emptyPlan();
    plan.roster = [entry("Nathalie Gagnon", "Directrice générale", ["DG"])];
    const action = newAction({ code: "1", title: "Former un comité", ownersText: "DG + ressource externe" });
    plan.orientations = [
      newOrientation({
        code: "1",
        title: "O",
        objectives: [newObjective({ code: "1", title: "Ob", actions: [action] })],
      }),
    ];
    expect(resolvePlanOwners(plan)).toBe(plan);
    expect(action.owners).toEqual([
      { text: "DG", name: "Nathalie Gagnon" },
      { text: "ressource externe", name: null, suggestions: [] },
    ]);
  });
});
