/** The annual report: its period, its document model and its Québec formatting. */
export { buildReport } from "./build";
export { columnWidths, lineCount } from "./columns";
export type { ReportOptions } from "./context";
export {
  BAR_COLOURS,
  BAR_STEPS,
  type Bar,
  barSteps,
  type HeadingLevel,
  type ReportBlock,
  type ReportDocument,
  TONES,
  type Tone,
} from "./document";
export {
  formatAmount,
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
} from "./format";
export { actionProgress, isCompletedIn, meanProgress } from "./measures";
export {
  defaultReportPeriod,
  fiscalYear,
  fiscalYears,
  nextPeriod,
  type PeriodResult,
  type PeriodSettings,
  parsePeriodArg,
  type ReportPeriod,
} from "./period";
export {
  changesSince,
  type ReportSnapshot,
  SNAPSHOT_SHEET,
  type SnapshotChanges,
  snapshotFromRows,
  snapshotRows,
  takeSnapshot,
} from "./snapshot";
