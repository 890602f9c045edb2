/**
 * The report as a .docx (the `docx` package): real heading styles so that Word and LibreOffice
 * show an outline, tables whose header row repeats on each page, a total row in bold.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportBlock, ReportDocument, HeadingLevel as ReportHeadingLevel } from "../../core/report";
import { progressBar } from "../../core/report";
import { lines, xmlSafe } from "./text";

const HEADINGS = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const satisfies Record<ReportHeadingLevel, string>;

const HEADER_FILL = "D9E2F3";
const FOOTER_FILL = "F2F2F2";

export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: xmlSafe(report.documentName),
    creator: "Boussole",
    styles: { default: { document: { run: { language: { value: languageTag(report) } } } } },
    sections: [{ children: report.blocks.flatMap(blockElements) }],
  });
  return Packer.toBuffer(document);
}

function languageTag(report: ReportDocument): string {
  return report.language === "en" ? "en-CA" : "fr-CA";
}

function blockElements(block: ReportBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.text) })];
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

/** One run per line of the text, with line breaks between them. */
function runs(text: string, bold = false): TextRun[] {
  return lines(xmlSafe(text)).map(
    (line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }),
  );
}

interface TableStyle {
  header?: boolean;
  footer?: boolean;
  boldFirstColumn?: boolean;
}

function table(grid: string[][], style: TableStyle): Table {
  const last = grid.length - 1;
  const rows = grid.map((cells, rowIndex) => {
    const isHeader = style.header === true && rowIndex === 0;
    const isFooter = style.footer === true && rowIndex === last;
    const fill = isHeader ? HEADER_FILL : isFooter ? FOOTER_FILL : undefined;
    return new TableRow({
      tableHeader: isHeader,
      children: cells.map(
        (cell, columnIndex) =>
          new TableCell({
            shading: fill ? { fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
            children: [
              new Paragraph({
                children: runs(
                  cell,
                  isHeader || isFooter || (style.boldFirstColumn === true && columnIndex === 0),
                ),
              }),
            ],
          }),
      ),
    });
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}
