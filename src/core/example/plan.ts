/** The short example plan that « Structurer » writes in an empty spreadsheet (texts in the i18n catalogue). */
import { messages } from "../i18n";
import {
  emptyPlan,
  type Language,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type Status,
} from "../model";
import { parseAliases } from "../owners/roster";

export function examplePlan(language: Language): Plan {
  const example = messages(language).ui.server.example;
  const plan = emptyPlan({ language, ...example.settings });
  plan.roster = example.roster.map((entry) => ({
    name: entry.name,
    role: entry.role || null,
    email: entry.email || null,
    aliases: parseAliases(entry.aliases),
  }));
  plan.orientations = example.orientations.map((orientation, o) =>
    newOrientation({
      code: String(o + 1),
      title: orientation.title,
      objectives: orientation.objectives.map((objective, b) =>
        newObjective({
          code: `${o + 1}.${b + 1}`,
          title: objective.title,
          actions: objective.actions.map((action, a) =>
            newAction({
              code: `${o + 1}.${b + 1}.${a + 1}`,
              title: action.title,
              ownersText: action.owners,
              deadline: { text: action.deadline, kind: null, start: null, end: null },
              // The catalogue holds statuses as the sheets store them (French in both languages).
              status: action.status as Status,
              progress: action.progress,
            }),
          ),
        }),
      ),
    }),
  );
  return plan;
}
