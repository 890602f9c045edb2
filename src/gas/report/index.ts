export {
  type DocServices,
  MAX_DOC_CHARACTERS,
  type RenderedDoc,
  ReportTooLargeError,
  renderReportToDoc,
} from "./render-doc";
