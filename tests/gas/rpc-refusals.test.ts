/**
 * Issue 14 §6: RPC arguments that are valid JSON but not valid values are refused at the zod
 * boundary with a French message that quotes them, and nothing is written or created.
 */
import { addAction, generateReport } from "../../src/gas/main";
import { RPC_CONTRACT } from "../../src/gas/rpc/contract";
import { parseArgument } from "../../src/gas/rpc/parse";
import { generatePlan } from "../support/generate-plan";
import { installPlan, values } from "./helpers";

describe("titles that show nothing", () => {
  test.each([
    ["zero-width characters", "\u200b\u200c\u200d\ufeff"],
    ["control characters", "\u0007\u0008\u001b"],
    ["a mix with blanks", " \u200b\u00a0\u2028\u0000 "],
  ])("%s are refused, nothing written", (_, title) => {
    const fake = installPlan(generatePlan(5));
    const before = values(fake, "Actions").length;
    const result = addAction({ objectiveCode: "1.1", title });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "title",
          message:
            "« Action » ne montre rien : il n'a que des espaces, des caractères de contrôle ou invisibles. Écrivez un texte lisible.",
        },
      ],
    });
    expect(values(fake, "Actions")).toHaveLength(before);
  });

  test("a title with one visible character among invisible ones is taken, an empty one is still « required »", () => {
    const schema = RPC_CONTRACT.addAction.argument();
    expect(parseArgument(schema, { objectiveCode: "1.1", title: "\u200bA\u200b" }, "fr").ok).toBe(true);
    expect(parseArgument(schema, { objectiveCode: "1.1", title: "  " }, "en")).toEqual({
      ok: false,
      errors: [{ field: "title", message: "“Action” is required." }],
    });
  });
});

describe("report periods", () => {
  test.each([
    [
      { label: "2020", start: "2020-02-30", end: "2020-12-31" },
      "« 2020-02-30 » n'est pas une date du calendrier. Écrivez-la AAAA-MM-JJ, par exemple 2021-03-31.",
    ],
    [
      { label: "2020", start: "2020-04-01", end: "2020-13-01" },
      "« 2020-13-01 » n'est pas une date du calendrier. Écrivez-la AAAA-MM-JJ, par exemple 2021-03-31.",
    ],
    [
      { label: "2020", start: "2020-04-01", end: "2019-01-01" },
      "La période irait du 2020-04-01 au 2019-01-01 : sa fin est avant son début. Choisissez une période dont la fin suit le début.",
    ],
    [
      { label: "\u200b\u200b", start: "2020-04-01", end: "2021-03-31" },
      "« Période » ne montre rien : il n'a que des espaces, des caractères de contrôle ou invisibles. Écrivez un texte lisible.",
    ],
  ])("%j is refused in plain French, no Doc created", (period, message) => {
    const fake = installPlan(generatePlan(5));
    expect(() => generateReport({ period, language: "fr" })).toThrow(message);
    expect(fake.documents).toHaveLength(0);
  });

  test("« du 2020-02-30 au 1er janvier 2019 »: the impossible day is named first", () => {
    const schema = RPC_CONTRACT.generateReport.argument();
    const result = schema.safeParse({
      period: { label: "x", start: "2020-02-30", end: "2019-01-01" },
      language: "fr",
    });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => (issue.code === "custom" ? issue.params : issue.code)),
    ).toEqual([{ reason: "notADay", text: "2020-02-30" }]);
  });
});
