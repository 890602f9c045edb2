/**
 * The report as Docs API requests (https://developers.google.com/docs/api/reference/rest/v1/documents/request),
 * for one blank Doc, all computed before sending: the document grows at its end, and each
 * insertion's index follows from what was inserted before (structure.ts of the fake documents the
 * arithmetic: a paragraph ends with "\n", a table takes one index for its start, each row, each
 * cell and its end). Text first, in document order (a table's cells filled last cell first, so
 * that no insertion moves an index still to be used), then every style on the final indices.
 */
import {
  BAR_COLOURS,
  BAR_STEPS,
  type Bar,
  barSteps,
  columnWidths,
  type HeadingLevel,
  type ReportBlock,
  type ReportDocument,
  TONES,
  type Tone,
} from "../../core/report";
import type { DocsRequest as Request } from "./docs-types";

type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;

const HEADINGS: Record<HeadingLevel, string> = { 0: "TITLE", 1: "HEADING_1", 2: "HEADING_2", 3: "HEADING_3" };
/** Letter paper with one-inch margins: 6.5 in of text. */
const TEXT_WIDTH_PT = 468;
/** A 9 pt character is about 5 pt wide; each cell's padding takes about two. */
const CHAR_PT = 5;
const CELL_PADDING_CHARS = 2;
const HEADER_FILL = "D9E2F3";
const FOOTER_FILL = "F2F2F2";

export interface DocRequests {
  requests: Request[];
  /** The body's end index once they are applied: the Doc's size, tables' structure included. */
  characters: number;
}

export function reportRequests(report: ReportDocument): DocRequests {
  const writer = new DocWriter();
  for (const block of report.blocks) writer.block(block);
  return { requests: writer.requests(), characters: writer.size() };
}

/** Four decimals tell the 256 levels of a channel apart (1/255 ≈ 0.0039) in a third of the bytes. */
const channel = (hex: string, at: number) =>
  Math.round((Number.parseInt(hex.slice(at, at + 2), 16) / 255) * 1e4) / 1e4;

const rgb = (hex: string) => ({
  color: { rgbColor: { red: channel(hex, 0), green: channel(hex, 2), blue: channel(hex, 4) } },
});

/**
 * The Docs API strips control characters and private-use characters from inserted text, which
 * would shift every index after them: they are shown as « � » instead; "\r" and "\v" are line ends.
 */
export function docText(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\v/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the API strips
      .replace(/[\u0000-\u0008\u000c\u000e-\u001f\ue000-\uf8ff]/g, "\ufffd")
  );
}

interface TableSpec {
  grid: string[][];
  header?: boolean;
  footer?: boolean;
  boldFirstColumn?: boolean;
  chips?: { column: number; tones: Tone[] };
  /** Points per column, when the caller decides (bars); else from the text. */
  widths?: number[];
}

class DocWriter {
  private readonly inserts: Request[] = [];
  private readonly styles: Request[] = [];
  /** The body's end index: a blank Doc is a section break (0–1) and an empty paragraph (1–2). */
  private end = 2;
  /** Whether the body's last paragraph is empty (the next text goes into it). */
  private lastEmpty = true;

  size(): number {
    return this.end;
  }

  requests(): Request[] {
    // The paragraph after a last table keeps the style of the text it was split from.
    if (this.lastEmpty) this.paragraphStyle(this.end - 1, this.end, { namedStyleType: "NORMAL_TEXT" });
    return [...this.inserts, ...this.styles];
  }

  block(block: ReportBlock): void {
    switch (block.kind) {
      case "heading": {
        const [from, to] = this.paragraph(block.text);
        this.paragraphStyle(from, to, {
          namedStyleType: HEADINGS[block.level],
          keepWithNext: true,
          keepLinesTogether: true,
        });
        return;
      }
      case "paragraph": {
        const [from, to] = this.paragraph(block.text);
        this.paragraphStyle(from, to, {
          namedStyleType: "NORMAL_TEXT",
          keepWithNext: block.role === "group",
        });
        if (block.role === "lead")
          this.textStyle(from, to, { fontSize: pt(12), foregroundColor: rgb("404040") });
        if (block.role === "group")
          this.textStyle(from, to, { bold: true, smallCaps: true, foregroundColor: rgb("595959") });
        return;
      }
      case "fields":
        this.table({ grid: block.items.map((item) => [item.label, item.value]), boldFirstColumn: true });
        return;
      case "table":
        this.table({
          grid: [block.columns, ...block.rows, ...(block.footer ? [block.footer] : [])],
          header: true,
          footer: block.footer !== undefined,
          chips: block.chips,
        });
        return;
      case "keyFigures":
        this.keyFigures(block.items);
        return;
      case "bars":
        this.bars(block.caption, block.bars);
        return;
      case "contents":
        // A Doc shows its outline (the headings) beside the text: no contents to write.
        return;
      case "pageBreak":
        this.inserts.push({ insertPageBreak: { location: { index: this.end - 1 } } });
        this.end += 2;
        this.lastEmpty = true;
        return;
    }
  }

