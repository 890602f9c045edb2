/**
 * The playground page: the workbook as a grid (one tab per sheet), the add-on's menu as buttons,
 * its sidebar in a 300 px frame and its dialogs in a <dialog>, exactly as dist/Code.js shows them.
 * The frames talk to the server through the google.script.run shim and tell this page when they
 * called it (to redraw the grid) or want to close.
 */
import { type Messages, messages } from "../../core/i18n";
import type { CellRef, FrameMessage, GridSheet, SessionState, UiEvent } from "../../node/playground/protocol";
import { reportLinks } from "../../node/playground/report-links";
import { h, replace } from "../shared/dom";
import { editCell, fetchState, runMenu, selectCell } from "./api";
import { openCellEditor } from "./cell-editor";
import { renderGrid } from "./grid";

type Texts = Messages["ui"]["playground"];

const MAX_MESSAGES = 3;
const root = document.getElementById("app") as HTMLElement;
/** The last event shown; null until the first sync (a new page does not replay older events). */
let since: number | null = null;
let revision = -1;
let sheets: GridSheet[] = [];
let shown = "";
let active: SessionState["active"] = null;
let texts: Texts = messages("fr").ui.playground;

const menuBar = h("nav", { class: "menu" });
const messagesBox = h("div", { class: "messages", "aria-live": "polite" });
const tabs = h("div", { class: "sheet-tabs", role: "tablist" });
const gridBox = h("div", { class: "grid-scroll", tabindex: 0 });
const sidebarTitle = h("h2");
const sidebarClose = h("button", { type: "button", class: "close" }, "×");
const sidebarFrame = h("iframe", { class: "sidebar-frame", title: "Boussole" });
const sidebar = h(
  "aside",
  { class: "sidebar-panel", hidden: true },
  h("header", {}, sidebarTitle, sidebarClose),
  sidebarFrame,
);
const dialogTitle = h("h2");
const dialogClose = h("button", { type: "button", class: "close" }, "×");
const dialogFrame = h("iframe", { class: "dialog-frame" });
const downloads = h("p", { class: "downloads", hidden: true });
const dialog = h(
  "dialog",
  { class: "addon-dialog" },
  h("header", {}, dialogTitle, dialogClose),
  dialogFrame,
  downloads,
);
const fileLine = h("p", { class: "file" });

function layout(): void {
  replace(
    root,
    h("header", { class: "bar" }, h("h1", {}, texts.title), fileLine),
    menuBar,
    messagesBox,
    h("div", { class: "workspace" }, h("section", { class: "workbook" }, gridBox, tabs), sidebar),
    dialog,
  );
  sidebarClose.setAttribute("aria-label", texts.closePanel);
  dialogClose.setAttribute("aria-label", texts.closeDialog);
  tabs.setAttribute("aria-label", texts.sheets);
}

function drawMenu(state: SessionState): void {
  menuBar.setAttribute("aria-label", texts.menu);
  replace(
    menuBar,
    h("span", { class: "menu-caption" }, state.menu.caption),
    ...state.menu.items.map((item) => {
      const button = h(
        "button",
        { type: "button", class: "secondary", "data-function": item.functionName },
        item.caption,
      );
      button.addEventListener("click", async () => {
        button.disabled = true;
        try {
          const result = await runMenu(item.functionName);
          if (!result.ok) say("error", texts.menuFailed(result.error));
        } catch (error) {
          say("error", texts.menuFailed((error as Error).message));
        } finally {
          button.disabled = false;
          await sync();
        }
      });
      return button;
    }),
  );
}

function drawSheets(): void {
  if (!sheets.some((sheet) => sheet.name === shown)) shown = sheets[0]?.name ?? "";
  replace(
    tabs,
    ...sheets.map((sheet) => {
      const tab = h(
        "button",
        { type: "button", role: "tab", "aria-selected": String(sheet.name === shown) },
        sheet.name,
      );
      // As in Sheets, opening a tab activates that sheet (the cursor goes to its first cell here).
      tab.addEventListener("click", () => void choose({ sheet: sheet.name, row: 1, column: 1 }));
      return tab;
    }),
  );
  // A cell being typed in is not drawn over: the grid is drawn again once the text is written.
  if (gridBox.querySelector(".cell-editor")) return;
  const sheet = sheets.find((s) => s.name === shown);
  if (!sheet) {
    replace(gridBox, h("p", { class: "empty" }, texts.noSheets));
    return;
  }
  replace(
    gridBox,
    renderGrid(sheet, active, (cell) => void choose(cell), edit),
  );
  gridBox.querySelector(".active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

/** Types into a cell through the fake (as a person in Sheets), then shows the workbook again. */
async function edit(cell: CellRef): Promise<void> {
  // The click before a double-click redraws the grid: open the cell as it is drawn now.
  await syncing;
  const td = gridBox.querySelector<HTMLTableCellElement>(
    `td[data-row="${cell.row}"][data-column="${cell.column}"]`,
  );
  if (!td) return;
  openCellEditor(
    td,
    texts.editCell(cell.row, cell.column),
    async (text) => {
      try {
        await editCell(cell, text);
      } catch (error) {
        say("error", texts.editFailed((error as Error).message));
      }
      revision = -1; // the cell shows what the fake made of the text
      await sync();
    },
    () => undefined,
  );
}

/** Enter on the selected cell opens it, as in Sheets. */
gridBox.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || (event.target as Element).closest("input")) return;
  if (!active || !gridBox.querySelector("td.active")) return;
  event.preventDefault();
  void edit({ sheet: active.sheet, row: active.row, column: active.column });
});

