import { isLate } from "../../../src/core/deadline";
import {
  type Action,
  emptyDeadline,
  emptyPlan,
  type IsoDate,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type Status,
} from "../../../src/core/model";
import { validateDeadlines } from "../../../src/core/validate/deadlines";

type Fields = { deadline: string; status?: Status | null; progress?: number | null };

const PERIOD = { periodStart: "2019-04-01", periodEnd: "2022-03-31" };

function planWith(
  rows: Fields[],
  period: { periodStart: IsoDate | null; periodEnd: IsoDate | null } = PERIOD,
): Plan {
  const plan = emptyPlan(period);
  const actions = rows.map(({ deadline, status = null, progress = null }, i) =>
    newAction({
      code: String(i + 1),
      title: `Action ${i + 1}`,
      deadline: emptyDeadline(deadline),
      status,
      progress,
    }),
  );
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "O",
      objectives: [newObjective({ code: "1", title: "Ob", actions })],
    }),
  ];
  return plan;
}

/** Actions sit on rows 10, 11, …; the column is the model's field name. */
function validate(plan: Plan, today: IsoDate, language: "fr" | "en" = "fr") {
  const actions = plan.orientations[0].objectives[0].actions;
  const { fiscalStartMonth, periodStart, periodEnd } = plan.settings;
  return validateDeadlines(plan, {
    today,
    language,
    locate: (entity, field) => ({
      sheet: "Plan",
      row: actions.indexOf(entity as Action) + 10,
      column: field,
    }),
    deadline: { fiscalStartMonth, periodStart, periodEnd, timeZone: "America/Toronto" },
  });
}

const brief = (problems: ReturnType<typeof validate>) =>
  problems.map(({ severity, code, row, column }) => [severity, code, row, column]);

describe("validateDeadlines", () => {
  it("reports an invalid deadline as an error that quotes it and says why", () => {
    const problems = validate(planWith([{ deadline: "Mars 20200" }]), "2020-01-15");
    expect(problems).toEqual([
      {
        severity: "error",
        code: "deadline.invalid",
        message:
          "« Mars 20200 » n'est pas une échéance reconnue. Exemples : 15 mars 2020, mars 2020, automne 2020, 2020-2021, en continu. L'année 20200 n'est pas acceptée : écrivez une année entre 1900 et 2100.",
        sheet: "Plan",
        row: 10,
        column: "deadline",
      },
    ]);
  });

  it("warns about undetermined deadlines, empty ones included", () => {
    const problems = validate(planWith([{ deadline: "À évaluer" }, { deadline: "" }]), "2020-01-15");
    expect(problems.map((p) => [p.severity, p.code, p.row, p.message])).toEqual([
      ["warning", "deadline.undetermined", 10, "« À évaluer » : échéance à préciser."],
      ["warning", "deadline.undetermined", 11, "Échéance à préciser."],
    ]);
  });

  it("counts the days late from the deadline's last day, unless done or cancelled", () => {
    const plan = planWith([
      { deadline: "Décembre 2020", status: "En cours" },
      { deadline: "Décembre 2020", status: "Réalisée", progress: 100 },
      { deadline: "Décembre 2020", status: "Annulée" },
      { deadline: "Décembre 2020", status: "Reportée" },
      { deadline: "Décembre 2020" },
      { deadline: "Janvier 2021", status: "En cours" },
      { deadline: "2021-01-14", status: "À venir" },
    ]);
    const problems = validate(plan, "2021-01-15");
    expect(problems.map((p) => [p.code, p.row, p.message])).toEqual([
      ["deadline.late", 10, "15 jours de retard (échéance : 31 décembre 2020)."],
      ["deadline.late", 13, "15 jours de retard (échéance : 31 décembre 2020)."],
      ["deadline.late", 14, "15 jours de retard (échéance : 31 décembre 2020)."],
      ["deadline.late", 16, "1 jour de retard (échéance : 14 janvier 2021)."],
    ]);
    expect(validate(plan, "2021-01-15", "en")[0].message).toBe("15 days late (deadline: December 31, 2020).");
  });

  it("never finds ongoing or recurring actions late", () => {
    const plan = planWith([{ deadline: "En continu" }, { deadline: "Annuel" }, { deadline: "Aux 3 mois" }]);
    expect(validate(plan, "2030-01-01")).toEqual([]);
  });

  it("makes « Immédiat » due at the plan's start", () => {
    const plan = planWith([{ deadline: "Immédiat", status: "En cours" }]);
    expect(validate(plan, "2019-04-01")).toEqual([]);
    expect(validate(plan, "2019-04-11").map((p) => p.message)).toEqual([
      "10 jours de retard (échéance : 1er avril 2019).",
    ]);
    expect(
      validate(planWith([{ deadline: "Immédiat" }], { periodStart: null, periodEnd: null }), "2030-01-01"),
    ).toEqual([]);
  });

  it("warns when the due day falls outside the plan's period", () => {
    const plan = planWith([
      { deadline: "Décembre 2022", status: "À venir" },
      { deadline: "Février 2019", status: "Réalisée", progress: 100 },
      { deadline: "2019-2022", status: "À venir" },
      { deadline: "2019", status: "Réalisée" },
    ]);
    const problems = validate(plan, "2019-01-15");
    expect(brief(problems)).toEqual([
      ["warning", "deadline.outsidePeriod", 10, "deadline"],
      ["warning", "deadline.outsidePeriod", 11, "deadline"],
    ]);
    expect(problems[0].message).toBe(
      "« Décembre 2022 » tombe hors de la période du plan (du 1er avril 2019 au 31 mars 2022) : vérifiez l'échéance ou la période.",
    );
  });

  it("passes the parser's warnings on, such as a two-digit year", () => {
    const problems = validate(planWith([{ deadline: "Automne 19", status: "Réalisée" }]), "2020-01-15");
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ["deadline.twoDigitYear", "« 19 » est lu comme l'année 2019 : écrivez l'année au complet."],
    ]);
  });

  it("warns when status and progress disagree, at the cell to fix", () => {
    const plan = planWith([
      { deadline: "En continu", status: "Réalisée", progress: 80 },
      { deadline: "En continu", status: "En cours", progress: 100 },
      { deadline: "En continu", progress: 100 },
      { deadline: "En continu", status: "Réalisée", progress: 100 },
      { deadline: "En continu", status: "En cours", progress: 50 },
    ]);
    const problems = validate(plan, "2020-01-15");
    expect(brief(problems)).toEqual([
      ["warning", "progress.inconsistent", 10, "progress"],
      ["warning", "progress.inconsistent", 11, "status"],
      ["warning", "progress.inconsistent", 12, "status"],
    ]);
    expect(problems[1].message).toBe(
      "L'avancement est de 100 %, mais le statut est « En cours » : choisissez « Réalisée » ou corrigez l'avancement.",
    );
    expect(validate(plan, "2020-01-15", "en")[1].message).toBe(
      "Progress is 100%, but the status is “In progress”: choose “Done” or correct the progress.",
    );
  });

  it("reads the deadline's text, not a stale parsed interval", () => {
    const plan = planWith([{ deadline: "Mars 2021", status: "En cours" }]);
    const action = plan.orientations[0].objectives[0].actions[0];
    action.deadline = { text: "Mars 2021", kind: "month", start: "2020-03-01", end: "2020-03-31" };
    expect(validate(plan, "2021-01-15")).toEqual([]);
  });
});

