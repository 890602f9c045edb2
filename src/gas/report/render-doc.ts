/**
 * Renders the report model into a new Google Doc through the Docs API advanced service, which
 * needs only the drive.file scope for a Doc the add-on creates (the `documents` scope of
 * DocumentApp would let it see and edit every Doc of the person). One `Documents.create`, then
 * the whole report as `batchUpdate` requests (docs-requests.ts) in as few batches as a request
 * body allows: 2 round trips for a plan of any usual size. Services are passed in so that tests
 * hand over the fake.
 */
import type { ReportDocument } from "../../core/report";
import { reportRequests } from "./docs-requests";

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
 * The reference gives no limit on the number of requests in a batch; Google's front ends refuse
 * request bodies past about 10 MB, so each batch stays under half of that.
 */
const MAX_BATCH_CHARS = 5_000_000;

/** Always creates a new Doc: a report someone has edited is never overwritten. */
export function renderReportToDoc(report: ReportDocument, services: DocServices, name: string): RenderedDoc {
  const documents = services.Docs.Documents;
  const created = documents.create({ title: name });
  const id = created.documentId ?? "";
  for (const requests of batches(reportRequests(report))) documents.batchUpdate({ requests }, id);
  return {
    id,
    url: `https://docs.google.com/document/d/${id}/edit`,
    pdfUrl: `https://docs.google.com/document/d/${id}/export?format=pdf`,
  };
}

/** Consecutive requests, cut where a batch would pass MAX_BATCH_CHARS: order is all that matters. */
export function batches<T>(requests: T[], limit = MAX_BATCH_CHARS): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const request of requests) {
    const length = JSON.stringify(request).length;
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
