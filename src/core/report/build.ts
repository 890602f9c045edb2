/** Builds the annual report's document model from a plan: the single source of all three renderers. */
import type { Plan } from "../model";
import { type ReportOptions, reportContext } from "./context";
import type { ReportDocument } from "./document";
import { byOwner, lateAndPostponed, nextPeriodActions, problemsAppendix } from "./follow-up";
import { orientationSections } from "./orientations";
import { summary } from "./summary";
import { missionAndVision, titlePage } from "./title";

export function buildReport(plan: Plan, options: ReportOptions): ReportDocument {
  const context = reportContext(plan, options);
  const { t } = context;
  const organisation = plan.settings.organisation?.trim() ?? "";
  const title = t.title(options.period.label);
  return {
    language: options.language,
    title,
    documentName: organisation === "" ? title : t.documentName(options.period.label, organisation),
    blocks: [
      ...titlePage(context),
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
