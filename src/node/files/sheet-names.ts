/**
 * Sheet names as an .xlsx can hold them. Google Sheets accepts names that Excel (and ExcelJS,
 * which enforces Excel's rules) refuses: two names that differ by case only (« Actions » and
 * « actions »), `* ? : \ / [ ]`, a quote at either end, « History », more than 31 characters.
 * Refusing them would lose the whole workbook; each such name is changed as little as possible
 * instead, and every cell is kept.
 */
import JSZip from "jszip";

const FORBIDDEN = /[*?:\\/[\]]/g;
const MAX_LENGTH = 31;

export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = truncate(
      name
        .replace(FORBIDDEN, "_")
        .replace(/^'+|'+$/g, "")
        .trim() || "Feuille",
    );
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()) || candidate.toLowerCase() === "history"; n++) {
      const suffix = ` (${n})`;
      candidate = `${truncate(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** At most `max` UTF-16 units, never cutting an emoji in two. */
function truncate(text: string, max = MAX_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const SHEET_NAME = /(<sheet\b[^>]*?\bname=")([^"]*)(")/g;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const fromXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]);
const toXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The .xlsx with its sheets renamed as `excelSheetNames` does (in xl/workbook.xml), for a file
 * that ExcelJS refuses to load (« Worksheet name already exists »); null when no name changes.
 */
export async function withExcelSheetNames(bytes: Uint8Array): Promise<Buffer | null> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) return null;
  const xml = await part.async("string");
  const names = [...xml.matchAll(SHEET_NAME)].map((match) => fromXml(match[2]));
  const fixed = excelSheetNames(names);
  if (fixed.every((name, i) => name === names[i])) return null;
  let i = 0;
  zip.file(
    "xl/workbook.xml",
    xml.replace(SHEET_NAME, (_, open, _name, close) => `${open}${toXml(fixed[i++])}${close}`),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
