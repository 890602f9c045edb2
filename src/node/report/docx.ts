/**
 * The report as a .docx, written as WordprocessingML text and zipped as it is written
 * (zip.ts, over yazl). Real heading styles with outline levels (Word's navigation pane, LibreOffice's
 * navigator), a table of contents, tables whose header row repeats on each page and stays with
 * its heading, status chips and key figures in the model's colours, progress bars as shaded
 * cells, column widths from their content, Letter paper with numbered pages.
 *
 * Why not the `docx` package: it builds an object per run, paragraph and cell, then serializes the
 * whole tree at once; 1,000 actions took 2.5 s, and 50,000 ran out of memory (README, « Rapport »).
 */
import {
  BAR_COLOURS,
  BAR_STEPS,
  type Bar,
  barSteps,
  columnWidths,
  lineCount,
  type ReportBlock,
  type ReportDocument,
  TONES,
  type Tone,
} from "../../core/report";
import {
  CONTENT_TYPES,
  coreProperties,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  DOCUMENT_RELS,
  footer,
  ROOT_RELS,
  SETTINGS,
  styles,
  TEXT_WIDTH,
} from "./docx-parts";
import { escapeXml, lines } from "./text";
import { zipParts } from "./zip";

export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  return zipParts([
    ["[Content_Types].xml", [CONTENT_TYPES]],
    ["_rels/.rels", [ROOT_RELS]],
    ["docProps/core.xml", [coreProperties(report.documentName)]],
    ["word/_rels/document.xml.rels", [DOCUMENT_RELS]],
    ["word/styles.xml", [styles(report.language === "en" ? "en-CA" : "fr-CA")]],
    ["word/settings.xml", [SETTINGS]],
    ["word/footer1.xml", [footer(report.title)]],
    ["word/document.xml", documentXml(report)],
  ]);
}

const HEADER_FILL = "D9E2F3";
/**
 * Headers in 8 pt bold: their words keep their width even where Arial is missing and LibreOffice
 * falls back to the wider DejaVu Sans (columns.ts counts them 1.1 characters of 9 pt each).
 */
const HEADER_SIZE = '<w:sz w:val="16"/><w:szCs w:val="16"/>';
const FOOTER_FILL = "F2F2F2";
/** Arial 9 pt, the tables' text, averages about 100 twips a character; a cell's margins take two. */
const TABLE_CHAR = 100;
const CELL_MARGINS = 2;
/** A row taller than this may break across pages: kept whole, it could not fit on one. */
const MAX_UNSPLIT_LINES = 20;
const HEADING_STYLES = { 0: "Title", 1: "Heading1", 2: "Heading2", 3: "Heading3" } as const;

/** The body, one block at a time: a generator, so the zip writer deflates it as it comes. */
function* documentXml(report: ReportDocument): Generator<string> {
  const outline = report.blocks.flatMap((block, index) =>
    block.kind === "heading" && (block.level === 1 || block.level === 2)
      ? [{ level: block.level, text: block.text, anchor: anchorOf(index) }]
      : [],
  );
  yield DOCUMENT_OPEN;
  for (const [index, block] of report.blocks.entries()) {
    if (block.kind === "contents") yield contents(block.title, outline);
    else yield blockXml(block, index);
  }
  yield DOCUMENT_CLOSE;
}

const anchorOf = (index: number) => `section${index}`;

