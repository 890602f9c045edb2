/**
 * Characters outside the BMP survive an .xlsx written and read back, wherever they fall in the
 * file: JSZip used to cut ExcelJS's XML at 16 KB boundaries between the two halves of an emoji
 * and write U+FFFD (src/node/files/zip-utf8.ts; found by tests/node/hostile/round-trip.test.ts).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile, writeXlsxFile } from "../../../src/node/files/workbook";

const dir = mkdtempSync(join(tmpdir(), "boussole-unicode-"));

test.each([0, 1, 2, 3])(
  "emoji after a %i-character prefix, over several 16 KB chunks, are kept",
  async (prefix) => {
    const text = `${"x".repeat(prefix)}${"é🧭\n𠮷".repeat(12_000)}`;
    const path = join(dir, `emoji-${prefix}.xlsx`);
    await writeXlsxFile(path, [{ name: "Notes 🧭", values: [["Titre 👩🏽‍💻", text]] }], "UTC");
    const [sheet] = (await readWorkbookFile(path)).sheets;
    expect(sheet.name).toBe("Notes 🧭");
    expect(sheet.values[0][0]).toBe("Titre 👩🏽‍💻");
    expect(sheet.values[0][1] === text).toBe(true); // not toBe: a failure would print 60,000 characters
  },
);
