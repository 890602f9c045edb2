/**
 * The Boussole menu. Where it goes:
 * - `AuthMode.NONE` only happens to an installed add-on in a document where it was not used yet:
 *   always the add-on menu (Extensions › Boussole), French labels, and no other service call
 *   (the spreadsheet's locale cannot be read in that mode).
 * - Otherwise the script property `BOUSSOLE_MENU` decides: "addon" (set it in the project
 *   published as an add-on) gives the add-on menu; absent, a script bound to its spreadsheet gets
 *   its own top-level « Boussole » menu. Labels follow the spreadsheet's locale.
 */
import { messages } from "../core/i18n";
import type { Language } from "../core/model";
import { languageOf } from "./env";

/** Each item: its label key and the global function it calls (an export of main.ts). */
export const MENU_ITEMS = [
  { label: "openSidebar", target: "menuOpenSidebar" },
  { label: "structure", target: "menuStructure" },
  { label: "validate", target: "menuValidate" },
  { label: "report", target: "menuReport" },
  { label: "help", target: "menuHelp" },
] as const;

export const MENU_PROPERTY = "BOUSSOLE_MENU";

export function buildMenu(event?: GoogleAppsScript.Events.SheetsOnOpen | { authMode?: unknown }): void {
  const limited = event?.authMode !== undefined && event.authMode === ScriptApp.AuthMode.NONE;
  const ui = SpreadsheetApp.getUi();
  if (limited) {
    addItems(ui.createAddonMenu(), "fr");
    return;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language: Language = spreadsheet ? languageOf(spreadsheet) : "fr";
  const asAddOn = PropertiesService.getScriptProperties().getProperty(MENU_PROPERTY) === "addon";
  const menu = asAddOn ? ui.createAddonMenu() : ui.createMenu(messages(language).ui.server.menu.title);
  addItems(menu, language);
}

function addItems(menu: GoogleAppsScript.Base.Menu, language: Language): void {
  const labels = messages(language).ui.server.menu;
  for (const item of MENU_ITEMS) {
    if (item.label === "help") menu.addSeparator();
    menu.addItem(labels[item.label], item.target);
  }
  menu.addToUi();
}
