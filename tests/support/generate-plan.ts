/**
 * Generated plans of any size, for tests and the bench: realistic words, every field filled the
 * way boards fill them (deadline forms of every kind, several owners per cell, a few problems).
 */
import {
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type RosterEntry,
  STATUSES,
} from "../../src/core/model";

const VERBS = [
  "Consolider",
  "Évaluer",
  "Développer",
  "Mettre en place",
  "Organiser",
  "Former",
  "Promouvoir",
  "Documenter",
];
const THINGS = [
  "l'offre de services",
  "le plan de communication",
  "les partenariats régionaux",
  "la formation des bénévoles",
  "le financement récurrent",
  "la politique d'accueil",
  "le comité de gestion",
  "les outils administratifs",
];
const DEADLINES = [
  "Mars 2020",
  "Automne 2020",
  "2020-2021",
  "En continu",
  "Décembre 2020",
  "Hiver 2021",
  "T2 2021",
  "15 mars 2021",
  "À évaluer",
  "Immédiat",
  "Annuel",
  "2021",
];

export function generateRoster(size: number): RosterEntry[] {
  const base: RosterEntry[] = [
    { name: "Nathalie Gagnon", role: "Directrice générale", email: "dg@example.org", aliases: ["DG"] },
    { name: "CA", role: "Conseil d'administration", email: null, aliases: ["C.A."] },
    { name: "Olivier Roy", role: "Agent de communication", email: null, aliases: [] },
  ];
  const roster = [...base];
  for (let i = roster.length; i < size; i++) {
    roster.push({
      name: `Personne ${i}`,
      role: `Coordonnatrice du volet ${i}`,
      email: `p${i}@example.org`,
      aliases: [],
    });
  }
  return roster;
}

/** A plan of `actionCount` actions: 5 orientations, objectives of 4 actions each. */
export function generatePlan(actionCount: number): Plan {
  const plan = emptyPlan({
    organisation: "Centre communautaire Le Repère",
    periodStart: "2020-04-01",
    periodEnd: "2023-03-31",
  });
  plan.roster = generateRoster(10);
  const owners = [
    "DG",
    "CA + DG",
    "Agent de communication",
    "Personne 4 + Personne 5",
    "Direction générale",
    "C.A.",
  ];
  for (let a = 0; a < actionCount; a++) {
    const o = a % 5;
    if (!plan.orientations[o])
      plan.orientations.push(newOrientation({ code: String(o + 1), title: `Orientation ${o + 1}` }));
    const orientation = plan.orientations[o];
    const index = Math.floor(a / 5);
    const objectiveIndex = Math.floor(index / 4);
    let objective = orientation.objectives[objectiveIndex];
    if (!objective) {
      objective = newObjective({
        code: `${o + 1}.${objectiveIndex + 1}`,
        title: `${VERBS[objectiveIndex % VERBS.length]} ${THINGS[(objectiveIndex + o) % THINGS.length]}`,
        group: objectiveIndex % 2 === 0 ? "Volet : administratif" : "Volet : activités",
      });
      orientation.objectives.push(objective);
    }
    objective.actions.push(
      newAction({
        code: `${objective.code}.${objective.actions.length + 1}`,
        title: `${VERBS[a % VERBS.length]} ${THINGS[(a * 3) % THINGS.length]} (${a + 1})`,
        ownersText: owners[a % owners.length],
        deadline: { text: DEADLINES[a % DEADLINES.length], kind: null, start: null, end: null },
        status: STATUSES[a % STATUSES.length],
        progress: (a * 10) % 110,
        budget: a % 3 === 0 ? 1500 * (a % 7) : null,
        notes: a % 4 === 0 ? "Suivi au prochain CA" : null,
      }),
    );
  }
  return plan;
}

/**
 * `count` actions with the shortest texts, in one objective: the report's most requests for the
 * fewest characters, the worst case for the Docs batches (issue 15).
 */
export function generateTersePlan(count: number): Plan {
  const plan = emptyPlan({ organisation: "O", planName: "P" });
  const actions = Array.from({ length: count }, (_, i) =>
    newAction({
      code: `1.1.${i + 1}`,
      title: "x",
      ownersText: "A",
      owners: [{ text: "A", name: "A" }],
      deadline: { text: "2024", kind: "year", start: "2024-01-01", end: "2024-12-31" },
      status: STATUSES[i % STATUSES.length],
      progress: 0,
    }),
  );
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "O",
      objectives: [newObjective({ code: "1.1", title: "B", actions })],
    }),
  ];
  return plan;
}
