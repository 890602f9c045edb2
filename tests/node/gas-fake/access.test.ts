import { readFileSync } from "node:fs";
import { createFakeGas, MANIFEST_SCOPES, SCOPES } from "../../../src/node/gas-fake";
import { Access } from "../../../src/node/gas-fake/access";

const denied = (call: string, scope: string) =>
  `You do not have permission to call ${call}. Required permissions: ${scope}`;

// https://developers.google.com/apps-script/concepts/scopes — a script may only call what its
// granted scopes allow; Apps Script throws « You do not have permission to call X. Required
// permissions: … » otherwise.
describe("OAuth scopes", () => {
  it("by default the fake is granted the manifest's scopes (appsscript.json oauthScopes)", () => {
    const manifest = JSON.parse(readFileSync("appsscript.json", "utf8")) as { oauthScopes: string[] };
    expect(MANIFEST_SCOPES).toEqual(manifest.oauthScopes);
    expect([...createFakeGas().access.scopes]).toEqual(manifest.oauthScopes);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getactivespreadsheet
  it("SpreadsheetApp needs spreadsheets or spreadsheets.currentonly; openById needs spreadsheets", () => {
    const none = createFakeGas({ scopes: [SCOPES.containerUi] }).globals.SpreadsheetApp;
    expect(() => none.getActiveSpreadsheet()).toThrow(
      denied("SpreadsheetApp.getActiveSpreadsheet", SCOPES.spreadsheets),
    );
    const current = createFakeGas({ scopes: [SCOPES.spreadsheetsCurrentOnly] }).globals.SpreadsheetApp;
    expect(current.getActiveSpreadsheet()?.getName()).toBe("Plan stratégique");
    expect(() => current.openById("spreadsheet-1")).toThrow(
      denied("SpreadsheetApp.openById", SCOPES.spreadsheets),
    );
  });

  // https://developers.google.com/apps-script/reference/base/ui#showsidebaruserinterface
  it("menus need no scope; sidebars, dialogs and alerts need script.container.ui", () => {
    const { SpreadsheetApp, HtmlService } = createFakeGas({
      scopes: [SCOPES.spreadsheetsCurrentOnly],
    }).globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Ouvrir", "open").addToUi();
    expect(() => ui.showSidebar(HtmlService.createHtmlOutput("<p>x</p>"))).toThrow(
      denied("Ui.showSidebar", SCOPES.containerUi),
    );
    expect(() => ui.alert("x")).toThrow(denied("Ui.alert", SCOPES.containerUi));
  });

  // https://developers.google.com/apps-script/reference/document/document-app#createname
  it("DocumentApp needs documents", () => {
    const { DocumentApp } = createFakeGas({ scopes: [SCOPES.driveFile] }).globals;
    expect(() => DocumentApp.create("Rapport")).toThrow(denied("DocumentApp.create", SCOPES.documents));
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendemailrecipient,-subject,-body
  it("MailApp needs script.send_mail, which the manifest does not ask for", () => {
    const fake = createFakeGas();
    expect(() => fake.globals.MailApp.sendEmail("ca@example.org", "Rapport", "Voici")).toThrow(
      denied("MailApp.sendEmail", SCOPES.sendMail),
    );
    const granted = createFakeGas({ scopes: [SCOPES.sendMail] });
    granted.globals.MailApp.sendEmail("ca@example.org", "Rapport", "Voici");
    expect(granted.mails).toEqual([{ to: "ca@example.org", subject: "Rapport", body: "Voici" }]);
  });

  // https://developers.google.com/docs/api/auth — the Docs API accepts documents or drive.file:
  // a service declares every scope that lets it run, and any one of them suffices.
  it("a service that accepts drive.file (the Docs advanced service) declares it, and drive.file alone lets it run", () => {
    const access = new Access([SCOPES.driveFile]);
    const docsApi = { scopes: [SCOPES.documents, SCOPES.driveFile] };
    expect(() => access.check("Docs.Documents", "batchUpdate", docsApi)).not.toThrow();
    expect(() => new Access([SCOPES.spreadsheets]).check("Docs.Documents", "get", docsApi)).toThrow(
      denied("Docs.Documents.get", SCOPES.documents),
    );
  });
});

// https://developers.google.com/apps-script/reference/script/auth-mode — NONE: « does not allow
// access to any services that require authorization » (the reference's own example reads no
// properties in NONE and only adds menu items); LIMITED: a subset (the bound spreadsheet).
describe("authorization modes", () => {
  it("in AuthMode.NONE only menus can be built; everything needing authorization throws", () => {
    const fake = createFakeGas();
    const { SpreadsheetApp, PropertiesService, DriveApp, DocumentApp, LockService, Session } = fake.globals;
    fake.runInAuthMode("NONE", () => {
      SpreadsheetApp.getUi().createAddonMenu().addItem("Ouvrir le panneau", "menuOpenSidebar").addToUi();
      const refused: [string, () => unknown][] = [
        ["SpreadsheetApp.getActiveSpreadsheet", () => SpreadsheetApp.getActiveSpreadsheet()],
        ["PropertiesService.getDocumentProperties", () => PropertiesService.getDocumentProperties()],
        ["PropertiesService.getScriptProperties", () => PropertiesService.getScriptProperties()],
        ["DriveApp.getRootFolder", () => DriveApp.getRootFolder()],
        ["DocumentApp.create", () => DocumentApp.create("x")],
        ["LockService.getDocumentLock", () => LockService.getDocumentLock()],
        ["Session.getActiveUserLocale", () => Session.getActiveUserLocale()],
      ];
      for (const [call, run] of refused) {
        expect(run).toThrow(`You do not have permission to call ${call} in AuthMode.NONE.`);
      }
    });
    expect(fake.ui.menus).toHaveLength(1);
    // Back to FULL afterwards, also when the body throws.
    expect(() => fake.runInAuthMode("NONE", () => PropertiesService.getDocumentProperties())).toThrow();
    expect(fake.access.authMode).toBe("FULL");
    expect(PropertiesService.getDocumentProperties()?.getKeys()).toEqual([]);
  });

  it("in AuthMode.LIMITED the bound spreadsheet and its properties work; Drive, Docs and dialogs do not", () => {
    const fake = createFakeGas();
    const { SpreadsheetApp, PropertiesService, DriveApp, DocumentApp, HtmlService } = fake.globals;
    fake.runInAuthMode("LIMITED", () => {
      expect(SpreadsheetApp.getActiveSpreadsheet()?.getSheets()).toHaveLength(1);
      PropertiesService.getDocumentProperties()?.setProperty("vu", "oui");
      expect(() => DriveApp.getFileById("spreadsheet-1")).toThrow("in AuthMode.LIMITED");
      expect(() => DocumentApp.create("x")).toThrow("in AuthMode.LIMITED");
      expect(() => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("x"))).toThrow(
        "in AuthMode.LIMITED",
      );
    });
    expect(fake.properties.snapshot("document")).toEqual({ vu: "oui" });
  });
});