async function choose(cell: CellRef): Promise<void> {
  await selectCell(cell);
  await sync();
}

function say(kind: "error" | "alert" | "toast", text: string, title = ""): void {
  const close = h("button", { type: "button", class: "close", "aria-label": texts.closeDialog }, "×");
  const item = h(
    "div",
    { class: "message", "data-kind": kind, role: kind === "error" ? "alert" : "status" },
    h("div", {}, title ? h("strong", {}, title) : null, h("p", {}, text)),
    close,
  );
  close.addEventListener("click", () => item.remove());
  messagesBox.append(item);
  // The latest few stay on screen; older ones would only hide the grid.
  while (messagesBox.childElementCount > MAX_MESSAGES) messagesBox.firstElementChild?.remove();
}

function show(event: UiEvent): void {
  if (event.type === "message") {
    say(event.kind === "toast" ? "toast" : "alert", event.text, event.title);
    return;
  }
  if (event.kind === "sidebar") {
    sidebarTitle.textContent = event.title;
    sidebarFrame.src = `/ui/${event.id}`;
    sidebar.hidden = false;
    return;
  }
  dialogTitle.textContent = event.title;
  dialogFrame.title = event.title;
  dialogFrame.style.width = `${event.width ?? 420}px`;
  dialogFrame.style.height = `${event.height ?? 420}px`;
  dialogFrame.src = `/ui/${event.id}`;
  downloads.hidden = true;
  if (!dialog.open) {
    if (event.kind === "modal") dialog.showModal();
    else dialog.show();
  }
}

function offerDownloads(request: unknown): void {
  const links = reportLinks(request);
  replace(
    downloads,
    h("strong", {}, texts.download),
    " ",
    h("a", { href: links.docx, download: "" }, texts.downloadDocx),
    " · ",
    h("a", { href: links.html, download: "" }, texts.downloadHtml),
  );
  downloads.hidden = false;
}

function closeSidebar(): void {
  sidebar.hidden = true;
  sidebarFrame.src = "about:blank";
}

function closeDialog(): void {
  dialog.close();
  dialogFrame.src = "about:blank";
}

let syncing: Promise<void> = Promise.resolve();
/** Reads the server's state after the last one read; one at a time, in order. */
function sync(): Promise<void> {
  syncing = syncing.then(async () => {
    const state = await fetchState(since ?? 0, revision);
    active = state.active;
    fileLine.textContent = texts.workbook(state.file);
    if (state.sheets) {
      sheets = state.sheets;
      revision = state.revision;
    }
    if (active) shown = active.sheet;
    drawSheets();
    if (since !== null) for (const event of state.events) show(event);
    since = state.events.at(-1)?.id ?? since ?? 0;
  });
  return syncing;
}

window.addEventListener("message", (event: MessageEvent<FrameMessage>) => {
  if (event.origin !== location.origin || !event.data?.boussole) return;
  const fromSidebar = event.source === sidebarFrame.contentWindow;
  if (event.data.type === "close") {
    if (fromSidebar) closeSidebar();
    else closeDialog();
    return;
  }
  if (event.data.name === "generateReport" && event.data.ok) offerDownloads(event.data.args[0]);
  void sync();
});

async function start(): Promise<void> {
  const state = await fetchState(0, -1);
  texts = messages(state.language).ui.playground;
  document.documentElement.lang = state.language;
  document.title = texts.title;
  layout();
  drawMenu(state);
  sidebarClose.addEventListener("click", closeSidebar);
  dialogClose.addEventListener("click", closeDialog);
  dialog.addEventListener("cancel", () => {
    dialogFrame.src = "about:blank";
  });
  await sync();
}

void start();