describe("isLate", () => {
  const context = { fiscalStartMonth: 4, ...PERIOD, timeZone: "America/Toronto" };
  const action = (deadline: string, status: Status | null = "En cours") => ({
    deadline: emptyDeadline(deadline),
    status,
  });

  it("is the same rule as the validation's", () => {
    expect(isLate(action("Décembre 2020"), "2021-01-01", context)).toBe(true);
    expect(isLate(action("Décembre 2020"), "2020-12-31", context)).toBe(false);
    expect(isLate(action("Décembre 2020", "Réalisée"), "2021-01-01", context)).toBe(false);
    expect(isLate(action("En continu"), "2030-01-01", context)).toBe(false);
    expect(isLate(action("À évaluer"), "2030-01-01", context)).toBe(false);
    expect(isLate(action("Immédiat"), "2019-04-02", context)).toBe(true);
  });
});

describe("lateness in words", () => {
  it("counts days in the first month, then months, then names the month it started", () => {
    const plan = planWith(
      [{ deadline: "2020-12-20" }, { deadline: "octobre 2020" }, { deadline: "mars 2019" }],
      { periodStart: null, periodEnd: null },
    );
    expect(validate(plan, "2021-01-15").map((p) => p.message)).toEqual([
      "26 jours de retard (échéance : 20 décembre 2020).",
      "2 mois de retard (échéance : 31 octobre 2020).",
      "En retard depuis mars 2019 (échéance : 31 mars 2019).",
    ]);
    expect(validate(plan, "2021-01-15", "en")[2].message).toBe(
      "Late since March 2019 (deadline: March 31, 2019).",
    );
  });
});

describe("fixes offered with date problems", () => {
  it("writes a two-digit year in full, and only that number", () => {
    const plan = planWith([
      { deadline: "Automne 19", status: "Réalisée" },
      { deadline: "19 mars 20", status: "Réalisée" },
    ]);
    const fixes = validate(plan, "2019-05-01")
      .filter((p) => p.code === "deadline.twoDigitYear")
      .map((p) => p.fixes);
    expect(fixes).toEqual([
      [{ label: "Écrire « Automne 2019 »", column: "deadline", from: "Automne 19", value: "Automne 2019" }],
      [{ label: "Écrire « 19 mars 2020 »", column: "deadline", from: "19 mars 20", value: "19 mars 2020" }],
    ]);
  });

  it("offers both ways out of « Réalisée » at 60 %, and « Réalisée » for 100 %", () => {
    const plan = planWith([
      { deadline: "2030", status: "Réalisée", progress: 60 },
      { deadline: "2030", status: "En cours", progress: 100 },
    ]);
    const [done, complete] = validate(plan, "2021-01-15").filter((p) => p.code === "progress.inconsistent");
    expect(done.fixes).toEqual([
      { label: "Avancement à 100 %", column: "progress", from: 60, value: 100 },
      { label: "Statut « En cours »", column: "status", from: "Réalisée", value: "En cours" },
    ]);
    expect(complete.fixes).toEqual([
      { label: "Statut « Réalisée »", column: "status", from: "En cours", value: "Réalisée" },
    ]);
  });
});
