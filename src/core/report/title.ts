/** The first page (title, period in words, key figures, progress bars) and the board's own words. */
import type { ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { formatDate, formatDateRange } from "./format";
import { keyFigures, progressBars, sinceLastReport } from "./summary";

export function firstPage(context: ReportContext, title: string): ReportBlock[] {
  const { plan, options, t, reference } = context;
  const { settings } = plan;
  const { language, period } = options;
  const organisation = settings.organisation?.trim() ?? "";
  const lead = (text: string): ReportBlock => ({ kind: "paragraph", text, role: "lead" });
  const fields = [
    { label: t.plan, value: settings.planName?.trim() ?? "" },
    {
      label: t.planPeriod,
      value:
        settings.periodStart && settings.periodEnd
          ? formatDateRange(settings.periodStart, settings.periodEnd, language)
          : "",
    },
    { label: t.generatedOn, value: formatDate(options.today, language) },
  ].filter((field) => field.value !== "");
  return [
    { kind: "heading", level: 0, text: title },
    ...(organisation === "" ? [] : [lead(organisation)]),
    lead(
      t.periodLine(formatDateRange(period.start, period.end, language), formatDate(reference.asOf, language)),
    ),
    ...keyFigures(context),
    ...sinceLastReport(context),
    ...progressBars(context),
    ...(fields.length > 0 ? [{ kind: "fields" as const, items: fields }] : []),
    { kind: "pageBreak" },
    { kind: "contents", title: t.contents },
  ];
}

/** « Mot de la présidence » and « Faits saillants » as the board wrote them in Paramètres; nothing when empty. */
export function boardWords({ plan, t }: ReportContext): ReportBlock[] {
  const sections = [
    { title: t.presidentMessage, text: plan.settings.presidentMessage?.trim() ?? "" },
    { title: t.boardHighlights, text: plan.settings.highlights?.trim() ?? "" },
  ];
  return sections.flatMap(({ title, text }): ReportBlock[] =>
    text === ""
      ? []
      : [
          { kind: "heading", level: 1, text: title },
          { kind: "paragraph", text },
        ],
  );
}

/** Mission, vision and « Valeurs » from Paramètres, each only when written. */
export function missionAndVision({ plan, t }: ReportContext): ReportBlock[] {
  const values = plan.settings.values?.trim() ?? "";
  const items = [
    { label: t.mission, value: plan.settings.mission?.trim() ?? "" },
    { label: t.vision, value: plan.settings.vision?.trim() ?? "" },
    { label: t.values, value: values },
  ].filter((item) => item.value !== "");
  if (items.length === 0) return [];
  return [
    { kind: "heading", level: 1, text: values === "" ? t.missionVision : t.missionVisionValues },
    { kind: "fields", items },
  ];
}
