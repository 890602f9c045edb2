/**
 * An in-memory Apps Script for tests and the local playground: the services Boussole uses, backed
 * by plain data (a workbook, Docs, a Drive, properties, locks, what the Ui showed), counting every
 * service call. Usage:
 *
 *   const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "Actions", values }] } });
 *   installFakeGas(vmContext, fake);            // or call code with fake.globals.SpreadsheetApp…
 *   expect(fake.calls.total()).toBeLessThanOrEqual(10);
 *   fake.runInAuthMode("NONE", () => globals.onOpen({ authMode: "NONE" })); // as a fresh add-on
 *   fake.spreadsheet.sheet("Actions")?.values(); // the data (formulas computed), uncounted
 *   fake.spreadsheet.shown("Actions", 5, 2).fontColor; // as conditional formats show the cell
 *   expect(fake.spreadsheet.conversions).toEqual([]); // no string was parsed into something else
 * The fake follows Google's reference pages strictly (README « How strict the fake services are »).
 */
import { Access, type AuthMode } from "./access";
import { FakeLogger, FakeScriptApp, FakeSession, FakeUtilities, type SessionOptions } from "./base";
import { CallLog } from "./calls";
import { DocsApiRecord, FakeDocumentsCollection } from "./docs-api/service";
import { type DocumentData, FakeDocumentApp } from "./document/app";
import { DriveRecord, FakeDriveApp, FOLDER_MIME } from "./drive";
import { Exposer, type FakeObject, type Realm } from "./expose";
import { FakeHtmlService } from "./html";
import { FakeLockService, LockRecord } from "./lock";
import { FakeMailApp, type MailRecord } from "./mail";
import { FakePropertiesService, PropertiesRecord, type PropertyScope } from "./properties";
import { FakeSpreadsheetApp } from "./spreadsheet/app";
import { type SpreadsheetInit, SpreadsheetModel } from "./spreadsheet/model";
import { FakeSpreadsheet } from "./spreadsheet/spreadsheet";
import { UiRecord } from "./ui";

export type { AuthMode, Requirement } from "./access";
export { MANIFEST_SCOPES, SCOPES } from "./access";
export type { CallLog } from "./calls";
export { dateCell } from "./dates";
export { DOCS_API_SCOPES, type DocsApiRecord } from "./docs-api/service";
export type { DocumentData } from "./document/app";
export type { DocBlock } from "./document/elements";
export type { TextSpan, TextStyle } from "./document/text";
export type { DriveItem, DriveRecord } from "./drive";
export type { Realm } from "./expose";
export type { LockRecord, LockScope } from "./lock";
export type { MailRecord } from "./mail";
export type { PropertiesRecord, PropertyScope } from "./properties";
export type {
  CellData,
  ConditionalRuleSpec,
  Conversion,
  ProtectionSpec,
  RangeRef,
  SheetInit,
  SheetModel,
  SpreadsheetInit,
  SpreadsheetModel,
  ValidationSpec,
} from "./spreadsheet/model";
export type { Answer, DialogRecord, MenuEntry, MenuRecord, Question, UiRecord } from "./ui";

export interface FakeGasOptions extends SessionOptions {
  /** Defaults: time zone "America/Toronto", locale "fr_CA", owner "owner@example.org" who runs the script. */
  spreadsheet?: SpreadsheetInit & {
    /** Drive folder holding the spreadsheet; default: the root folder. */
    folder?: string;
  };
  /** The project's HTML files by name without ".html", for createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** Initial properties per store. */
  properties?: Partial<Record<PropertyScope, Record<string, string>>>;
  /** The OAuth scopes granted; default: appsscript.json's oauthScopes (access.ts). */
  scopes?: readonly string[];
  /**
   * Whether the script runs bound to the spreadsheet (default true). When false there is no
   * active spreadsheet, no Ui, and getDocumentLock / getDocumentProperties return null.
   */
  bound?: boolean;
  /**
   * A cap on the requests of one Docs batchUpdate. The Docs reference documents none; one
   * third-party tool says 500 (github.com/openclaw/gogcli, « docsBatchUpdateRequestCap »), with
   * no Google error quoted. Off by default, so that round trips are counted as the reference
   * describes the API; the report is also tested under a cap of 500 (render-doc.test.ts).
   */
  docsRequestsPerBatch?: number;
}

