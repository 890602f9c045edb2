/** Builds the annual report's document model from a plan: the single source of all three renderers. */
import type { Plan } from "../model";
import { type ReportOptions, reportContext } from "./context";
import type { ReportDocument } from "./document";
import { byOwner, lateAndPostponed, nextPeriodActions, problemsAppendix } from "./follow-up";
import { formatDateRange } from "./format";
import { orientationSections } from "./orientations";
import type { ReportPeriod } from "./period";
import { summary } from "./summary";
import { boardWords, firstPage, missionAndVision } from "./title";

export function buildReport(plan: Plan, options: ReportOptions): ReportDocument {
  const context = reportContext(plan, options);
  const { t } = context;
  const organisation = plan.settings.organisation?.trim() ?? "";
  const name = periodName(options.period, options.language);
  const title = t.title(name);
  return {
    language: options.language,
    title,
    documentName: organisation === "" ? title : t.documentName(name, organisation),
    blocks: [
      ...firstPage(context, title),
      ...boardWords(context),
      ...missionAndVision(context),
      ...summary(context),
      ...orientationSections(context),
      ...lateAndPostponed(context),
      ...nextPeriodActions(context),
      ...(options.includeOwners ? byOwner(context) : []),
      ...problemsAppendix(context),
    ],
  };
}

/** A fiscal or calendar year by its label (« 2020-2021 »), any other period in words. */
function periodName(period: ReportPeriod, language: ReportOptions["language"]): string {
  return /^\d{4}(-\d{4})?$/.test(period.label)
    ? period.label
    : formatDateRange(period.start, period.end, language);
}
