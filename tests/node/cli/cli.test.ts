import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { ProblemSchema } from "../../../src/core/model-schema";
import { runCli } from "../../../src/node/cli";
import { readWorkbookFile } from "../../../src/node/files/workbook";

const ROOT = join(__dirname, "../../..");
const PIVOT = join(ROOT, "samples/pivot-plan.csv");
const ROSTER = join(ROOT, "samples/pivot-roster.csv");
const dir = mkdtempSync(join(tmpdir(), "boussole-cli-"));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

type Json = {
  orientations: { title: string; objectives: { group: string | null; actions: ActionJson[] }[] }[];
  problems: unknown[];
};
type ActionJson = {
  code: string;
  title: string;
  owners: { text: string; name: string | null }[];
  deadline: { text: string; kind: string | null; start: string | null; end: string | null };
};

const actionsOf = (json: Json) => json.orientations.flatMap((o) => o.objectives.flatMap((b) => b.actions));

describe("boussole import", () => {
  test("prints the contract JSON for the Pivot plan, with owners resolved and deadlines parsed", async () => {
    const { code, stdout } = await cli("import", PIVOT, "--roster", ROSTER, "--today", "2021-01-15");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    expect(json.orientations).toHaveLength(5);
    expect(json.orientations.flatMap((o) => o.objectives)).toHaveLength(27);
    const actions = actionsOf(json);
    expect(actions).toHaveLength(93);
    const evaluate = actions.find((a) => a.title === "Évaluer les rendements");
    expect(evaluate?.owners).toEqual([
      { text: "DG", name: "Nathalie Gagnon" },
      { text: "CA", name: "CA" },
    ]);
    expect(evaluate?.deadline).toEqual({
      text: "Décembre 2020",
      kind: "month",
      start: "2020-12-01",
      end: "2020-12-31",
    });
    for (const problem of json.problems) expect(ProblemSchema.safeParse(problem).success).toBe(true);
  });

  test("--out writes a canonical .xlsx that imports back to the same plan", async () => {
    const out = join(dir, "plan.xlsx");
    const first = await cli("import", PIVOT, "--roster", ROSTER, "--out", out);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(out);
    const second = await cli("import", out);
    expect(second.code).toBe(0);
    const [a, b] = [JSON.parse(first.stdout) as Json, JSON.parse(second.stdout) as Json];
    expect(actionsOf(b)).toEqual(actionsOf(a));
    expect(b.orientations.map((o) => o.title)).toEqual(a.orientations.map((o) => o.title));
  });

  test("--out of a plan with only mission, vision and values writes them as rows of Paramètres", async () => {
    const out = join(dir, "mission.xlsx");
    const { code } = await cli(
      "import",
      join(ROOT, "tests/fixtures/layouts/mission-vision.csv"),
      "--out",
      out,
    );
    expect(code).toBe(0);
    const written = await readWorkbookFile(out);
    const settings = written.sheets.find((sheet) => sheet.name === "Paramètres")?.values ?? [];
    expect(settings).toContainEqual(["Vision", "Des familles épanouies dans une communauté solidaire."]);
    expect(settings).toContainEqual(["Valeurs", "Respect, solidarité, ouverture."]);
  });

  test("a flat .csv table (one action per row, columns in any order) imports", async () => {
    const path = join(dir, "plat.csv");
    writeFileSync(
      path,
      [
        "Échéance,Action,Objectif,Orientation,Responsables,Statut,Avancement",
        "Mars 2020,Former un comité,Approche inclusive,Inclusion,DG,En cours,40 %",
        "Automne 2020,Faire un plan,Approche inclusive,Inclusion,CA + DG,À venir,",
      ].join("\n"),
    );
    const { code, stdout } = await cli("import", path, "--roster", ROSTER);
    expect(code).toBe(0);
    const actions = actionsOf(JSON.parse(stdout) as Json);
    expect(actions.map((a) => [a.title, a.deadline.kind, a.owners.map((o) => o.name)])).toEqual([
      ["Former un comité", "month", ["Nathalie Gagnon"]],
      ["Faire un plan", "season", ["CA", "Nathalie Gagnon"]],
    ]);
  });

  test("--explain accounts for every row of the sample on stderr and keeps stdout JSON", async () => {
    const { code, stdout, stderr } = await cli("import", PIVOT, "--explain");
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toContain("ligne 10");
    expect(stderr).toContain("93 actions");
  });
});

