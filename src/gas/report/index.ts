export { type DocOptions, type DocServices, type RenderedDoc, renderReportToDoc } from "./render-doc";
