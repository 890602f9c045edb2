/**
 * The report as one self-contained, print-friendly HTML page. Every text comes from the plan or
 * the catalogue and is escaped; nothing is loaded from elsewhere. Bars are inline SVG, status
 * chips and key figures take the model's colours (TONES), the same as in the .docx and the Doc.
 */
import {
  BAR_COLOURS,
  type Bar,
  type ReportBlock,
  type ReportDocument,
  TONES,
  type Tone,
} from "../../core/report";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.4;
  color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1.title { font-size: 2.2rem; margin: 4rem 0 .5rem; color: #1f3864; }
p.lead { font-size: 1.15rem; margin: .2rem 0; color: #404040; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #2e5aa7; padding-bottom: .2rem; margin-top: 2rem; color: #1f3864; }
h2 { font-size: 1.3rem; margin-top: 1.6rem; color: #2e5aa7; }
h3 { font-size: 1.1rem; margin-top: 1.2rem; color: #1f4d78; }
p, td, dd { white-space: pre-wrap; overflow-wrap: anywhere; }
th { overflow-wrap: normal; word-break: keep-all; hyphens: manual; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #d9e2f3; }
tfoot td { background: #f2f2f2; font-weight: bold; }
table.fields th { background: none; width: 14rem; }
.chip { display: inline-block; border-radius: .6rem; padding: 0 .5rem; font-size: .85rem; }
.figures { display: flex; gap: .6rem; margin: 1.5rem 0; }
.figure { flex: 1; border-radius: .4rem; padding: .6rem; text-align: center; border: 1px solid #ccc; }
.figure .value { display: block; font-size: 2rem; font-weight: bold; }
table.bars td, table.bars th { border: none; padding: .2rem .4rem; }
table.bars caption { text-align: left; font-weight: bold; padding: .3rem 0; }
table.bars td.bar { width: 45%; }
table.bars td:last-child, .figure .value { white-space: nowrap; }
table.bars svg { display: block; width: 100%; height: .9rem; }
nav.contents ol { list-style: none; padding-left: 0; }
nav.contents ol ol { padding-left: 1.5rem; }
.page-break { break-after: page; }
@media print {
  body { margin: 0; max-width: none; }
  thead { display: table-header-group; }
  tr, h1, h2, h3 { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}`;

interface Heading {
  level: 1 | 2;
  text: string;
  id: string;
}

export function renderReportHtml(report: ReportDocument): string {
  const ids = new Map<ReportBlock, string>();
  const outline: Heading[] = [];
  report.blocks.forEach((block, index) => {
    if (block.kind !== "heading" || block.level === 0) return;
    const id = `s${index}`;
    ids.set(block, id);
    if (block.level === 1 || block.level === 2) outline.push({ level: block.level, text: block.text, id });
  });
  return [
    "<!DOCTYPE html>",
    `<html lang="${report.language === "en" ? "en-CA" : "fr-CA"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.documentName)}</title>`,
    `<style>${STYLE}\n</style>`,
    "</head>",
    "<body>",
    ...report.blocks.map((block) => blockHtml(block, ids.get(block), outline)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const toneStyle = (tone: Tone) => `background:#${TONES[tone].fill};color:#${TONES[tone].text}`;

function blockHtml(block: ReportBlock, id: string | undefined, outline: Heading[]): string {
  switch (block.kind) {
    case "heading":
      return block.level === 0
        ? `<h1 class="title">${escapeHtml(block.text)}</h1>`
        : `<h${block.level} id="${id}">${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return block.role === "lead"
        ? `<p class="lead">${escapeHtml(block.text)}</p>`
        : `<p>${escapeHtml(block.text)}</p>`;
    case "fields":
      return `<table class="fields"><tbody>${block.items
        .map(
          (item) =>
            `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.value)}</td></tr>`,
        )
        .join("")}</tbody></table>`;
    case "table": {
      const chip = (cells: string[], row: number) =>
        cells.map((cell, column) =>
          block.chips && column === block.chips.column
            ? `<span class="chip" style="${toneStyle(block.chips.tones[row])}">${escapeHtml(cell)}</span>`
            : escapeHtml(cell),
        );
      return [
        "<table>",
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>`,
        `<tbody>\n${block.rows.map((row, index) => tableRow(chip(row, index))).join("\n")}\n</tbody>`,
        block.footer ? `<tfoot>${tableRow(block.footer.map(escapeHtml))}</tfoot>` : "",
        "</table>",
      ].join("");
    }
    case "keyFigures":
      return `<div class="figures">${block.items
        .map(
          (item) =>
            `<div class="figure" style="${toneStyle(item.tone)}"><span class="value">${escapeHtml(item.value)}</span><span class="label">${escapeHtml(item.label)}</span></div>`,
        )
        .join("")}</div>`;
    case "bars":
      return `<table class="bars"><caption>${escapeHtml(block.caption)}</caption><tbody>${block.bars.map(barRow).join("")}</tbody></table>`;
    case "contents":
      return `<nav class="contents"><h2>${escapeHtml(block.title)}</h2>${contentsList(outline)}</nav>`;
    case "pageBreak":
      return '<div class="page-break"></div>';
  }
}

function barRow(bar: Bar): string {
  const filled = Math.min(100, Math.max(0, bar.percent ?? 0));
  const svg = `<svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(bar.text)}"><rect width="100" height="10" fill="#${BAR_COLOURS.empty}"/><rect width="${filled.toFixed(1)}" height="10" fill="#${BAR_COLOURS.filled}"/></svg>`;
  return `<tr><th scope="row">${escapeHtml(bar.label)}</th><td class="bar">${svg}</td><td>${escapeHtml(bar.text)}</td></tr>`;
}

/** Level-2 headings nested under the level-1 heading before them. */
function contentsList(outline: Heading[]): string {
  const parts: string[] = ["<ol>"];
  let open = false;
  for (const heading of outline) {
    const link = `<a href="#${heading.id}">${escapeHtml(heading.text)}</a>`;
    if (heading.level === 1) {
      parts.push(`${open ? "</ol></li>" : ""}<li>${link}<ol>`);
      open = true;
    } else parts.push(`<li>${link}</li>`);
  }
  if (open) parts.push("</ol></li>");
  parts.push("</ol>");
  return parts.join("");
}

function tableRow(cells: string[]): string {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}
