/**
 * The Boussole menu, always the add-on menu (Extensions › Boussole): that is where a published
 * editor add-on's menu goes (`createAddonMenu`), and a script bound to its spreadsheet for
 * development gets the same menu there, so there is nothing to configure.
 * In `AuthMode.NONE` (an installed add-on in a document where it was not used yet) the labels are
 * French and no other service is called: the spreadsheet's locale cannot be read in that mode.
 * Otherwise the labels follow the spreadsheet's locale.
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

export function buildMenu(event?: GoogleAppsScript.Events.SheetsOnOpen | { authMode?: unknown }): void {
  const limited = event?.authMode !== undefined && event.authMode === ScriptApp.AuthMode.NONE;
  const spreadsheet = limited ? null : SpreadsheetApp.getActiveSpreadsheet();
  const language: Language = spreadsheet ? languageOf(spreadsheet) : "fr";
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  const labels = messages(language).ui.server.menu;
  for (const item of MENU_ITEMS) {
    if (item.label === "help") menu.addSeparator();
    menu.addItem(labels[item.label], item.target);
  }
  menu.addToUi();
}