function blockXml(block: Exclude<ReportBlock, { kind: "contents" }>, index: number): string {
  switch (block.kind) {
    case "heading": {
      const text = runs(block.text);
      const bookmarked =
        block.level === 0
          ? text
          : `<w:bookmarkStart w:id="${index}" w:name="${anchorOf(index)}"/>${text}<w:bookmarkEnd w:id="${index}"/>`;
      return paragraph(`<w:pStyle w:val="${HEADING_STYLES[block.level]}"/>`, bookmarked);
    }
    case "paragraph":
      if (block.role === "group")
        // A grouping label (« Volet ») introduces the headings after it: it stays with them.
        return paragraph(
          '<w:keepNext/><w:spacing w:before="240" w:after="0"/>',
          runs(block.text, '<w:b/><w:smallCaps/><w:color w:val="595959"/>'),
        );
      return paragraph(block.role === "lead" ? '<w:pStyle w:val="Subtitle"/>' : "", runs(block.text));
    case "fields":
      return table(
        block.items.map((item) => [item.label, item.value]),
        { boldFirstColumn: true },
      );
    case "table":
      return table([block.columns, ...block.rows, ...(block.footer ? [block.footer] : [])], {
        header: true,
        footer: block.footer !== undefined,
        chips: block.chips,
      });
    case "keyFigures":
      return keyFigures(block.items);
    case "bars":
      return bars(block.caption, block.bars);
    case "pageBreak":
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  }
}

function paragraph(properties: string, content: string): string {
  return `<w:p>${properties === "" ? "" : `<w:pPr>${properties}</w:pPr>`}${content}</w:p>`;
}

/** The text as one run, its line breaks as `<w:br/>`. */
function runs(text: string, properties = ""): string {
  const body = lines(text)
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join("<w:br/>");
  return `<w:r>${properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`}${body}</w:r>`;
}

/**
 * The contents: one paragraph per heading of levels 1 and 2, a link to its bookmark and a PAGEREF
 * field for its page. Not wrapped in a TOC field: LibreOffice keeps a TOC field's written result
 * as is (every page « 1 »), while it computes bare PAGEREF fields; Word updates them on opening
 * (settings.xml).
 */
function contents(title: string, outline: Array<{ level: 1 | 2; text: string; anchor: string }>): string {
  const entries = outline.map(
    (entry) =>
      `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/></w:pPr><w:hyperlink w:anchor="${entry.anchor}" w:history="1">${runs(entry.text)}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF ${entry.anchor} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`,
  );
  return paragraph('<w:pStyle w:val="TOCHeading"/>', runs(title)) + entries.join("");
}

const shading = (fill: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;

function cell(width: number, content: string, properties = ""): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${properties}</w:tcPr>${content}</w:tc>`;
}

const BORDERS =
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="999999"/><w:left w:val="single" w:sz="4" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:color="999999"/><w:right w:val="single" w:sz="4" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:color="999999"/></w:tblBorders>';

function tableOpen(widths: number[], borders: string): string {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>${borders}</w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
}

interface TableStyle {
  header?: boolean;
  footer?: boolean;
  boldFirstColumn?: boolean;
  chips?: { column: number; tones: Tone[] };
}

function table(grid: string[][], style: TableStyle): string {
  const last = grid.length - 1;
  const columnCount = grid.reduce((most, cells) => Math.max(most, cells.length), 1);
  const text = columnWidths(grid, TEXT_WIDTH / TABLE_CHAR - CELL_MARGINS * columnCount, {
    header: style.header,
    footer: style.footer,
  });
  const twips = text.map((width) => Math.floor((width + CELL_MARGINS) * TABLE_CHAR));
  const parts = [tableOpen(twips, BORDERS)];
  for (const [rowIndex, cells] of grid.entries()) {
    const isHeader = style.header === true && rowIndex === 0;
    const isFooter = style.footer === true && rowIndex === last;
    const rowFill = isHeader ? HEADER_FILL : isFooter ? FOOTER_FILL : undefined;
    const height = cells.reduce(
      (most, cell, c) => Math.max(most, lineCount(cell, Math.max(1, Math.floor(text[c])))),
      1,
    );
    // A row cut by a page break reads as two actions; only a very tall row may be cut. The header
    // row repeats on each page and stays with the first row (and so with the heading before it).
    const rowProperties = `${height <= MAX_UNSPLIT_LINES ? "<w:cantSplit/>" : ""}${isHeader ? "<w:tblHeader/>" : ""}`;
    parts.push(`<w:tr>${rowProperties === "" ? "" : `<w:trPr>${rowProperties}</w:trPr>`}`);
    const bodyRow = rowIndex - (style.header ? 1 : 0);
    for (const [columnIndex, value] of cells.entries()) {
      const chip =
        !isHeader && !isFooter && style.chips?.column === columnIndex
          ? style.chips.tones[bodyRow]
          : undefined;
      const fill = chip ? TONES[chip].fill : rowFill;
      const bold = isHeader || isFooter || (style.boldFirstColumn === true && columnIndex === 0);
      const runProperties = `${bold ? "<w:b/>" : ""}${chip ? `<w:color w:val="${TONES[chip].text}"/>` : ""}${isHeader ? HEADER_SIZE : ""}`;
      const paragraphProperties = `<w:pStyle w:val="TableText"/>${isHeader ? "<w:keepNext/>" : ""}`;
      parts.push(
        cell(
          twips[columnIndex],
          paragraph(paragraphProperties, runs(value, runProperties)),
          fill ? shading(fill) : "",
        ),
      );
    }
    parts.push("</w:tr>");
  }
  // Word merges two tables that touch; an empty paragraph keeps them apart.
  parts.push('</w:tbl><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>');
  return parts.join("");
}

