/**
 * A .csv as people's spreadsheets save it. Excel in French (Québec and France) writes `;`
 * separators and, unless told otherwise, Windows-1252; others write `,` or tabs, UTF-8 with or
 * without a BOM, or UTF-16 with a BOM. Both are detected, never guessed at random:
 * - the encoding from the BOM, else UTF-8 when the bytes are valid UTF-8 (text in another 8-bit
 *   encoding practically never is), else Windows-1252 — Excel's, and a superset of Latin-1. The
 *   WHATWG decoders built into Node (`TextDecoder`) read all four, so no statistical detector is
 *   needed for this closed set;
 * - the separator as the one of `,` `;` tab that parses (csv-parse, RFC 4180 quoting) into the
 *   most rows of several cells.
 * A file that is not text (NUL bytes, control characters) or not CSV (a quote never closed) is
 * refused with what was wrong and where.
 */
import { parse } from "csv-parse/sync";

export type CsvEncoding = "UTF-8" | "UTF-8 (BOM)" | "UTF-16LE (BOM)" | "UTF-16BE (BOM)" | "Windows-1252";
export type CsvSeparator = "," | ";" | "\t";

/** What was detected, for `--explain`. */
export interface CsvFormat {
  encoding: CsvEncoding;
  separator: CsvSeparator;
}

/**
 * Why a .csv cannot be read, and where: `at` is the byte of the first NUL (binary), else the line;
 * `excerpt` the beginning of the record whose quote never closes.
 */
export class CsvError extends Error {
  constructor(
    readonly problem: "binary" | "notText" | "badQuotes",
    readonly at: number,
    readonly excerpt = "",
  ) {
    super(`${problem}: ${at}`);
  }
}

const SEPARATORS: readonly CsvSeparator[] = [",", ";", "\t"];
/** The separator is judged on the first lines: enough for a header and a few rows. */
const SAMPLE_LINES = 200;
/** C0 controls other than tab and line breaks, and C1 controls: a stray one is kept, many mean binary. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;
const MAX_CONTROL_SHARE = 0.01;

export function readCsv(bytes: Uint8Array): { rows: string[][]; format: CsvFormat } {
  const { text, encoding } = decode(bytes);
  const controls = [...text.matchAll(CONTROL)];
  if (controls.length > 0 && controls.length >= text.length * MAX_CONTROL_SHARE) {
    const first = controls[0];
    const line = text.slice(0, first.index).split("\n").length;
    throw new CsvError("notText", line);
  }
  const separator = detectSeparator(text);
  return { rows: parseRows(text, separator), format: { encoding, separator } };
}

function decode(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0xef, 0xbb, 0xbf))
    return { text: decodeAs("utf-8", bytes.subarray(3)), encoding: "UTF-8 (BOM)" };
  if (starts(0xff, 0xfe))
    return { text: decodeAs("utf-16le", bytes.subarray(2)), encoding: "UTF-16LE (BOM)" };
  if (starts(0xfe, 0xff))
    return { text: decodeAs("utf-16be", bytes.subarray(2)), encoding: "UTF-16BE (BOM)" };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CsvError("binary", nul);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: decodeAs("windows-1252", bytes), encoding: "Windows-1252" };
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** The separator that cuts the most of the first lines into several cells; `,` when none does. */
export function detectSeparator(text: string): CsvSeparator {
  // Quotes that do not fit a separator disqualify it; stray quotes (« le "bulletin" ») are
  // accepted only when no separator fits them.
  return bestSeparator(text, false) ?? bestSeparator(text, true) ?? ",";
}

function bestSeparator(text: string, relaxQuotes: boolean): CsvSeparator | null {
  let best: { separator: CsvSeparator; rows: number; cells: number } | null = null;
  for (const separator of SEPARATORS) {
    let rows: string[][];
    try {
      rows = parse(text, { ...options(separator), relax_quotes: relaxQuotes, to_line: SAMPLE_LINES });
    } catch {
      continue;
    }
    const split = rows.filter((row) => row.length > 1);
    const cells = split.reduce((n, row) => n + row.length, 0);
    if (!best || split.length > best.rows || (split.length === best.rows && cells > best.cells))
      best = { separator, rows: split.length, cells };
  }
  return best && best.rows > 0 ? best.separator : null;
}

const options = (separator: CsvSeparator) => ({
  delimiter: separator,
  relax_column_count: true,
  skip_empty_lines: false,
});

function parseRows(text: string, separator: CsvSeparator): string[][] {
  try {
    return parse(text, { ...options(separator), relax_quotes: true });
  } catch (error) {
    const line = unclosedLine(text, separator, (error as { records?: number }).records ?? 0);
    const start = text.split(/\r\n|\n|\r/)[line - 1] ?? "";
    throw new CsvError("badQuotes", line, start.length > 60 ? `${start.slice(0, 60)}…` : start);
  }
}

/** The line where the record that never closes its quote starts: after the `complete` ones. */
function unclosedLine(text: string, separator: CsvSeparator, complete: number): number {
  if (complete === 0) return 1;
  const records = parse(text, {
    ...options(separator),
    relax_quotes: true,
    info: true,
    to: complete,
  }) as unknown as Array<{
    info: { lines: number };
  }>;
  return records[records.length - 1].info.lines + 1;
}
