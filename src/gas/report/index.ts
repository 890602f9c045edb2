export { type DocServices, type RenderedDoc, renderReportToDoc } from "./render-doc";