describe("boussole validate", () => {
  test("lists the late and undetermined actions of the Pivot plan and its two unknown owners", async () => {
    const { code, stdout } = await cli("validate", PIVOT, "--roster", ROSTER, "--today", "2021-01-15");
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    const unknown = lines.filter((line) => line.includes("n'est pas dans la liste des responsables"));
    expect(unknown).toHaveLength(2);
    expect(unknown[0]).toMatch(
      /pivot-plan\s+137\s+Responsable.*« Agent de projets ».*« Adjoint aux projets »/,
    );
    expect(unknown[1]).toMatch(/pivot-plan\s+149\s+Responsable.*« Adjoint de projets »/);
    expect(lines.filter((line) => line.includes("échéance à préciser"))).toHaveLength(2);
    expect(stdout).toMatch(/pivot-plan\s+10\s+Échéancier\s+9 mois de retard/);
  });

  test("--json prints the problems array of the contract", async () => {
    const { code, stdout } = await cli(
      "validate",
      PIVOT,
      "--roster",
      ROSTER,
      "--today",
      "2021-01-15",
      "--json",
    );
    expect(code).toBe(1);
    const problems = JSON.parse(stdout) as unknown[];
    expect(problems.every((p) => ProblemSchema.safeParse(p).success)).toBe(true);
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "deadline.late",
        sheet: "pivot-plan",
        row: 10,
        column: "Échéancier",
      }),
    );
  });

  test("a plan with warnings only exits with 0", async () => {
    const path = join(dir, "ok.csv");
    writeFileSync(
      path,
      "Orientation,Objectif,Action,Échéance\nInclusion,Approche,Former un comité,À évaluer\n",
    );
    const { code, stdout } = await cli("validate", path);
    expect(code).toBe(0);
    expect(stdout).toContain("échéance à préciser");
  });
});

describe("boussole report", () => {
  test("writes a .docx (a zip holding every orientation) and an .html", async () => {
    const docx = join(dir, "rapport.docx");
    const html = join(dir, "rapport.html");
    expect(
      (
        await cli(
          "report",
          PIVOT,
          "--roster",
          ROSTER,
          "--period",
          "2020-2021",
          "--today",
          "2021-05-01",
          "-o",
          docx,
        )
      ).code,
    ).toBe(0);
    expect(
      (await cli("report", PIVOT, "--period", "2020-2021", "--today", "2021-05-01", "-o", html)).code,
    ).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string");
    expect(xml).toContain("Rapport annuel 2020-2021");
    expect(xml).toContain(
      "Assurer la stabilité financière en poursuivant le développement des modes de financement",
    );
    expect(readFileSync(html, "utf8")).toContain("<html");
  });

  test("writes a .pdf through LibreOffice, with the appendix when --problems asks for it", async () => {
    const pdf = join(dir, "rapport.pdf");
    const result = await cli("report", PIVOT, "--period", "2020-2021", "--problems", "-o", pdf);
    expect(result.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("Annexe");
  }, 180_000);

  test("without LibreOffice, a .pdf gets one line saying how to install it", async () => {
    process.env.BOUSSOLE_SOFFICE = join(dir, "no-such-soffice");
    try {
      const result = await cli("report", PIVOT, "-o", join(dir, "absent.pdf"));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("apt-get install libreoffice-writer-nogui");
      expect(result.stderr.split("\n")).toHaveLength(1);
    } finally {
      delete process.env.BOUSSOLE_SOFFICE;
    }
  });

  test("refuses an output that is not .docx, .html or .pdf, and a bad period, in one line", async () => {
    const odt = await cli("report", PIVOT, "-o", join(dir, "rapport.odt"));
    expect(odt).toMatchObject({ code: 2 });
    expect(odt.stderr).toContain(".docx, .html ou .pdf");
    const period = await cli("report", PIVOT, "--period", "2020-2022", "-o", join(dir, "r.html"));
    expect(period.code).toBe(2);
    expect(period.stderr.split("\n")).toHaveLength(1);
  });
});

describe("bad input", () => {
  test.each([
    [["import", "absent.xlsx"], "Fichier introuvable"],
    [["import", "plan.pdf"], "n'est pas un fichier .xlsx ou .csv"],
    [["import"], "Indiquez le fichier"],
    [["exporter", "x.csv"], "Commande inconnue"],
    [["import", "x.csv", "--bogus"], "Option invalide"],
    [["validate", PIVOT, "--today", "2021-02-30"], "n'est pas une date"],
  ])("%j gets a one-line French message and exit code 2", async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr.split("\n")).toHaveLength(1);
  });

  test("a file that is not a workbook, and a workbook with no plan", async () => {
    const fake = join(dir, "faux.xlsx");
    writeFileSync(fake, "pas un classeur");
    const empty = join(dir, "vide.csv");
    writeFileSync(empty, "\n\n");
    for (const path of [fake, empty]) {
      const { code, stderr } = await cli("import", path);
      expect(code).toBe(2);
      expect(stderr.split("\n")).toHaveLength(1);
    }
  });
});

