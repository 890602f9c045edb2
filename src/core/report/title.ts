/** The title page and the mission and vision, from Paramètres. */
import type { ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { formatDate, formatDateRange } from "./format";

export function titlePage({ plan, options, t }: ReportContext): ReportBlock[] {
  const { settings } = plan;
  const { language, period } = options;
  const fields = [
    { label: t.plan, value: settings.planName?.trim() ?? "" },
    {
      label: t.planPeriod,
      value:
        settings.periodStart && settings.periodEnd
          ? formatDateRange(settings.periodStart, settings.periodEnd, language)
          : "",
    },
    {
      label: t.reportPeriod,
      value: periodText(period.label, formatDateRange(period.start, period.end, language)),
    },
    { label: t.generatedOn, value: formatDate(options.today, language) },
  ].filter((field) => field.value !== "");
  const organisation = settings.organisation?.trim() ?? "";
  return [
    { kind: "heading", level: 0, text: t.title(period.label) },
    ...(organisation === "" ? [] : [{ kind: "paragraph" as const, text: organisation }]),
    { kind: "fields", items: fields },
    { kind: "pageBreak" },
  ];
}

export function missionAndVision({ plan, t }: ReportContext): ReportBlock[] {
  const items = [
    { label: t.mission, value: plan.settings.mission?.trim() ?? "" },
    { label: t.vision, value: plan.settings.vision?.trim() ?? "" },
  ].filter((item) => item.value !== "");
  if (items.length === 0) return [];
  return [
    { kind: "heading", level: 1, text: t.missionVision },
    { kind: "fields", items },
  ];
}

/** « 2024-2025 (du 1er avril 2024 au 31 mars 2025) », or the dates alone for a custom period. */
function periodText(label: string, dates: string): string {
  return label === dates ? dates : `${label} (${dates})`;
}