  /** Appends a paragraph; returns its range (its "\n" included). */
  private paragraph(raw: string): [number, number] {
    const text = docText(raw);
    if (this.lastEmpty) {
      const from = this.end - 1;
      if (text !== "") this.inserts.push({ insertText: { location: { index: from }, text } });
      this.end += text.length;
      this.lastEmpty = false;
      return [from, this.end];
    }
    const from = this.end;
    this.inserts.push({ insertText: { location: { index: this.end - 1 }, text: `\n${text}` } });
    this.end += text.length + 1;
    return [from, this.end];
  }

  /**
   * Inserts the table at the end of the last paragraph: the API puts a newline before it, so the
   * table starts at the body's old end, and the last paragraph's "\n" becomes the empty paragraph
   * after it, where the next text goes.
   */
  private table(spec: TableSpec): { start: number; cells: Array<Array<[number, number]>> } {
    const grid = spec.grid.map((row) => row.map(docText));
    const rows = grid.length;
    const columns = grid.reduce((most, row) => Math.max(most, row.length), 1);
    const start = this.end;
    this.inserts.push({ insertTable: { rows, columns, location: { index: this.end - 1 } } });
    // In the empty table, cell (r, c)'s paragraph starts at start + 3 + r (1 + 2 columns) + 2 c.
    for (let r = rows - 1; r >= 0; r--)
      for (let c = columns - 1; c >= 0; c--) {
        const text = grid[r][c] ?? "";
        if (text !== "")
          this.inserts.push({
            insertText: { location: { index: start + 3 + r * (1 + 2 * columns) + 2 * c }, text },
          });
      }
    // The cells' final ranges, their text in place.
    const cells: Array<Array<[number, number]>> = [];
    let index = start + 1;
    for (let r = 0; r < rows; r++) {
      index += 1;
      const row: Array<[number, number]> = [];
      for (let c = 0; c < columns; c++) {
        index += 1;
        const length = (grid[r][c] ?? "").length + 1;
        row.push([index, index + length]);
        index += length;
      }
      cells.push(row);
    }
    this.end = index + 2;
    this.lastEmpty = true;
    this.tableStyles(spec, start, cells, columns);
    return { start, cells };
  }