describe("the boussole command", () => {
  test("runs from bin/ with exit codes and no stack trace", () => {
    const ok = spawnSync("node", ["bin/boussole.js", "import", "samples/cai-orientations.csv"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).orientations).toHaveLength(4);
    const missing = spawnSync("node", ["bin/boussole.js", "import", "nulle-part.xlsx"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).not.toMatch(/at .*\.js/);
  });
});

describe("the roster where people keep it", () => {
  const csvSheet = async (file: string, name: string) => {
    const { readWorkbookFile } = await import("../../../src/node/files/workbook");
    const [sheet] = (await readWorkbookFile(join(ROOT, "samples", file))).sheets;
    return { ...sheet, name };
  };
  const workbook = async (rosterName: string) => {
    const { writeXlsxFile } = await import("../../../src/node/files/workbook");
    const path = join(dir, `plan-${rosterName}.xlsx`);
    const sheets = [await csvSheet("pivot-plan.csv", "Plan"), await csvSheet("pivot-roster.csv", rosterName)];
    await writeXlsxFile(path, sheets, "America/Toronto");
    return path;
  };
  const unknownOwners = (stdout: string) =>
    (JSON.parse(stdout) as { code: string }[]).filter((p) => p.code === "owner.unknown").length;

  test("validate plan.xlsx --roster plan.xlsx reads the roster sheet, not the plan", async () => {
    const path = await workbook("Responsables");
    const { stdout } = await cli("validate", path, "--roster", path, "--today", "2021-01-15", "--json");
    expect(unknownOwners(stdout)).toBe(2);
  });

  test("a roster sheet called « Membres » resolves owners, and --roster-sheet names one", async () => {
    const path = await workbook("Membres");
    const found = await cli("validate", path, "--today", "2021-01-15", "--json");
    expect(unknownOwners(found.stdout)).toBe(2);
    const named = await cli("validate", path, "--roster-sheet", "Membres", "--today", "2021-01-15", "--json");
    expect(unknownOwners(named.stdout)).toBe(2);
    const missing = await cli("validate", path, "--roster", path, "--roster-sheet", "Bénévoles");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("« Bénévoles » n'existe pas");
  });
});

test("validate lists errors first, grouped by kind, in the same order as --json", async () => {
  const args = ["validate", PIVOT, "--roster", ROSTER, "--today", "2021-01-15"];
  const json = JSON.parse((await cli(...args, "--json")).stdout) as { severity: string; message: string }[];
  const severities = json.map((p) => p.severity);
  expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
  const { stdout } = await cli(...args);
  // The table's rows (after its header and rule, between group titles) are the JSON's problems in order.
  const rows = stdout
    .split("\n")
    .slice(2)
    .filter((line) => line !== "" && !line.startsWith("▸"));
  expect(rows.slice(0, json.length).map((line, i) => line.endsWith(json[i].message))).toEqual(
    json.map(() => true),
  );
  expect(stdout).toMatch(/▸ Erreur — 2 responsables hors liste/);
  expect(stdout).toMatch(/▸ Avertissement — \d+ actions en retard/);
});
