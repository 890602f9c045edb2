/** « Structurer le plan »: any board's layout → the canonical plan, plus a mapping report. */

export type {
  ColumnReport,
  Layout,
  MappingReport,
  ReportTarget,
  RowKind,
  RowReport,
  UnusedCell,
} from "./report";
export { formatMappingReport } from "./report";
export { detectLayout, pickPlanSheet } from "./sheet";
export { type StructureOptions, type StructureResult, structurePlan } from "./structure";
export { fieldOfHeader, headerKey, isPeriodHeader } from "./synonyms";
