/**
 * The report's blocks as the fewest Google Docs elements that still show all of it, because every
 * element costs service calls (a heading 2, a paragraph or a table 1) while its text is free:
 * - consecutive paragraphs become one paragraph, a line each (an orientation's description and
 *   « Aucun objectif… »);
 * - the paragraph right after the title (the organisation) becomes the title's second line;
 * - a grouping label (« Volet : administratif ») becomes the first line of the heading after it;
 * - a progress line right after a label–value table becomes that table's last row.
 * Headings stay headings, so that the Doc's outline lists every section, orientation and objective.
 */
import type { HeadingLevel, ReportBlock } from "../../core/report";
import { progressBar } from "../../core/report";

export type DocOp =
  | { kind: "heading"; level: HeadingLevel; text: string }
  | { kind: "paragraph"; text: string }
  /** `labelled`: a label–value table, which a following progress line may join. */
  | { kind: "table"; rows: string[][]; labelled: boolean }
  | { kind: "pageBreak" };

export function docOps(blocks: readonly ReportBlock[]): DocOp[] {
  const ops: DocOp[] = [];
  let group: string | null = null;
  for (const block of blocks) {
    if (block.kind === "paragraph" && block.role === "group") {
      if (group !== null) appendText(ops, group);
      group = block.text;
      continue;
    }
    if (block.kind === "heading") {
      ops.push({ ...block, text: group === null ? block.text : `${group}\n${block.text}` });
      group = null;
      continue;
    }
    if (group !== null) appendText(ops, group);
    group = null;
    appendBlock(ops, block);
  }
  if (group !== null) appendText(ops, group);
  return ops;
}

function appendBlock(ops: DocOp[], block: Exclude<ReportBlock, { kind: "heading" }>): void {
  switch (block.kind) {
    case "paragraph":
      appendText(ops, block.text);
      return;
    case "progress": {
      const last = ops[ops.length - 1] as DocOp | undefined;
      const bar = `${progressBar(block.percent)} ${block.text}`;
      if (last?.kind === "table" && last.labelled) last.rows.push([block.label, bar]);
      else appendText(ops, `${block.label} ${bar}`);
      return;
    }
    case "fields":
      ops.push({ kind: "table", rows: block.items.map((item) => [item.label, item.value]), labelled: true });
      return;
    case "table":
      ops.push({
        kind: "table",
        rows: [block.columns, ...block.rows, ...(block.footer ? [block.footer] : [])],
        labelled: false,
      });
      return;
    case "pageBreak":
      ops.push({ kind: "pageBreak" });
      return;
  }
}

/** Joins the text to the paragraph or title just before it, else starts a paragraph. */
function appendText(ops: DocOp[], text: string): void {
  const last = ops[ops.length - 1] as DocOp | undefined;
  if (last?.kind === "paragraph" || (last?.kind === "heading" && last.level === 0)) {
    last.text = `${last.text}\n${text}`;
  } else {
    ops.push({ kind: "paragraph", text });
  }
}
