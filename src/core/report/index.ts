/** The annual report: its period, its document model and its Québec formatting. */
export { buildReport } from "./build";
export type { ReportOptions } from "./context";
export type { HeadingLevel, ReportBlock, ReportDocument } from "./document";
export {
  formatAmount,
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  progressBar,
} from "./format";
export { actionProgress, isCompletedIn, isDueIn, meanProgress } from "./measures";
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
