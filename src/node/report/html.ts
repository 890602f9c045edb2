/**
 * The report as one self-contained, print-friendly HTML page. Every text comes from the plan or
 * the catalogue and is escaped; nothing is loaded from elsewhere.
 */
import type { ReportBlock, ReportDocument } from "../../core/report";
import { progressBar } from "../../core/report";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.4;
  color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1.title { font-size: 2.2rem; margin-top: 30vh; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #2e5aa7; padding-bottom: .2rem; margin-top: 2rem; }
h2 { font-size: 1.3rem; margin-top: 1.6rem; }
h3 { font-size: 1.1rem; margin-top: 1.2rem; }
p, td, th, dd { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #d9e2f3; }
tfoot td { background: #f2f2f2; font-weight: bold; }
table.fields th { background: none; width: 14rem; }
.progress .bar { color: #2e7d32; font-family: monospace; }
.page-break { break-after: page; }
@media print {
  body { margin: 0; max-width: none; }
  thead { display: table-header-group; }
  tr, h1, h2, h3 { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}`;

export function renderReportHtml(report: ReportDocument): string {
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
    ...report.blocks.map(blockHtml),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case "heading":
      return block.level === 0
        ? `<h1 class="title">${escapeHtml(block.text)}</h1>`
        : `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "fields":
      return `<table class="fields"><tbody>${block.items
        .map(
          (item) =>
            `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.value)}</td></tr>`,
        )
        .join("")}</tbody></table>`;
    case "table":
      return [
        "<table>",
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>`,
        `<tbody>\n${block.rows.map((row) => tableRow(row)).join("\n")}\n</tbody>`,
        block.footer ? `<tfoot>${tableRow(block.footer)}</tfoot>` : "",
        "</table>",
      ].join("");
    case "progress":
      return `<p class="progress"><strong>${escapeHtml(block.label)}</strong> <span class="bar" role="img" aria-label="${escapeHtml(block.text)}">${progressBar(block.percent)}</span> ${escapeHtml(block.text)}</p>`;
    case "pageBreak":
      return '<div class="page-break"></div>';
  }
}

function tableRow(cells: string[]): string {
  return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`;
}
