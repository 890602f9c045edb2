/**
 * The playground's addresses of the locally rendered report, with the Report dialog's request as
 * URL parameters (read back by requestFromQuery in report.ts). Pure: used by the server and the page.
 */

export interface ReportLinks {
  docx: string;
  html: string;
}

/** Paths on the playground's server; the defaults apply when `request` has no period. */
export function reportLinks(request: unknown): ReportLinks {
  const params = new URLSearchParams();
  const r = request as {
    period?: { label?: string; start?: string; end?: string };
    language?: string;
    includeOwners?: boolean;
    includeCompletedDetail?: boolean;
    includeProblems?: boolean;
  } | null;
  if (r?.period?.start && r.period.end) {
    params.set("label", r.period.label ?? "");
    params.set("start", r.period.start);
    params.set("end", r.period.end);
    params.set("language", r.language ?? "fr");
    params.set("owners", r.includeOwners === false ? "0" : "1");
    params.set("completed", r.includeCompletedDetail === false ? "0" : "1");
    params.set("problems", r.includeProblems === true ? "1" : "0");
  }
  const query = params.size > 0 ? `?${params}` : "";
  return { docx: `/report.docx${query}`, html: `/report.html${query}` };
}
