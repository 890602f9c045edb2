/** Reading a report model back in tests: its headings, tables and fields by label. */
import type { ReportBlock, ReportDocument } from "../../../src/core/report";

type Table = Extract<ReportBlock, { kind: "table" }>;

export function headings(report: ReportDocument, level?: number): string[] {
  return report.blocks.flatMap((block) =>
    block.kind === "heading" && (level === undefined || block.level === level) ? [block.text] : [],
  );
}

/** The first block after the heading `text` of the given kind. */
export function blockAfter<K extends ReportBlock["kind"]>(
  report: ReportDocument,
  text: string,
  kind: K,
): Extract<ReportBlock, { kind: K }> {
  const start = report.blocks.findIndex((block) => block.kind === "heading" && block.text === text);
  if (start < 0) throw new Error(`no heading « ${text} »`);
  const found = report.blocks.slice(start + 1).find((block) => block.kind === kind);
  if (!found) throw new Error(`no ${kind} after « ${text} »`);
  return found as Extract<ReportBlock, { kind: K }>;
}

export function tableAfter(report: ReportDocument, text: string): Table {
  return blockAfter(report, text, "table");
}

export function field(report: ReportDocument, label: string): string | undefined {
  for (const block of report.blocks) {
    if (block.kind !== "fields") continue;
    const item = block.items.find((candidate) => candidate.label === label);
    if (item) return item.value;
  }
  return undefined;
}

/** Every text of the model, in order: what every renderer must show. */
export function allTexts(report: ReportDocument): string[] {
  return report.blocks.flatMap((block) => {
    switch (block.kind) {
      case "heading":
      case "paragraph":
        return [block.text];
      case "fields":
        return block.items.flatMap((item) => [item.label, item.value]);
      case "table":
        return [...block.columns, ...block.rows.flat(), ...(block.footer ?? [])];
      case "keyFigures":
        return block.items.flatMap((item) => [item.value, item.label]);
      case "bars":
        return [block.caption, ...block.bars.flatMap((bar) => [bar.label, bar.text])];
      default:
        return [];
    }
  });
}
