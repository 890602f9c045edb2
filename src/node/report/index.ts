/** Local renderers of the annual report: .docx and HTML, from the same model as the Google Doc. */
export { renderReportDocx } from "./docx";
export { escapeHtml, renderReportHtml } from "./html";
export { docxToPdf, type PdfResult } from "./pdf";
