/**
 * Issue 14 §5, decided in the core: where the sheets go to Google Sheets (`cellLimit`), a text longer
 * than a cell holds is written cut, never mid-surrogate pair, and said with its sheet, its cell and
 * where the whole text stays; without a limit (the CLI's local files) the text is written whole.
 */
import type { SheetGrid } from "../../../src/core/cells";
import { cutText } from "../../../src/core/sheets/cell-limit";
import { planStructure } from "../../../src/core/sheets/structure-plan";

const LIMIT = 50_000;

function run(sheets: SheetGrid[], more: { cellLimit?: number; language?: "fr" | "en" } = {}) {
  return planStructure({
    workbook: { sheets, timeZone: "America/Toronto" },
    sheetNames: sheets.map((s) => s.name),
    language: more.language ?? "fr",
    today: "2026-12-03",
    cellLimit: more.cellLimit,
  });
}

/** One action whose description is `description`, and its notes, `notes`. */
const board = (description: string, notes = "Court"): SheetGrid => ({
  name: "Plan 2026",
  values: [
    ["Orientation", "Objectif", "Action", "Description", "Notes"],
    ["1. Vie associative", "1.1 Participation", "Tenir l'AGA", description, notes],
  ],
});

/** Every text cell of the Actions sheet about to be written, with its A1 position. */
function actionTexts(result: ReturnType<typeof run>): { a1: string; text: string }[] {
  const actions = result.sheets.find((s) => s.name === "Actions");
  return (actions?.cells ?? []).flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell.kind === "text" ? [{ a1: `${String.fromCharCode(65 + c)}${r + 1}`, text: cell.text }] : [],
    ),
  );
}

describe("cutText", () => {
  it("keeps a text at the limit, cuts a longer one to the limit", () => {
    expect(cutText("abc", 3)).toBe("abc");
    expect(cutText("abcd", 3)).toBe("abc");
  });

  it("never leaves half of a surrogate pair", () => {
    // "a😀" is 3 UTF-16 units: cut at 2 would keep the emoji's first half only.
    expect(cutText("a😀b", 2)).toBe("a");
    expect(cutText("a😀b", 3)).toBe("a😀");
    const emoji = "😀".repeat(30_000);
    expect(cutText(`x${emoji}`, LIMIT)).toHaveLength(LIMIT - 1);
    expect(cutText(emoji, LIMIT)).toHaveLength(LIMIT);
  });
});

describe("planStructure with Google Sheets' cell limit", () => {
  it("writes a long description cut to 50,000 characters and says where, in French", () => {
    const long = `${"bilan ".repeat(12_000)}fin.`;
    const result = run([board(long)], { cellLimit: LIMIT });
    const cut = actionTexts(result).filter(({ text }) => text.length >= LIMIT);
    expect(cut.map(({ a1, text }) => [a1, text.length, text === long.slice(0, LIMIT)])).toEqual([
      [expect.any(String), LIMIT, true],
    ]);
    const notes = result.messages.filter((m) => m.includes("coupé"));
    expect(notes).toEqual([
      `« Actions », cellule ${cut[0].a1} : ce texte de 72\u00a0004 caractères a été coupé à 50\u00a0000, le maximum que Google Sheets garde dans une cellule. Rien n'est perdu : le texte entier reste dans la feuille « Plan 2026 », qui n'est jamais modifiée. Raccourcissez-le là, ou mettez-le dans un document et donnez-en le lien.`,
    ]);
    // Nothing else is cut or said: the short notes are whole.
    expect(actionTexts(result).some(({ text }) => text === "Court")).toBe(true);
  });

  it("says each cell cut, in English when asked", () => {
    const result = run([board("a".repeat(LIMIT + 1), "b".repeat(LIMIT + 2))], {
      cellLimit: LIMIT,
      language: "en",
    });
    const cut = actionTexts(result).filter(({ text }) => text.length === LIMIT);
    expect(cut).toHaveLength(2);
    const notes = result.messages.filter((m) => m.includes("was cut to 50,000"));
    expect(notes.map((m) => m.slice(0, m.indexOf(":")))).toEqual(
      cut.map(({ a1 }) => `“Actions”, cell ${a1}`),
    );
    expect(notes[0]).toContain("the whole text stays in the sheet “Plan 2026”, which is never changed");
  });

  it("a text at the limit is neither cut nor said", () => {
    const result = run([board("a".repeat(LIMIT))], { cellLimit: LIMIT });
    expect(actionTexts(result).some(({ text }) => text.length === LIMIT)).toBe(true);
    expect(result.messages.some((m) => m.includes("coupé"))).toBe(false);
  });

  it("without a limit (a local file) the text is written whole", () => {
    const long = `${"bilan ".repeat(12_000)}fin.`;
    const result = run([board(long)]);
    expect(actionTexts(result).some(({ text }) => text === long)).toBe(true);
    expect(result.messages.some((m) => m.includes("coupé"))).toBe(false);
  });

  // What is remembered as written is the cut text: the row is not taken for one a person edited.
  it("running again after the source changed updates the row, with no conflict", () => {
    const long = `${"bilan ".repeat(12_000)}fin.`;
    const first = run([board(long)], { cellLimit: LIMIT });
    const sheets: SheetGrid[] = [
      board(long, "Modifié"),
      ...first.sheets.map((s) => ({
        name: s.name,
        values: s.cells.map((row) => row.map((cell) => (cell.kind === "text" ? cell.text : ""))),
      })),
    ];
    const again = planStructure({
      workbook: { sheets, timeZone: "America/Toronto" },
      sheetNames: sheets.map((s) => s.name),
      language: "fr",
      today: "2026-12-03",
      source: "Plan 2026",
      written: first.written,
      cellLimit: LIMIT,
    });
    expect(again.conflicts).toEqual([]);
    expect(actionTexts(again).map(({ text }) => text)).toContain("Modifié");
  });
});
