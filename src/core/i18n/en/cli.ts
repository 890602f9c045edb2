import type { cli as fr } from "../fr/cli";

export const cli: typeof fr = {
  usage: `Boussole — strategic plan follow-up

Usage:
  boussole import FILE [--sheet SHEET] [--roster FILE] [--explain] [--out PLAN.xlsx]
      Reads the plan (canonical sheets, or the board's own layout, structured automatically)
      and prints it as JSON. --explain tells where each row went; --out writes the canonical workbook.
  boussole validate FILE [--roster FILE] [--roster-sheet SHEET] [--today YYYY-MM-DD] [--json]
      Lists the problems (deadlines, owners, structure). Exit code 1 when there is an error.
  boussole report FILE [--period 2024-2025] [--today YYYY-MM-DD] [--lang fr|en] [--problems] -o report.docx|.html|.pdf
      Writes the annual report. --problems adds the appendix of issues to fix; the .pdf goes through LibreOffice.

Common options: --lang fr|en (language of the messages), --help.
--roster-sheet SHEET: the roster's sheet (otherwise found by its headers or its name).
FILE: an .xlsx workbook or a .csv (one sheet).`,
  fileMissing: (path) => `File not found: “${path}”. Check the path.`,
  fileUnreadable: (path) => `“${path}” is not a readable workbook. Save it as .xlsx or as .csv (UTF-8).`,
  fileUnsupported: (path) => `“${path}” is not an .xlsx or .csv file.`,
  csvBinary: (path, offset) =>
    `“${path}” is not a text file: it contains NUL bytes (the first at byte ${offset}). Save a workbook as .xlsx, and a UTF-16 CSV with its byte order mark (BOM) or as UTF-8.`,
  csvNotText: (path, line) =>
    `“${path}” is not text: it is full of control characters (from line ${line}). Save the plan as .csv (UTF-8) or as .xlsx.`,
  csvBadQuotes: (path, line, start) =>
    `“${path}” is not valid CSV: a quote is opened and never closed (line ${line}: “${start}”). Check the quotes on that line, or save the plan as .xlsx.`,
  csvDetected: (encoding, separator) =>
    `CSV file read as ${encoding}, separator: ${{ ",": "comma “,”", ";": "semicolon “;”", "\t": "tab" }[separator]}.`,
  workbookTooLarge: (path, sheet, cell, cells) =>
    `“${path}” is too large: sheet “${sheet}” has content down to cell ${cell}, that is ${cells.toLocaleString("en-CA")} cells, and Google Sheets allows at most 10 million per spreadsheet. Clear the content far from the table (Ctrl+End shows the last used cell), then try again.`,
  noPlan:
    "No plan found in this workbook: no Orientations, Objectives and Actions sheets, and no recognizable table of actions.",
  sheetNotFound: (name, available) =>
    `There is no sheet “${name}”. Sheets in the workbook: ${available.map((s) => `“${s}”`).join(", ")}.`,
  rosterNotFound: (path, sheets) =>
    `No roster sheet in “${path}” (sheets: ${sheets.map((s) => `“${s}”`).join(", ")}). Name it with --roster-sheet SHEET.`,
  badOption: (detail) => `Invalid option: ${detail}. Run “boussole --help” for help.`,
  unknownCommand: (command) => `Unknown command: “${command}”. Commands: import, validate, report.`,
  missingFile: "Give the plan's file, for example: boussole import plan.xlsx",
  badToday: (text) => `“${text}” is not a YYYY-MM-DD date (example: --today 2021-01-15).`,
  badOutput: (path) => `The output file “${path}” must end with .docx, .html or .pdf.`,
  pdfNeedsLibreOffice:
    "The .pdf is made by LibreOffice, which is not installed. Install it (Debian, Ubuntu: “sudo apt-get install libreoffice-writer-nogui”; macOS: “brew install --cask libreoffice”; Windows: libreoffice.org), or ask for a .docx and save it as PDF.",
  pdfFailed: (detail: string) => `LibreOffice could not convert the report to PDF: ${detail}`,
  badOutXlsx: (path) => `The output file “${path}” must end with .xlsx.`,
  writeFailed: (path) => `Cannot write “${path}”. Check the folder and the permissions.`,
  wrote: (path) => `Written: ${path}`,
  columns: { severity: "Severity", sheet: "Sheet", row: "Row", column: "Column", message: "Message" },
  noProblems: "No problems: the plan is valid.",
  summary: (errors, warnings, infos) =>
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info${infos === 1 ? "" : "s"}.`,
  planSummary: (orientations, objectives, actions) =>
    `${orientations} orientation${orientations === 1 ? "" : "s"}, ${objectives} objective${objectives === 1 ? "" : "s"}, ${actions} action${actions === 1 ? "" : "s"}.`,
  unexpected: (detail) => `Unexpected error: ${detail}. Please report it with the file involved.`,
};