  private tableStyles(
    spec: TableSpec,
    start: number,
    cells: Array<Array<[number, number]>>,
    columns: number,
  ): void {
    const first = cells[0][0][0];
    const bottom = cells[cells.length - 1];
    const last = bottom[bottom.length - 1][1];
    this.textStyle(first, last, { fontSize: pt(9) });
    this.paragraphStyle(first, last, { namedStyleType: "NORMAL_TEXT", spaceBelow: pt(0) });
    const widths =
      spec.widths ??
      columnWidths(spec.grid, TEXT_WIDTH_PT / CHAR_PT - CELL_PADDING_CHARS * columns, spec).map(
        (chars) => (chars + CELL_PADDING_CHARS) * CHAR_PT,
      );
    for (const [column, width] of widths.entries())
      this.styles.push({
        updateTableColumnProperties: {
          tableStartLocation: { index: start },
          columnIndices: [column],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(Math.max(5, Math.floor(width))) },
          fields: "widthType,width",
        },
      });
    const lastRow = cells.length - 1;
    if (spec.header) {
      this.rowStyle(start, cells, 0, HEADER_FILL, columns);
      this.styles.push({
        pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 1 },
      });
    }
    if (spec.footer) this.rowStyle(start, cells, lastRow, FOOTER_FILL, columns);
    if (spec.boldFirstColumn) for (const row of cells) this.textStyle(row[0][0], row[0][1], { bold: true });
    if (spec.chips) {
      const { column, tones } = spec.chips;
      tones.forEach((tone, i) => {
        const row = i + (spec.header ? 1 : 0);
        this.cellFill(start, row, column, 1, TONES[tone].fill);
        this.textStyle(cells[row][column][0], cells[row][column][1], {
          foregroundColor: rgb(TONES[tone].text),
        });
      });
    }
  }

  private rowStyle(
    start: number,
    cells: Array<Array<[number, number]>>,
    row: number,
    fill: string,
    columns: number,
  ): void {
    this.cellFill(start, row, 0, columns, fill);
    this.textStyle(cells[row][0][0], cells[row][columns - 1][1], { bold: true });
  }

  private cellFill(
    start: number,
    row: number,
    column: number,
    span: number,
    fill: string,
    borders = false,
  ): void {
    const white = { color: rgb("FFFFFF").color, width: pt(2), dashStyle: "SOLID" as const };
    this.styles.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: start }, rowIndex: row, columnIndex: column },
          rowSpan: 1,
          columnSpan: span,
        },
        tableCellStyle: {
          backgroundColor: rgb(fill),
          ...(borders
            ? { borderTop: white, borderBottom: white, borderLeft: white, borderRight: white }
            : {}),
        },
        fields: borders ? "backgroundColor,borderTop,borderBottom,borderLeft,borderRight" : "backgroundColor",
      },
    });
  }

  /** One row of cells, each a big number over its label, in its tone's colours. */
  private keyFigures(items: Array<{ value: string; label: string; tone: Tone }>): void {
    const width = TEXT_WIDTH_PT / Math.max(1, items.length);
    const { start, cells } = this.table({
      grid: [items.map((item) => `${item.value}\n${item.label}`)],
      widths: items.map(() => width),
    });
    items.forEach((item, column) => {
      const [from, to] = cells[0][column];
      const valueEnd = from + docText(item.value).length;
      this.cellFill(start, 0, column, 1, item.tone === "none" ? "EDEDED" : TONES[item.tone].fill, true);
      this.paragraphStyle(from, to, { alignment: "CENTER" });
      this.textStyle(from, to, { foregroundColor: rgb(TONES[item.tone].text) });
      this.textStyle(from, valueEnd, { bold: true, fontSize: pt(22) });
    });
  }

  /** The caption, then a table: the label, BAR_STEPS narrow cells (the first ones filled), the percentage. */
  private bars(caption: string, bars: Bar[]): void {
    const [from, to] = this.paragraph(caption);
    this.paragraphStyle(from, to, { namedStyleType: "NORMAL_TEXT", keepWithNext: true });
    this.textStyle(from, to, { bold: true });
    const label = Math.floor(TEXT_WIDTH_PT * 0.5);
    const text = 50;
    const step = Math.floor((TEXT_WIDTH_PT - label - text) / BAR_STEPS);
    const { start } = this.table({
      grid: bars.map((bar) => [bar.label, ...Array.from({ length: BAR_STEPS }, () => ""), bar.text]),
      widths: [label, ...Array.from({ length: BAR_STEPS }, () => step), text],
    });
    bars.forEach((bar, row) => {
      const filled = barSteps(bar.percent);
      if (filled > 0) this.cellFill(start, row, 1, filled, BAR_COLOURS.filled, true);
      if (filled < BAR_STEPS)
        this.cellFill(start, row, 1 + filled, BAR_STEPS - filled, BAR_COLOURS.empty, true);
    });
  }

  private paragraphStyle(from: number, to: number, style: ParagraphStyle): void {
    this.styles.push({
      updateParagraphStyle: {
        range: { startIndex: from, endIndex: to },
        paragraphStyle: style,
        fields: Object.keys(style).join(","),
      },
    });
  }

  private textStyle(from: number, to: number, style: TextStyle): void {
    if (to <= from) return;
    this.styles.push({
      updateTextStyle: {
        range: { startIndex: from, endIndex: to },
        textStyle: style,
        fields: Object.keys(style).join(","),
      },
    });
  }
}

const pt = (magnitude: number) => ({ magnitude, unit: "PT" as const });
