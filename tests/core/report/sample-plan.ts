/** A realistic plan (after samples/pivot-plan.csv) and report options shared by the report tests. */

import {
  type Deadline,
  emptyPlan,
  type IsoDate,
  newAction,
  newObjective,
  newOrientation,
  type Owner,
  type Plan,
} from "../../../src/core/model";
import type { ReportOptions } from "../../../src/core/report";

export function deadline(
  text: string,
  kind: Deadline["kind"],
  start: IsoDate | null,
  end: IsoDate | null,
): Deadline {
  return { text, kind, start, end };
}

export function owners(...names: string[]): Owner[] {
  return names.map((name) => ({ text: name, name }));
}

export function samplePlan(): Plan {
  const plan = emptyPlan({
    organisation: "Le Pivot",
    planName: "Planification stratégique 2023-2026",
    mission: "Contribuer au développement social de Beauport.",
    vision: "Une référence incontournable pour les citoyens de tous les âges.",
    periodStart: "2023-04-01",
    periodEnd: "2026-03-31",
  });
  plan.roster = [
    { name: "Nathalie Gagnon", role: "Directrice générale", email: null, aliases: ["DG"] },
    { name: "Olivier Roy", role: "Agent de communication", email: null, aliases: [] },
    { name: "CA", role: "Conseil d'administration", email: null, aliases: ["C.A."] },
  ];
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "Contribuer au développement social",
      description: "Par des stratégies d'inclusion, de communication et de participation.",
      objectives: [
        newObjective({
          code: "1.1",
          title: "Développer une approche plus inclusive",
          group: "Volet : administratif",
          actions: [
            newAction({
              code: "1.1.1",
              title: "Former un comité de travail",
              ownersText: "Directrice générale",
              owners: owners("Nathalie Gagnon"),
              deadline: deadline("Mars 2024", "month", "2024-03-01", "2024-03-31"),
              status: "Réalisée",
              progress: 100,
              budget: 12500,
            }),
            newAction({
              code: "1.1.2",
              title: "Faire un plan d'interventions",
              ownersText: "Comité approche inclusive",
              owners: [{ text: "Comité approche inclusive", name: null }],
              deadline: deadline("Automne 2024", "season", "2024-09-01", "2024-12-31"),
              status: "Réalisée",
              progress: null,
              lastUpdate: "2025-01-10",
              notes: "Adopté par le CA en décembre.",
            }),
            newAction({
              code: "1.1.3",
              title: "Appliquer le plan d'interventions",
              ownersText: "Comité approche inclusive",
              owners: [{ text: "Comité approche inclusive", name: null }],
              deadline: deadline("2024-2025", "fiscal", "2024-04-01", "2025-03-31"),
              status: "En cours",
              progress: 40,
              notes: "Manque de bénévoles cet hiver.",
            }),
          ],
        }),
        newObjective({
          code: "1.2",
          title: "Évaluer les modes de communication existants",
          group: "Volet : administratif",
          actions: [
            newAction({
              code: "1.2.1",
              title: "Faire l'inventaire des modes de communication",
              ownersText: "Agent de communication",
              owners: owners("Olivier Roy"),
              deadline: deadline("Février 2025", "month", "2025-02-01", "2025-02-28"),
              status: "Reportée",
              progress: 10,
              notes: "Reporté à l'automne : poste vacant.",
            }),
            newAction({
              code: "1.2.2",
              title: "Évaluer les rendements",
              ownersText: "DG + CA",
              owners: owners("Nathalie Gagnon", "CA"),
              deadline: deadline("Décembre 2025", "month", "2025-12-01", "2025-12-31"),
              status: "À venir",
              progress: null,
            }),
          ],
        }),
      ],
    }),
    newOrientation({
      code: "2",
      title: "Établir des modes de communication et de consultation",
      objectives: [
        newObjective({
          code: "2.1",
          title: "Bonifier et appliquer le plan de communication",
          group: "Volet : Communication",
          actions: [
            newAction({
              code: "2.1.1",
              title: "Siéger sur des tables régionales",
              ownersText: "Directrice générale",
              owners: owners("Nathalie Gagnon"),
              deadline: deadline("En continu selon les opportunités", "ongoing", null, null),
              status: "En cours",
              progress: 50,
            }),
            newAction({
              code: "2.1.2",
              title: "Lancer des concours sur les réseaux sociaux",
              ownersText: "Agent de communication",
              owners: owners("Olivier Roy"),
              deadline: deadline("Automne 2024", "season", "2024-09-01", "2024-12-31"),
              status: "En cours",
              progress: 20,
            }),
            newAction({
              code: "2.1.3",
              title: "Publier dans les petits journaux",
              ownersText: "",
              deadline: deadline("Hiver 2025", "season", "2025-01-01", "2025-03-31"),
              status: "Annulée",
              progress: null,
              notes: "Les journaux locaux ont fermé.",
            }),
          ],
        }),
      ],
    }),
    newOrientation({ code: "3", title: "Consolider le financement" }),
  ];
  return plan;
}

export function sampleOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  const today = overrides.today ?? "2025-05-15";
  return {
    period: { label: "2024-2025", start: "2024-04-01", end: "2025-03-31" },
    today,
    language: "fr",
    includeOwners: true,
    includeCompletedDetail: true,
    problems: [],
    ...overrides,
  };
}
