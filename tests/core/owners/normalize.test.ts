import { isPlaceholderOwner, ownerKey } from "../../../src/core/owners/normalize";

describe("ownerKey", () => {
  it.each([
    [
      [
        "Directrice générale",
        "Directeur général",
        "Direction générale",
        "Directeurs généraux",
        "Dir. générale",
      ],
    ],
    [["C.A.", "CA", "c.a", "le CA"]],
    [
      [
        "Intervenant·e·s communautaires",
        "Intervenant.e.s communautaires",
        "Les intervenantes communautaires",
        "intervenants communautaires",
        "Intervenant(e)s communautaires",
      ],
    ],
    [["Coordination", "Coordonnatrice", "Coordonnateur", "Coord.", "Coordo"]],
    [["Agent", "Agente", "Agent(e)", "agent·e"]],
    [["Adjoint aux communications", "Adjointe aux communications", "Adj. aux communications"]],
    [
      [
        "Technicien en informatique",
        "Technicienne en informatique",
        "Tech. en informatique",
        "tech en informatique",
      ],
    ],
    [["L'équipe", "l’Équipe", "Équipe"]],
    [["Présidente", "Président", "Présidence"]],
  ])("gives one key to %j", (texts) => {
    expect(new Set(texts.map(ownerKey)).size).toBe(1);
  });

  it("keeps the small words inside a title", () => {
    expect(ownerKey("Adjoint de projets")).not.toBe(ownerKey("Adjoint aux projets"));
    expect(ownerKey("Responsable de la vie communautaire")).not.toBe(
      ownerKey("Responsable à la vie communautaire"),
    );
  });

  it("drops only a leading article, and not when it is the whole text", () => {
    expect(ownerKey("La Table")).toBe("table");
    expect(ownerKey("Comité de la table")).toBe("comite de la table");
    expect(ownerKey("Les")).toBe("les");
  });

  it("gives an empty key to a text without letters or digits", () => {
    expect(ownerKey(" ? - ")).toBe("");
  });
});

describe("isPlaceholderOwner", () => {
  it.each(["N/A", "n.a.", "?", "", "À déterminer", "a preciser", "Aucun"])("« %s » names nobody", (text) => {
    expect(isPlaceholderOwner(text)).toBe(true);
  });

  it.each(["CA", "Nadia", "Direction"])("« %s » names someone", (text) => {
    expect(isPlaceholderOwner(text)).toBe(false);
  });
});
