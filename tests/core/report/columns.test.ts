import { columnWidths, lineCount } from "../../../src/core/report";

const total = (widths: number[]) => widths.reduce((sum, width) => sum + width, 0);

describe("columnWidths", () => {
  const actions = [
    ["Action", "Responsables", "Échéance", "Notes"],
    ["1.1.2 Faire un plan d'interventions qui nous permettrait d'évaluer nos stratégies", "CA", "2020", ""],
    [
      "1.1.3 Établir un calendrier de priorités au niveau des actions à poser",
      "Olivier Roy",
      "Mars 2020",
      "",
    ],
  ];

  test("fills the room given, the long titles taking what the short columns leave", () => {
    const widths = columnWidths(actions, 80, { header: true });
    expect(total(widths)).toBeCloseTo(80);
    const [action, owners, deadline, notes] = widths;
    expect(action).toBeGreaterThan(40);
    // Every header word keeps its whole bold width (« Responsables ») and one character more.
    expect(owners).toBeGreaterThanOrEqual("Responsables".length * 1.1 + 1);
    expect(deadline).toBeGreaterThanOrEqual("Échéance".length * 1.1 + 1);
    expect(notes).toBeCloseTo("Notes".length * 1.1 + 1);
  });

  test("short columns that all fit share the room in proportion", () => {
    const widths = columnWidths(
      [
        ["Ligne", "Message"],
        ["12", "Échéance à préciser"],
      ],
      50,
    );
    expect(total(widths)).toBeCloseTo(50);
    // « Message » wants its cells' mean length (7 and 19: 13), « Ligne » its longest word and one more (6).
    expect(widths[1] / widths[0]).toBeCloseTo(13 / 6);
  });

  test("a long word in a cell may wrap, a header word never: it claims its full width", () => {
    const [withHeader] = columnWidths([["Avancement"], ["x"]], 100, { header: true });
    expect(withHeader).toBeGreaterThanOrEqual("Avancement".length * 1.1 + 1);
    // A body cell's long word claims 12 characters at least, not its 37.
    expect(columnWidths([["a", "https://exemple.org/un-tres-long-lien"]], 14)).toEqual([2, 12]);
  });

  test("too many long words for the room: each column shrinks in proportion", () => {
    const widths = columnWidths([["Avertissement", "Responsables", "Échéancier"]], 20);
    expect(total(widths)).toBeCloseTo(20);
    expect(widths[0]).toBeGreaterThan(widths[2]);
  });

  test("a pasted text of 50,000 characters neither overflows the call stack nor claims the page", () => {
    const huge = "Très long ".repeat(5_000);
    const widths = columnWidths(
      [
        ["Action", "Notes"],
        ["1", huge],
      ],
      80,
    );
    expect(total(widths)).toBeCloseTo(80);
    expect(widths[1]).toBeLessThan(80);
  });

  test("ragged rows and an empty grid", () => {
    expect(columnWidths([["a"], ["b", "c"]], 10)).toHaveLength(2);
    expect(columnWidths([], 10)).toEqual([]);
  });
});

describe("lineCount", () => {
  test("counts wrapped lines and line breaks", () => {
    expect(lineCount("", 10)).toBe(1);
    expect(lineCount("x".repeat(25), 10)).toBe(3);
    expect(lineCount("court\nx".repeat(2), 10)).toBe(3);
  });
});
