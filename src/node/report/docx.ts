/**
 * The report as a .docx (the `docx` package): real heading styles so that Word and LibreOffice
 * show an outline, tables whose header row repeats on each page, a total row in bold. Letter
 * paper, numbered pages, and column widths sized to their text.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportBlock, ReportDocument, HeadingLevel as ReportHeadingLevel } from "../../core/report";
import { progressBar } from "../../core/report";
import { columnWidths, lineCount } from "./columns";
import { lines, xmlSafe } from "./text";

const HEADINGS = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const satisfies Record<ReportHeadingLevel, string>;

const HEADER_FILL = "D9E2F3";
const FOOTER_FILL = "F2F2F2";

/** Québec prints on Letter paper, with one-inch margins (twips). */
const PAGE = { width: 12240, height: 15840, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Arial 9 pt, the tables' text, averages about 100 twips a character; a cell's margins take two. */
const TABLE_CHAR = 100;
const CELL_MARGINS = 2;
/** A row taller than this may break across pages: kept whole, it could not fit on one. */
const MAX_UNSPLIT_LINES = 20;

/** Half-points. */
const BODY_SIZE = 20;
/** The style of every cell's paragraph: one style rather than a size on each of thousands of runs. */
const CELL_STYLE = "TableText";

const heading = (size: number, color: string, before: number) => ({
  run: { size, color, bold: true },
  paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
});

export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: xmlSafe(report.documentName),
    creator: "Boussole",
    styles: {
      default: {
        document: {
          run: { font: "Arial", size: BODY_SIZE, language: { value: languageTag(report) } },
          paragraph: { spacing: { after: 120 } },
        },
        // The title opens a cover page: it sits a third of the way down, as in the HTML report.
        title: {
          run: { size: 52, color: "1F3864", bold: true },
          paragraph: { spacing: { before: 3600, after: 360 } },
        },
        heading1: heading(32, "1F3864", 360),
        heading2: heading(26, "2E5AA7", 280),
        heading3: heading(22, "1F4D78", 200),
      },
      paragraphStyles: [
        {
          id: CELL_STYLE,
          name: "Table Text",
          basedOn: "Normal",
          run: { size: 18 },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        footers: { default: pageFooter(report) },
        children: report.blocks.flatMap(blockElements),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** « Rapport annuel 2024-2025 · 12 » at the foot of each page, so the board can say which page. */
function pageFooter(report: ReportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${xmlSafe(report.title)} · `, size: 16, color: "595959" }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "595959" }),
        ],
      }),
    ],
  });
}

function languageTag(report: ReportDocument): string {
  return report.language === "en" ? "en-CA" : "fr-CA";
}

function blockElements(block: ReportBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
    case "paragraph":
      // A grouping label (« Volet ») introduces the headings after it: it stays with them.
      return block.role === "group"
        ? [
            new Paragraph({
              keepNext: true,
              spacing: { before: 240, after: 0 },
              children: runs(block.text, { bold: true, smallCaps: true, color: "595959" }),
            }),
          ]
        : [new Paragraph({ children: runs(block.text) })];
    case "fields":
      return [
        table(
          block.items.map((item) => [item.label, item.value]),
          { boldFirstColumn: true },
        ),
      ];
    case "table":
      return [
        table([block.columns, ...block.rows, ...(block.footer ? [block.footer] : [])], {
          header: true,
          footer: block.footer !== undefined,
        }),
        // Word merges two tables that touch; an empty paragraph keeps them apart.
        new Paragraph({}),
      ];
    case "progress":
      return [
        new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: `${xmlSafe(block.label)} `, bold: true }),
            new TextRun({ text: progressBar(block.percent), color: "2E7D32" }),
            new TextRun({ text: ` ${block.text}` }),
          ],
        }),
      ];
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

interface RunStyle {
  bold?: boolean;
  smallCaps?: boolean;
  color?: string;
}

/** One run per line of the text, with line breaks between them. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return lines(xmlSafe(text)).map(
    (line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }),
  );
}

interface TableStyle {
  header?: boolean;
  footer?: boolean;
  boldFirstColumn?: boolean;
}

function table(grid: string[][], style: TableStyle): Table {
  const last = grid.length - 1;
  const columnCount = grid.reduce((most, cells) => Math.max(most, cells.length), 1);
  const text = columnWidths(grid, TEXT_WIDTH / TABLE_CHAR - CELL_MARGINS * columnCount);
  const twips = text.map((width) => Math.floor((width + CELL_MARGINS) * TABLE_CHAR));
  const rows = grid.map((cells, rowIndex) => {
    const isHeader = style.header === true && rowIndex === 0;
    const isFooter = style.footer === true && rowIndex === last;
    const fill = isHeader ? HEADER_FILL : isFooter ? FOOTER_FILL : undefined;
    const height = Math.max(...cells.map((cell, c) => lineCount(cell, Math.max(1, Math.floor(text[c])))));
    return new TableRow({
      tableHeader: isHeader,
      // A row cut by a page break reads as two actions; only a very tall row may be cut.
      cantSplit: height <= MAX_UNSPLIT_LINES,
      children: cells.map(
        (cell, columnIndex) =>
          new TableCell({
            shading: fill ? { fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
            children: [
              new Paragraph({
                style: CELL_STYLE,
                children: runs(cell, {
                  bold: isHeader || isFooter || (style.boldFirstColumn === true && columnIndex === 0),
                }),
              }),
            ],
          }),
      ),
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
  });
}
