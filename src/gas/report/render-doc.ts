/**
 * Renders the report model into a new Google Doc through the Docs API advanced service, which
 * needs only the drive.file scope for a Doc the add-on creates (the `documents` scope of
 * DocumentApp would let it see and edit every Doc of the person). One `Documents.create`, then
 * the whole report as `batchUpdate` requests (docs-requests.ts) in as few batches as a request
 * body allows: 2 round trips for a plan of any usual size, 4 at most for the largest Doc Google
 * keeps. Services are passed in so that tests hand over the fake.
 */
import type { ReportDocument } from "../../core/report";
import { reportRequests } from "./docs-requests";
import type { DocsRequest } from "./docs-types";

export interface DocServices {
  Docs: GoogleAppsScript.Docs;
}

export interface RenderedDoc {
  id: string;
  url: string;
  /** The Doc exported as PDF by Google, opened with the person's own session: no scope needed. */
  pdfUrl: string;
}

/**
 * A Google Doc holds at most 1,020,000 characters (Google Drive Help, « Files you can store in
 * Google Drive », https://support.google.com/drive/answer/37603). Counted here as the body's end
 * index, tables' structure included: the stricter reading, as the page does not say how Docs counts.
 */
export const MAX_DOC_CHARACTERS = 1_020_000;

/**
 * The Docs reference gives no limit on a batch, neither its requests nor its bytes. Google's API
 * front end refuses a request body past 10,485,760 bytes (« Request payload size exceeds the
 * limit: 10485760 bytes. », seen with the Sheets API; Google says the limit is not published:
 * github.com/googleworkspace/dotnet-samples/issues/23). Each batch stays under 9 MiB of UTF-8 JSON,
 * room left for the envelope. A Doc at its largest then takes at most three batches.
 */
export const MAX_BATCH_BYTES = 9 * 1024 * 1024;

/** The report would not fit in a Google Doc: nothing was created. */
export class ReportTooLargeError extends Error {
  constructor(readonly characters: number) {
    super(`The report would take ${characters} characters; a Google Doc holds ${MAX_DOC_CHARACTERS}.`);
  }
}

/**
 * Always creates a new Doc: a report someone has edited is never overwritten. The size is checked
 * before: no empty Doc is left behind by a report too large for Docs.
 */
export function renderReportToDoc(report: ReportDocument, services: DocServices, name: string): RenderedDoc {
  const { requests, characters } = reportRequests(report);
  if (characters > MAX_DOC_CHARACTERS) throw new ReportTooLargeError(characters);
  const documents = services.Docs.Documents;
  const created = documents.create({ title: name });
  const id = created.documentId ?? "";
  for (const batch of batches(requests)) send(documents, id, batch);
  return {
    id,
    url: `https://docs.google.com/document/d/${id}/edit`,
    pdfUrl: `https://docs.google.com/document/d/${id}/export?format=pdf`,
  };
}

/**
 * The Docs reference documents no cap on a batch's requests, but one tool holds Docs to 500. A
 * refused batch changed nothing (batches are atomic): a large one is then sent again in chunks of
 * that size, in order, so the report is made at the cost of more round trips. A batch already that
 * small was refused for another reason, which is passed on.
 */
const FALLBACK_REQUESTS = 500;

function send(
  documents: GoogleAppsScript.Docs.Collection.DocumentsCollection,
  id: string,
  batch: DocsRequest[],
) {
  try {
    documents.batchUpdate({ requests: batch }, id);
  } catch (error) {
    if (batch.length <= FALLBACK_REQUESTS) throw error;
    for (let start = 0; start < batch.length; start += FALLBACK_REQUESTS)
      documents.batchUpdate({ requests: batch.slice(start, start + FALLBACK_REQUESTS) }, id);
  }
}

/** Consecutive requests, cut where a batch's JSON would pass `limit` bytes: order is all that matters. */
export function batches<T>(requests: T[], limit = MAX_BATCH_BYTES): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const request of requests) {
    // Each request and the comma after it, in the UTF-8 bytes that travel.
    const length = utf8Length(JSON.stringify(request)) + 1;
    if (current.length > 0 && size + length > limit) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(request);
    size += length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Bytes of `text` in UTF-8 (Apps Script has no TextEncoder): accented letters take two. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character of four bytes: two for each half.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
