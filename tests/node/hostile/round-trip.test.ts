/**
 * Issue 14: nothing lost, nothing misread. For generated plans with arbitrary text — quotes, line
 * breaks, a leading = + - @ (a formula to a spreadsheet), emoji, control characters, cells of
 * 50,000 characters — the canonical workbook imports, is written again with `import --out`, and
 * imports back to the same plan, value for value.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  STATUSES,
} from "../../../src/core/model";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { runCli } from "../../../src/node/cli";
import { writeXlsxFile } from "../../../src/node/files/workbook";

const dir = mkdtempSync(join(tmpdir(), "boussole-round-trip-"));

async function importJson(
  ...args: string[]
): Promise<{ orientations: unknown; roster: unknown; settings: unknown }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["import", ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  if (code !== 0) throw new Error(err.join("\n"));
  const { orientations, roster, settings } = JSON.parse(out.join("\n"));
  return { orientations, roster, settings };
}

/** Texts a spreadsheet or a CSV could take for something else. */
const hostile = fc.constantFrom(
  "=1+1",
  '=HYPERLINK("http://x")',
  "+33 1 23",
  "-5",
  "@DG",
  "'quoted",
  '"Le ""bulletin"""',
  "ligne 1\nligne 2",
  "CR\r\nLF",
  "tab\there",
  "🧭 Boussole 👩🏽‍💻",
  "\u200bzéro",
  "2020-03-15",
  "1,5",
  "TRUE",
  "  espaces  ",
  "ctl\u0001\u0007\u001f",
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 4, arbitrary: hostile },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 8 })), { maxLength: 5 })
      .map((p) => p.join(" ")),
  },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(50_000), "é🧭\n".repeat(12_500)) },
);
/** A title: it must show something to be an entity at all. */
const title = text.map((t) => (t.trim() ? t : `Titre ${t}`));
const optional = fc.option(text, { nil: null });

const actionArb = fc.record({
  title,
  description: optional,
  ownersText: text,
  deadline: text,
  status: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
  progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  partners: optional,
  notes: optional,
  extra: fc.dictionary(fc.constantFrom("Lieu", "Commentaire du CA", "Priorité"), text, { maxKeys: 2 }),
});

const planArb = fc
  .array(
    fc.record({
      title,
      description: optional,
      objectives: fc.array(
        fc.record({
          title,
          description: optional,
          indicators: optional,
          notes: optional,
          actions: fc.array(actionArb, { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { minLength: 1, maxLength: 2 },
  )
  .map((orientations): Plan => {
    const plan = emptyPlan();
    plan.orientations = orientations.map((o, i) =>
      newOrientation({
        code: `${i + 1}`,
        title: o.title,
        description: o.description,
        objectives: o.objectives.map((b, j) =>
          newObjective({
            code: `${i + 1}.${j + 1}`,
            title: b.title,
            description: b.description,
            indicators: b.indicators,
            notes: b.notes,
            actions: b.actions.map(({ deadline, ...a }, k) =>
              newAction({
                code: `${i + 1}.${j + 1}.${k + 1}`,
                ...a,
                deadline: { text: deadline, kind: null, start: null, end: null },
              }),
            ),
          }),
        ),
      }),
    );
    return plan;
  });

test("import → --out .xlsx → import gives the same plan, value for value", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(planArb, async (plan) => {
      run++;
      const source = join(dir, `source-${run}.xlsx`);
      const out = join(dir, `out-${run}.xlsx`);
      await writeXlsxFile(source, canonicalSheets(plan, null, "fr"), "America/Toronto");
      const first = await importJson(source, "--out", out, "--today", "2021-01-15");
      const second = await importJson(out, "--today", "2021-01-15");
      expect(second).toEqual(first);
      // And the first import read the generated text itself: every value as written, only trimmed,
      // line breaks as Sheets and Excel store them (\n: XML reads a raw \r\n as \n), without the
      // C0 control characters that XML 1.0 cannot hold (ExcelJS leaves them out of an .xlsx).
      const written = plan.orientations.flatMap((o) => o.objectives.flatMap((b) => b.actions));
      const read = (first.orientations as Plan["orientations"]).flatMap((o) =>
        o.objectives.flatMap((b) => b.actions),
      );
      const kept = (text: string | null) => {
        const stored = text
          ?.replace(/\r\n?/g, "\n")
          .replace(/(?![\t\n])\p{Cc}/gu, "")
          .trim();
        return stored ? stored : null;
      };
      const texts = (a: (typeof written)[number]) => ({
        title: kept(a.title),
        description: kept(a.description),
        partners: kept(a.partners),
        notes: kept(a.notes),
        owners: kept(a.ownersText),
        deadline: kept(a.deadline.text),
        status: a.status,
        progress: a.progress,
        // An empty cell of the user's own column reads as null or "", like no value.
        extra: Object.fromEntries(
          Object.entries(a.extra).flatMap(([k, v]) =>
            kept(v === null ? null : String(v)) === null ? [] : [[k, kept(String(v))]],
          ),
        ),
      });
      expect(read.map(texts)).toEqual(written.map(texts));
    }),
    { numRuns: 40, seed: 14 },
  );
}, 120_000);
