/** « Bilan par orientation »: each orientation, then each objective with its progress and its actions. */
import type { Objective, Orientation } from "../model";
import { actionTable, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { entityHeading, percentLabel } from "./labels";
import { meanProgress } from "./measures";

export function orientationSections(context: ReportContext): ReportBlock[] {
  const { plan, t } = context;
  if (plan.orientations.length === 0) return [];
  return [
    { kind: "heading", level: 1, text: t.byOrientation },
    ...plan.orientations.flatMap((orientation) => orientationSection(context, orientation)),
  ];
}

function orientationSection(context: ReportContext, orientation: Orientation): ReportBlock[] {
  const { t } = context;
  const description = orientation.description?.trim() ?? "";
  const blocks: ReportBlock[] = [
    {
      kind: "heading",
      level: 2,
      text: entityHeading(t.orientationWord, orientation.code, orientation.title),
    },
  ];
  if (description !== "") blocks.push({ kind: "paragraph", text: description });
  if (orientation.objectives.length === 0) blocks.push({ kind: "paragraph", text: t.noObjectives });
  let group = "";
  for (const objective of orientation.objectives) {
    // The grouping label (« Volet : administratif ») is shown once, where it changes.
    const objectiveGroup = objective.group?.trim() ?? "";
    if (objectiveGroup !== "" && objectiveGroup !== group)
      blocks.push({ kind: "paragraph", text: objectiveGroup, role: "group" });
    group = objectiveGroup;
    blocks.push(...objectiveSection(context, objective));
  }
  return blocks;
}

/** A heading, the objective's description, and one table: its progress is the table's total row. */
function objectiveSection(context: ReportContext, objective: Objective): ReportBlock[] {
  const { t } = context;
  const heading: ReportBlock = {
    kind: "heading",
    level: 3,
    text: entityHeading(t.objectiveWord, objective.code, objective.title),
  };
  // The board's own words under the objective's title, as the plan has them.
  const description = objective.description?.trim() ?? "";
  const lead: ReportBlock[] = description === "" ? [] : [{ kind: "paragraph", text: description }];
  return [heading, ...lead, ...objectiveBody(context, objective)];
}

/** The objective's table of actions, or why there is none. */
function objectiveBody(context: ReportContext, objective: Objective): ReportBlock[] {
  const { t, options } = context;
  if (objective.actions.length === 0) return [{ kind: "paragraph", text: t.noObjectiveActions }];
  const covered = objective.actions.filter(
    (action) =>
      context.scope.get(action)?.placement !== "nextPeriods" &&
      context.scope.get(action)?.placement !== "before",
  );
  if (covered.length === 0) return [{ kind: "paragraph", text: t.noObjectivePeriodActions }];
  const listed = options.includeCompletedDetail
    ? covered
    : covered.filter((action) => action.status !== "Réalisée");
  const hiddenDone = covered.length - listed.length;
  const footer = [
    t.objectiveProgress(hiddenDone),
    "",
    "",
    "",
    percentLabel(meanProgress(covered), options.language),
    "",
  ];
  return [
    actionTable(context, listed, ["action", "owners", "deadline", "status", "progress", "notes"], footer),
  ];
}
