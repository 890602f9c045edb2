/**
 * The add-on in real Chromium, through the local playground: dist/Code.js in the vm over an .xlsx,
 * the very dist/Sidebar.html in its frame. The workbook is the Pivot sample already structured
 * (canonical sheets), with one action whose title is markup.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type FrameLocator, type Page } from "playwright-core";
import { cellText } from "../../src/core/cells";
import { newAction } from "../../src/core/model";
import { loadPlan } from "../../src/core/pipeline";
import { canonicalSheets } from "../../src/core/sheets/write";
import { type DecoratedSheet, readWorkbookFile, writeXlsxFile } from "../../src/node/files/workbook";
import { type Playground, startPlayground } from "../../src/node/playground/index";

const ROOT = join(__dirname, "..", "..");
const HOSTILE = "<img src=x onerror=alert(1)>";
let HOSTILE_CODE = "";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

let dir: string;
let file: string;
let playground: Playground;
let browser: BrowserContext;
let page: Page;
/** Browser dialogs (alert, confirm…) opened by any page or frame: markup that ran would open one. */
const dialogs: string[] = [];

async function structuredSample(path: string): Promise<void> {
  const [plan, roster] = await Promise.all(
    ["pivot-plan.csv", "pivot-roster.csv"].map(
      async (name) => (await readWorkbookFile(join(ROOT, "samples", name))).sheets[0],
    ),
  );
  const workbook = {
    sheets: [
      { ...plan, name: "Plan" },
      { ...roster, name: "Responsables" },
    ],
    timeZone: "America/Toronto",
  };
  const loaded = loadPlan(workbook, { today: "2024-06-01", sheet: "Plan" });
  const objective = loaded.plan.orientations[0].objectives[0];
  HOSTILE_CODE = `${objective.code}.9`;
  objective.actions.push(newAction({ code: HOSTILE_CODE, title: HOSTILE, ownersText: "CA" }));
  await writeXlsxFile(path, canonicalSheets(loaded.plan, null, "fr"), workbook.timeZone);
}

async function savedSheet(name: string): Promise<string[][]> {
  const saved = await readWorkbookFile(file);
  const sheet = saved.sheets.find((s) => s.name === name);
  return (sheet?.values ?? []).map((row) => row.map((cell) => cellText(cell, saved.timeZone)));
}

async function savedActions(): Promise<string[][]> {
  return savedSheet("Actions");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "boussole-browser-"));
  file = join(dir, "plan.xlsx");
  await structuredSample(file);
  playground = await startPlayground({ file, root: ROOT, port: 0 });
  browser = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
  browser.on("page", (p) => p.on("dialog", (dialog) => void dialog.dismiss()));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
  // Fail with the locator that was waited for, well before jest's own timeout.
  page.setDefaultTimeout(10_000);
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(playground.url);
});

afterEach(async () => {
  await page.close();
});

async function openSidebar(): Promise<FrameLocator> {
  await page.getByRole("button", { name: "Ouvrir le panneau" }).click();
  const sidebar = page.frameLocator(".sidebar-frame");
  await sidebar.getByRole("tab", { name: "Ajouter" }).waitFor();
  return sidebar;
}

