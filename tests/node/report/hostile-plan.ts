/** A plan made of everything a sheet can hold that might break a renderer. */
import { emptyPlan, newAction, newObjective, newOrientation, type Plan } from "../../../src/core/model";

export const HOSTILE = {
  html: "<img src=x onerror=alert(1)>",
  quotes: `Guillemets « français » "doubles" 'simples' & esperluette`,
  emoji: "Fête 🎉👩‍👩‍👧 réussie",
  regex: "Regex $1 $& \\d+ (.*) [a-z]{2,} ^$ |",
  control: "Bip\u0001\u0008 fin",
  multiline: "Ligne 1\nLigne 2",
  huge: `${"Très long ".repeat(5_000)}FIN`,
};

export function hostilePlan(): Plan {
  const plan = emptyPlan({ organisation: HOSTILE.html, mission: HOSTILE.quotes, vision: HOSTILE.multiline });
  plan.orientations = [
    newOrientation({
      code: "1",
      title: HOSTILE.html,
      description: HOSTILE.huge,
      objectives: [
        newObjective({
          code: "1.1",
          title: HOSTILE.regex,
          actions: Object.values(HOSTILE).map((text, index) =>
            newAction({
              code: String(index + 1),
              title: text,
              ownersText: text,
              notes: text,
              status: "En cours",
            }),
          ),
        }),
      ],
    }),
    newOrientation({ code: "2", title: HOSTILE.emoji }),
  ];
  return plan;
}
