/**
 * Owner resolution at scale: a 5,000-action plan against a 200-entry roster, cells written the way
 * boards write them (roles, names, aliases, gendered and abbreviated forms, a few unknowns).
 * A deterministic generator, so every run measures the same work.
 */

import {
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type RosterEntry,
} from "../src/core/model";
import { createOwnerMatcher, resolvePlanOwners } from "../src/core/owners";
import type { BenchCase } from "./harness";

const FIRST = [
  "Nathalie",
  "Olivier",
  "Mathieu",
  "Isabelle",
  "Kevin",
  "Julien",
  "Sophie",
  "Guillaume",
  "Marie-Ève",
  "Léa",
  "François",
  "Chloé",
  "Étienne",
  "Amélie",
  "Benoît",
  "Geneviève",
  "Hélène",
  "Jérôme",
  "Karine",
  "Luc",
];
const LAST = [
  "Gagnon",
  "Roy",
  "Côté",
  "Fortin",
  "Bouchard",
  "Pelletier",
  "Lavoie",
  "Bergeron",
  "Tremblay",
  "Morin",
  "Gauthier",
  "Ouellet",
  "Girard",
  "Lévesque",
  "Boucher",
];
const TITLES = [
  "Agente",
  "Adjoint",
  "Coordonnatrice",
  "Responsable",
  "Technicien",
  "Intervenante",
  "Conseiller",
  "Chargée de projet",
];
const FIELDS = [
  "communications",
  "financement",
  "vie communautaire",
  "programmation",
  "informatique",
  "bénévolat",
  "projets jeunesse",
  "sécurité alimentaire",
  "logement",
  "partenariats",
];
const PLACES = [
  "Rosemont",
  "Villeray",
  "Limoilou",
  "Saint-Roch",
  "Verdun",
  "Hochelaga",
  "Sherbrooke-Est",
  "Lachine",
];

/** A small linear congruential generator: the same plan at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function roster(size: number): RosterEntry[] {
  const entries: RosterEntry[] = [
    { name: "Direction", role: "Directrice générale", email: null, aliases: ["DG"] },
    { name: "CA", role: "Conseil d'administration", email: null, aliases: ["C.A."] },
  ];
  for (let i = 0; entries.length < size; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const role = `${TITLES[i % TITLES.length]} ${i % 3 === 0 ? "aux" : "en"} ${FIELDS[i % FIELDS.length]} – ${PLACES[i % PLACES.length]} ${i}`;
    entries.push(
      i % 10 === 0
        ? {
            name: `Comité ${FIELDS[(i / 10) % FIELDS.length]} ${PLACES[(i / 10) % PLACES.length]}`,
            role: "Comité de travail",
            email: null,
            aliases: [],
          }
        : {
            name,
            role,
            email: null,
            aliases: i % 4 === 0 ? [`${TITLES[i % TITLES.length].slice(0, 4)}. ${i}`] : [],
          },
    );
  }
  return entries;
}

/** How a person might write one entry: its name, its role (often in other words), an alias. */
function written(entry: RosterEntry, next: () => number): string {
  const choice = next();
  if (choice < 0.3 || !entry.role) return entry.name;
  if (choice < 0.5 && entry.aliases.length > 0) return entry.aliases[0];
  if (choice < 0.7) return `la ${entry.role.toLowerCase()}`;
  if (choice < 0.95) return entry.role.replace("Agente", "Agent").replace("Coordonnatrice", "Coordination");
  return `${entry.role.split(" ")[0]} de ${FIELDS[Math.floor(next() * FIELDS.length)]}`; // not in the roster
}

function plan(actions: number, rosterSize: number): Plan {
  const next = random(42);
  const entries = roster(rosterSize);
  const separators = [" + ", ", ", "\n", " / ", " et "];
  const plan = emptyPlan();
  plan.roster = entries;
  const objectives = Array.from({ length: actions / 10 }, (_, o) =>
    newObjective({
      code: `${o + 1}`,
      title: `Objectif ${o + 1}`,
      actions: Array.from({ length: 10 }, (_, a) => {
        const count = 1 + Math.floor(next() * 3);
        const owners = Array.from({ length: count }, () =>
          written(entries[Math.floor(next() * entries.length)], next),
        );
        const ownersText = owners.reduce(
          (cell, owner) => cell + separators[Math.floor(next() * separators.length)] + owner,
        );
        return newAction({ code: `${o + 1}.${a + 1}`, title: `Action ${a + 1}`, ownersText });
      }),
    }),
  );
  plan.orientations = [newOrientation({ code: "1", title: "Orientation", objectives })];
  return plan;
}

export function cases(): BenchCase[] {
  const big = plan(5000, 200);
  return [
    {
      operation: "owners: resolve a plan's owners",
      size: "5,000 actions × 200-entry roster",
      units: 5000,
      // A fresh matcher each run: the roster is compiled and every cell resolved, no warm cache.
      run: () => resolvePlanOwners(big, createOwnerMatcher(big.roster)),
      target: "< 200 ms",
    },
    {
      // Issue 14: a co-editor's « DG et DG et … » cell was cubic (12 kB took 33 s).
      operation: "owners: one « DG et DG et … » cell",
      size: "12 kB, 2,000 « et »",
      units: 1,
      run: () => createOwnerMatcher(big.roster).match(Array(2000).fill("DG").join(" et ")),
      target: "< 50 ms",
    },
  ];
}
