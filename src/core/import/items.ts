/** Cells that hold several actions (« A) … B) … ») and moyens written as « - » lines. */

export interface Item {
  /** « A », « b », « 2 »; null when the cell is a single action. */
  marker: string | null;
  text: string;
}

const MARKER = /(^|[\s;,.])([A-Za-z]|\d{1,2})\)\s+/g;

function successor(marker: string): string {
  return /\d/.test(marker) ? String(Number(marker) + 1) : String.fromCharCode(marker.charCodeAt(0) + 1);
}

/**
 * « A) Produire un guide B) Organiser une journée » → two items. The first marker opens the cell
 * (« C) … » alone continues the lettering of the row above) and the next ones follow it: a stray
 * « x) » inside a sentence is not an item.
 */
export function splitItems(text: string): Item[] {
  const trimmed = text.trim();
  if (!trimmed.includes(")")) return [{ marker: null, text: trimmed }];
  const starts: { marker: string; at: number; end: number }[] = [];
  let expected: string | null = null;
  for (const match of trimmed.matchAll(MARKER)) {
    const marker = match[2];
    const at = (match.index ?? 0) + match[1].length;
    if (expected === null) {
      if (at !== 0) break;
    } else if (marker !== expected) continue;
    starts.push({ marker, at, end: (match.index ?? 0) + match[0].length });
    expected = successor(marker);
  }
  if (starts.length === 0) return [{ marker: null, text: trimmed }];
  return starts.map((start, i) => ({
    marker: start.marker.toUpperCase(),
    text: trimmed.slice(start.end, starts[i + 1]?.at ?? trimmed.length).trim(),
  }));
}

const MOYEN_LINE = /^\s*[-–—•*▪◦]\s*/;

/** An action's text whose « - » lines are its moyens: the title before them, the lines as written. */
export function splitMoyens(text: string): { title: string; moyens: string | null } {
  if (!text.includes("\n")) return { title: text.trim(), moyens: null };
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line, i) => i > 0 && MOYEN_LINE.test(line));
  if (first < 0) return { title: text.trim(), moyens: null };
  return {
    title: lines.slice(0, first).join("\n").trim(),
    moyens: lines.slice(first).join("\n").trim(),
  };
}

/**
 * The Moyen(s) cell of a row with lettered actions: when it is lettered the same way, each action
 * gets its own part; otherwise every action gets the whole cell.
 */
export function distribute(text: string, items: readonly Item[]): string[] {
  const parts = splitItems(text);
  const byMarker = new Map(parts.map((part) => [part.marker, part.text]));
  const matches = items.every((item) => item.marker !== null && byMarker.has(item.marker));
  return items.map((item) => (matches && item.marker ? (byMarker.get(item.marker) ?? "") : text.trim()));
}