/** Reads until `ok` holds (the sidebar fills its fields after a server call), within 10 s. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function showSheet(name: string): Promise<void> {
  await page.locator(".sheet-tabs").getByRole("tab", { name }).click();
  await page.locator(".sheet-tabs").getByRole("tab", { name, selected: true }).waitFor();
}

test("an action added in the sidebar lands in the Actions sheet, on screen and in the saved .xlsx", async () => {
  const sidebar = await openSidebar();
  const form = sidebar.getByRole("tabpanel", { name: "Ajouter" });
  await form.getByLabel("Orientation").selectOption({ index: 0 });
  await form.getByLabel("Objectif").selectOption({ index: 0 });
  await form.getByLabel("Action", { exact: true }).fill("Tenir un lac-à-l'épaule du CA");
  await form.getByLabel("Description").fill("Une journée pour revoir les priorités.");
  await form.getByRole("checkbox", { name: /^CA/ }).check();
  await expect(form.getByRole("textbox", { name: /^Responsables/ }).inputValue()).resolves.toBe("CA");
  await form.getByLabel("Échéance").fill("Automne 2026");
  await form.locator('.deadline-preview[data-severity="ok"]').waitFor();
  await form.getByLabel("Statut").selectOption("En cours");
  await form.getByLabel("Avancement").fill("25");
  await form.getByLabel("Budget").fill("1 500 $");
  await form.getByLabel("Notes").fill("Réserver la salle.");
  await form.getByRole("button", { name: "Ajouter l'action" }).click();

  const success = form.locator('.notice[data-kind="success"]');
  await success.waitFor();
  const code = /Action (\S+) ajoutée/.exec((await success.textContent()) ?? "")?.[1];
  expect(code).toBeDefined();

  await showSheet("Actions");
  await page.locator(".grid td", { hasText: "Tenir un lac-à-l'épaule du CA" }).waitFor();
  const row = (await savedActions()).find((cells) => cells.includes("Tenir un lac-à-l'épaule du CA"));
  expect(row).toEqual(expect.arrayContaining([code, "CA", "Automne 2026", "En cours", "Réserver la salle."]));
});

test("an Échéance that is not understood shows its message, next to the field, and writes nothing", async () => {
  const before = await savedActions();
  const sidebar = await openSidebar();
  const form = sidebar.getByRole("tabpanel", { name: "Ajouter" });
  await form.getByLabel("Action", { exact: true }).fill("Action à l'échéance impossible");
  const deadline = form.getByLabel("Échéance");
  await deadline.fill("Mars 20200");
  await form.locator('.deadline-preview[data-severity="error"]', { hasText: "Mars 20200" }).waitFor();
  await form.getByRole("button", { name: "Ajouter l'action" }).click();

  const error = form.locator(".field-error", { hasText: "Mars 20200" });
  await error.waitFor();
  await expect(deadline.getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(form.locator('.notice[data-kind="error"]').isVisible()).resolves.toBe(true);
  expect(await savedActions()).toEqual(before);
  expect(playground.session.model.sheet("Actions")?.values().flat()).not.toContain(
    "Action à l'échéance impossible",
  );
});

test("markup in a cell is shown as text in the sidebar and the grid, and never runs", async () => {
  const sidebar = await openSidebar();
  await sidebar.getByRole("tab", { name: "Mettre à jour" }).click();
  const panel = sidebar.getByRole("tabpanel", { name: "Mettre à jour" });
  await panel.getByLabel("Chercher une action").fill(HOSTILE_CODE);
  await panel.getByLabel("Action à mettre à jour").selectOption(HOSTILE_CODE);
  await expect(panel.locator("option", { hasText: HOSTILE }).count()).resolves.toBe(1);
  const shown = panel.getByLabel("Action", { exact: true });
  expect(
    await eventually(
      () => shown.inputValue(),
      (value) => value === HOSTILE,
    ),
  ).toBe(HOSTILE);
  await showSheet("Actions");
  await page.locator(".grid td", { hasText: HOSTILE }).waitFor();

  await expect(page.locator("img").count()).resolves.toBe(0);
  await expect(sidebar.locator("img").count()).resolves.toBe(0);
  expect(dialogs).toEqual([]);
});

test("« Valider le plan » marks a late action with a background and a note, and lists it in Problèmes", async () => {
  await page.getByRole("button", { name: "Valider le plan" }).click();
  const sidebar = page.frameLocator(".sidebar-frame");
  await sidebar.getByRole("tab", { name: /Problèmes/, selected: true }).waitFor();
  await sidebar.locator(".problems li").first().waitFor();

  await showSheet("Actions");
  const marked = page.locator(".grid td.has-note[style*='background']");
  await marked.first().waitFor();
  const note = await marked.first().getAttribute("title");
  expect(note).toMatch(/retard/i);

  const sheets: DecoratedSheet[] = (await readWorkbookFile(file)).sheets;
  const saved = sheets.find((s) => s.name === "Actions");
  const notes = saved?.notes?.flat() ?? [];
  const backgrounds = saved?.backgrounds?.flat() ?? [];
  const index = notes.findIndex((text) => /retard/i.test(text));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(backgrounds[index]).toMatch(/^#[0-9a-f]{6}$/);
  expect(backgrounds[index]).not.toBe("#ffffff");
});

test("« Générer le rapport annuel… » links to the local report and writes no address into Paramètres", async () => {
  // A new page starts clean: the messages of earlier pages (« Valider le plan »…) are not replayed.
  await page.locator(".sheet-tabs [role=tab]").first().waitFor();
  await expect(page.locator(".messages .message").count()).resolves.toBe(0);
  const settingsBefore = await savedSheet("Paramètres");

  await page.getByRole("button", { name: "Générer le rapport annuel…" }).click();
  const report = page.frameLocator(".dialog-frame");
  await report.getByRole("button", { name: "Générer", exact: true }).click();
  const created = report.locator(".result").getByRole("link");
  await created.waitFor();
  // In the playground there is no Google Doc: the link is this server's own .html, and no PDF.
  const url = new URL((await created.getAttribute("href")) ?? "");
  expect(`${url.origin}/`).toBe(playground.url);
  expect(url.pathname).toBe("/report.html");
  await expect(created.count()).resolves.toBe(1);
  await expect(report.locator(".result").textContent()).resolves.toMatch(/^Rapport créé :/);
  // Beside it, on the page, the same report as .docx.
  const docx = page.locator(".downloads").getByRole("link", { name: "Word (.docx)" });
  await expect(docx.getAttribute("href")).resolves.toBe(`/report.docx${url.search}`);
  const opened = await page.request.get(url.href);
  expect(opened.status()).toBe(200);
  await expect(opened.text()).resolves.toContain((await created.textContent()) ?? "?");
  await report.getByRole("button", { name: "Fermer" }).click();

  // Nothing was written: Paramètres is as it was, and the sidebar has no « Dernier rapport annuel ».
  expect(await savedSheet("Paramètres")).toEqual(settingsBefore);
  const sidebar = await openSidebar();
  await sidebar.getByRole("button", { name: "Actualiser" }).click();
  await sidebar.getByRole("button", { name: "Actualiser" }).waitFor();
  await expect(sidebar.getByRole("link", { name: "Dernier rapport annuel" }).count()).resolves.toBe(0);
});

test("« Valider » lists the errors first, open, and the warnings grouped by kind with a count", async () => {
  await page.getByRole("button", { name: "Valider le plan" }).click();
  const sidebar = page.frameLocator(".sidebar-frame");
  const panel = sidebar.getByRole("tabpanel", { name: /Problèmes/ });
  await panel.locator("details.problem-group").first().waitFor();
  const groups = panel.locator("details.problem-group");
  const severities = await groups.evaluateAll((all) => all.map((d) => d.getAttribute("data-severity")));
  expect(severities[0]).toBe("error");
  expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
  await expect(groups.first().getAttribute("open")).resolves.not.toBeNull();
  const late = groups.filter({ hasText: /\d+ actions en retard/ });
  await expect(late.count()).resolves.toBe(1);
  await expect(late.getAttribute("open")).resolves.toBeNull();
  await late.locator("summary").click();
  await late.locator("li").first().waitFor();
  await expect(late.locator("li").first().textContent()).resolves.toMatch(/retard/);
  // A page of 20, then the next ones on demand, until the group's count.
  const total = Number((await late.locator(".group-title").textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(40);
  await expect(late.locator("li").count()).resolves.toBe(20);
  await late.getByRole("button", { name: `Afficher la suite (${total - 20} de plus)` }).click();
  await late.getByRole("button", { name: `Afficher la suite (${total - 40} de plus)` }).waitFor();
  await expect(late.locator("li").count()).resolves.toBe(40);
  // The second page follows the first: forty different rows.
  const places = await late.locator("li .where").allTextContents();
  expect(new Set(places).size).toBe(40);
});

test("the suggestion button replaces « Agent de projets » and the error leaves the list", async () => {
  await page.getByRole("button", { name: "Valider le plan" }).click();
  const sidebar = page.frameLocator(".sidebar-frame");
  const problem = sidebar.locator(".problems li", { hasText: "« Agent de projets »" });
  await problem.waitFor();
  await problem.getByRole("button", { name: "Remplacer par « Adjoint aux projets »" }).click();
  await sidebar.locator('.notice[data-kind="success"]').waitFor();
  await expect(problem.count()).resolves.toBe(0);
  const saved = await savedActions();
  expect(saved.some((row) => row.some((cell) => cell.includes("Agent de projets")))).toBe(false);
  expect(saved.some((row) => row.includes("Adjoint aux projets"))).toBe(true);
});

test("« Mettre à jour » changes an action's title and responsables", async () => {
  const sidebar = await openSidebar();
  await sidebar.getByRole("tab", { name: "Mettre à jour" }).click();
  const panel = sidebar.getByRole("tabpanel", { name: "Mettre à jour" });
  const code = (await savedActions())[2][0];
  await panel.getByLabel("Chercher une action").fill(code);
  await panel.getByLabel("Action à mettre à jour").selectOption(code);
  const title = panel.getByLabel("Action", { exact: true });
  expect(
    await eventually(
      () => title.inputValue(),
      (value) => value !== "",
    ),
  ).not.toBe("");
  await title.fill("Titre revu par le CA");
  await panel.getByRole("textbox", { name: /^Responsables/ }).fill("");
  await panel.getByRole("checkbox", { name: /^CA/ }).check();
  await panel.getByRole("button", { name: "Enregistrer" }).click();
  await panel.locator('.notice[data-kind="success"]').waitFor();
  const row = (await savedActions()).find((cells) => cells[0] === code);
  expect(row).toEqual(expect.arrayContaining([code, "Titre revu par le CA", "CA"]));
});

test("« Mes actions » lists a responsable's actions, late first, and opens one", async () => {
  const sidebar = await openSidebar();
  await sidebar.getByRole("tab", { name: "Mes actions" }).click();
  const panel = sidebar.getByRole("tabpanel", { name: "Mes actions" });
  await panel.getByLabel("Responsable").selectOption("CA");
  const items = panel.locator("ul.mine li");
  await items.first().waitFor();
  const late = await items.evaluateAll((all) => all.map((li) => li.getAttribute("data-late") === "true"));
  expect(late.length).toBeGreaterThan(1);
  expect(late).toEqual([...late].sort((a, b) => Number(b) - Number(a)));
  await expect(panel.locator(".summary").textContent()).resolves.toMatch(/\d+ actions?, dont \d+ en retard/);
  await items.first().getByRole("button").click();
  const update = sidebar.getByRole("tabpanel", { name: "Mettre à jour" });
  const owners = update.getByRole("textbox", { name: /^Responsables/ });
  expect(
    await eventually(
      () => owners.inputValue(),
      (value) => /CA/.test(value),
    ),
  ).toMatch(/CA/);
});

test("a cell is edited in the grid (double-click, Enter) through the fake, and saved", async () => {
  await showSheet("Actions");
  const cell = page.locator(".grid td[data-row='3'][data-column='3']");
  await cell.dblclick();
  const editor = cell.locator("input.cell-editor");
  await editor.fill("Titre tapé dans la grille");
  await editor.press("Enter");
  await page
    .locator(".grid td[data-row='3'][data-column='3']", { hasText: "Titre tapé dans la grille" })
    .waitFor();
  const saved = await eventually(
    async () => (await savedActions())[2][2],
    (text) => text === "Titre tapé dans la grille",
  );
  expect(saved).toBe("Titre tapé dans la grille");
  // Enter on the selected cell opens it too; Escape leaves it as it was.
  await cell.click();
  await page.locator(".grid-scroll").press("Enter");
  await cell.locator("input.cell-editor").press("Escape");
  await expect(cell.textContent()).resolves.toBe("Titre tapé dans la grille");
});
