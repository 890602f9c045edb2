import { span, splitOnEt, splitOnSeparators, wholeCell } from "../../../src/core/owners/split";

const texts = (cell: string) => splitOnSeparators(cell).map((piece) => piece.text);

describe("splitOnSeparators", () => {
  it("cuts on + , ; / & and line breaks, trimming and skipping blank pieces", () => {
    expect(texts(" A + B,C ;D / E&F\nG\r\nH ,, + ")).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
  });

  it("keeps a slash that writes a feminine ending", () => {
    expect(texts("Directeur/trice générale / CA")).toEqual(["Directeur/trice générale", "CA"]);
    expect(texts("Agent/e + Coordonnateur/rice")).toEqual(["Agent/e", "Coordonnateur/rice"]);
  });

  it("keeps offsets that point back into the cell", () => {
    const cell = "  CA +\tDirection générale ";
    for (const piece of splitOnSeparators(cell)) expect(cell.slice(piece.start, piece.end)).toBe(piece.text);
  });
});

describe("splitOnEt and span", () => {
  it("cuts at « et » as a word only, and rejoins any run of pieces", () => {
    const cell = "CA + DG et Agent de projet ET Coordination";
    const [, second] = splitOnSeparators(cell);
    const parts = splitOnEt(second);
    expect(parts.map((part) => part.text)).toEqual(["DG", "Agent de projet", "Coordination"]);
    for (const part of parts) expect(cell.slice(part.start, part.end)).toBe(part.text);
    expect(span(second, parts[1], parts[2]).text).toBe("Agent de projet ET Coordination");
    expect(span(wholeCell(cell), splitOnSeparators(cell)[0], parts[0]).text).toBe("CA + DG");
  });

  it("does not cut inside a word", () => {
    expect(splitOnEt(wholeCell("Comité et projets")).length).toBe(2);
    expect(splitOnEt(wholeCell("Budget etc")).length).toBe(1);
  });
});