/** The first page's big numbers: one row of cells, each in its tone's colours. */
function keyFigures(items: Array<{ value: string; label: string; tone: Tone }>): string {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, items.length));
  const white = '<w:tblBorders><w:insideV w:val="single" w:sz="24" w:color="FFFFFF"/></w:tblBorders>';
  const cells = items.map((item) => {
    const colours = TONES[item.tone];
    const value = paragraph(
      '<w:jc w:val="center"/><w:spacing w:before="120" w:after="0"/>',
      runs(item.value, `<w:b/><w:color w:val="${colours.text}"/><w:sz w:val="44"/>`),
    );
    const label = paragraph(
      '<w:jc w:val="center"/><w:spacing w:after="120"/>',
      runs(item.label, `<w:color w:val="${colours.text}"/><w:sz w:val="18"/>`),
    );
    return cell(width, value + label, shading(item.tone === "none" ? "EDEDED" : colours.fill));
  });
  return `${tableOpen(
    items.map(() => width),
    white,
  )}<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join("")}</w:tr></w:tbl><w:p/>`;
}

/** Bars as a table: the label, BAR_STEPS narrow cells of which the filled ones are shaded, the percentage. */
function bars(caption: string, items: Bar[]): string {
  const labelWidth = Math.floor(TEXT_WIDTH * 0.55);
  const textWidth = 900;
  const step = Math.floor((TEXT_WIDTH - labelWidth - textWidth) / BAR_STEPS);
  const widths = [labelWidth, ...Array.from({ length: BAR_STEPS }, () => step), textWidth];
  const gap =
    '<w:tcBorders><w:top w:val="single" w:sz="24" w:color="FFFFFF"/><w:bottom w:val="single" w:sz="24" w:color="FFFFFF"/></w:tcBorders>';
  const rows = items.map((bar) => {
    const filled = barSteps(bar.percent);
    const span = (count: number, fill: string) =>
      count === 0
        ? ""
        : cell(
            step * count,
            paragraph('<w:pStyle w:val="TableText"/>', ""),
            `<w:gridSpan w:val="${count}"/>${gap}${shading(fill)}`,
          );
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(
      labelWidth,
      paragraph('<w:pStyle w:val="TableText"/>', runs(bar.label)),
    )}${span(filled, BAR_COLOURS.filled)}${span(BAR_STEPS - filled, BAR_COLOURS.empty)}${cell(
      textWidth,
      paragraph('<w:pStyle w:val="TableText"/><w:jc w:val="right"/>', runs(bar.text, "<w:b/>")),
    )}</w:tr>`;
  });
  const heading = paragraph('<w:keepNext/><w:spacing w:before="240"/>', runs(caption, "<w:b/>"));
  return `${heading}${tableOpen(widths, "")}${rows.join("")}</w:tbl><w:p/>`;
}