/** The Apps Script globals, typed as the real services (methods the fake lacks throw when called). */
export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /** The Docs API advanced service (appsscript.json, enabledAdvancedServices). */
  Docs: GoogleAppsScript.Docs;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
}

export interface FakeGas {
  globals: FakeGlobals;
  calls: CallLog;
  /** The workbook (values, formats, notes, validations…), read and written without counting. */
  spreadsheet: SpreadsheetModel;
  /** Docs created or opened through DocumentApp, in creation order. */
  documents: DocumentData[];
  /** Docs made through the Docs API advanced service, and the batches sent to them. */
  docs: DocsApiRecord;
  ui: UiRecord;
  locks: LockRecord;
  properties: PropertiesRecord;
  drive: DriveRecord;
  /** Lines written with Logger.log. */
  logs: string[];
  /** Emails sent with MailApp. */
  mails: MailRecord[];
  /** The granted scopes and the current authorization mode. */
  access: Access;
  /** Runs `body` (e.g. a trigger) in an authorization mode, then returns to FULL. */
  runInAuthMode<T>(mode: AuthMode, body: () => T): T;
  /** Dates and errors handed to the code under test are built with this realm's constructors. */
  useRealm(realm: Realm): void;
}

export function createFakeGas(options: FakeGasOptions = {}): FakeGas {
  const calls = new CallLog();
  const access = new Access(options.scopes);
  const exposer = new Exposer(calls, access);
  const expose = <T>(raw: FakeObject) => exposer.expose<T>(raw);
  const bound = options.bound ?? true;

  const spreadsheet = new SpreadsheetModel(options.spreadsheet);
  const ui = new UiRecord();
  const locks = new LockRecord();
  const properties = new PropertiesRecord(options.properties);
  const drive = new DriveRecord(access);
  const mails: MailRecord[] = [];
  const documents: DocumentData[] = [];
  const docs = new DocsApiRecord(options.docsRequestsPerBatch);
  const logger = new FakeLogger();

  const folder = options.spreadsheet?.folder
    ? drive.add({ name: options.spreadsheet.folder, mimeType: FOLDER_MIME, parentId: drive.root.id })
    : drive.root;
  drive.add({
    id: spreadsheet.id,
    name: spreadsheet.name,
    mimeType: "application/vnd.google-apps.spreadsheet",
    url: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`,
    parentId: folder.id,
  });

  const active = bound ? new FakeSpreadsheet(spreadsheet, ui) : null;
  const globals: FakeGlobals = {
    SpreadsheetApp: expose(new FakeSpreadsheetApp(active, ui)),
    DocumentApp: expose(new FakeDocumentApp(drive, documents)),
    Docs: { Documents: expose(new FakeDocumentsCollection(docs, drive)) } as GoogleAppsScript.Docs,
    DriveApp: expose(new FakeDriveApp(drive)),
    LockService: expose(new FakeLockService(locks, bound)),
    PropertiesService: expose(new FakePropertiesService(properties, bound)),
    HtmlService: expose(new FakeHtmlService(options.htmlFiles ?? {})),
    MailApp: expose(new FakeMailApp(mails)),
    Session: expose(new FakeSession(options)),
    ScriptApp: expose(new FakeScriptApp()),
    Utilities: expose(new FakeUtilities()),
    Logger: expose(logger),
  };
  return {
    globals,
    calls,
    spreadsheet,
    documents,
    docs,
    ui,
    locks,
    properties,
    drive,
    logs: logger.lines,
    mails,
    access,
    runInAuthMode: (mode, body) => access.run(mode, body),
    useRealm: (realm) => exposer.useRealm(realm),
  };
}

/**
 * Puts the fake services on a vm context or on globalThis; returns the target. For a vm context,
 * pass its realm, e.g. `vm.runInContext("({ Date, Error })", context)`, so that dates read from
 * cells are `instanceof Date` inside it.
 */
export function installFakeGas<T extends object>(target: T, fake: FakeGas, realm?: Realm): T & FakeGlobals {
  if (realm) fake.useRealm(realm);
  return Object.assign(target, fake.globals);
}
