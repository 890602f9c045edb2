/**
 * The Docs advanced service (`Docs.Documents`): create, get and batchUpdate on in-memory Docs.
 * Each call is one round trip (cost.ts: every Documents call is a « trip »). A batch is atomic, as
 * the API says: it is applied to a copy, kept only when every request succeeded.
 */
import { type Requirement, SCOPES } from "../access";
import type { DriveRecord } from "../drive";
import { FakeObject } from "../expose";
import { applyRequest, type DocsRequest } from "./apply";
import { documentJson } from "./json";
import { bodyEnd, type DocsDocument, emptyParagraph } from "./model";

/**
 * The scopes documents.create, get and batchUpdate accept (their reference pages, « Authorization
 * scopes »): drive.file is enough for a document the app created.
 */
export const DOCS_API_SCOPES = [SCOPES.documents, SCOPES.drive, SCOPES.driveFile] as const;

export const DOC_MIME = "application/vnd.google-apps.document";

/**
 * Google's API front end refuses a request body past this many bytes, with this message (seen with
 * the Sheets API: github.com/jlolling/talendcomp_tGoogleSheet/issues/1; Google does not publish the
 * limit: github.com/googleworkspace/dotnet-samples/issues/23). The Docs reference is silent: the
 * fake applies the same limit to batchUpdate.
 */
export const MAX_PAYLOAD_BYTES = 10_485_760;

/**
 * « Documents: Up to 1.02 million characters » (https://support.google.com/drive/answer/37603).
 * The fake counts the body's end index, tables' structure included, and refuses the batch that
 * passes it; Google's wording for this refusal is not documented, so the message is the fake's own.
 */
export const MAX_DOCUMENT_CHARACTERS = 1_020_000;

/** Every Doc made through the API, by id, and every batch sent (for tests that count them). */
export class DocsApiRecord {
  readonly documents = new Map<string, DocsDocument>();
  readonly batches: DocsRequest[][] = [];

  /** `requestsPerBatch`: the cap of FakeGasOptions.docsRequestsPerBatch, none when absent. */
  constructor(readonly requestsPerBatch?: number) {}

  get(id: string): GoogleAppsScript.Docs.Schema.Document {
    const doc = this.documents.get(id);
    if (!doc) throw new Error(`Requested entity was not found: document ${id}`);
    return documentJson(doc);
  }
}

export class FakeDocumentsCollection extends FakeObject {
  readonly _kind = "Documents";

  constructor(
    private readonly record: DocsApiRecord,
    private readonly drive: DriveRecord,
  ) {
    super();
  }

  override _requires(): Requirement {
    return { scopes: DOCS_API_SCOPES };
  }

  /** « Creates a blank document using the title given in the request. Other fields … are ignored. » */
  create(resource: GoogleAppsScript.Docs.Schema.Document): GoogleAppsScript.Docs.Schema.Document {
    const title = resource.title ?? "Untitled document";
    const file = this.drive.add({
      name: title,
      mimeType: DOC_MIME,
      parentId: this.drive.root.id,
      createdByScript: true,
    });
    const doc: DocsDocument = { documentId: file.id, title, body: [emptyParagraph()] };
    this.record.documents.set(doc.documentId, doc);
    return documentJson(doc);
  }

  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    return this.record.get(documentId);
  }

  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this.record.documents.get(documentId);
    if (!doc) throw new Error(`Requested entity was not found: document ${documentId}`);
    const payload = Buffer.byteLength(JSON.stringify(resource));
    if (payload > MAX_PAYLOAD_BYTES)
      throw new Error(`Request payload size exceeds the limit: ${MAX_PAYLOAD_BYTES} bytes.`);
    const requests = resource.requests ?? [];
    const cap = this.record.requestsPerBatch;
    if (cap !== undefined && requests.length > cap)
      throw new Error(
        `Invalid requests: a batch holds at most ${cap} requests, this one ${requests.length}.`,
      );
    const copy = structuredClone(doc);
    for (const [position, request] of requests.entries()) applyRequest(copy, request, position);
    if (bodyEnd(copy) > MAX_DOCUMENT_CHARACTERS)
      throw new Error(
        `The document would exceed the maximum size of ${MAX_DOCUMENT_CHARACTERS} characters; no change was applied.`,
      );
    this.record.documents.set(documentId, copy);
    this.record.batches.push(requests);
    return { documentId, replies: requests.map(() => ({})) };
  }
}
