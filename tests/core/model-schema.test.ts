/** Plans saved as JSON before a setting existed still parse, with that setting empty. */
import { emptyPlan } from "../../src/core/model";
import { PlanSchema } from "../../src/core/model-schema";

describe("PlanSchema", () => {
  it("reads a plan written before « Valeurs » and the board's words existed, with them null", () => {
    const { values, presidentMessage, highlights, ...older } = emptyPlan({ values: "Respect" }).settings;
    const parsed = PlanSchema.parse({ ...emptyPlan(), settings: older });
    expect(parsed.settings).toMatchObject({ values: null, presidentMessage: null, highlights: null });
    expect(PlanSchema.parse(emptyPlan({ values })).settings.values).toBe("Respect");
  });
});
