/**
 * Cutting a Responsables cell into the owners it names. Pieces keep their offsets in the cell so
 * that neighbouring pieces can be rejoined (« Comités/Tables » is one roster entry) and so that no
 * text is ever lost or rewritten: a piece's text is always a trimmed slice of the cell.
 */
import { INCLUSIVE_SUFFIX } from "./normalize";

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** `+ , ; / &` and line breaks; a slash that writes a feminine ending (« directeur/trice ») is not one. */
const SEPARATORS = new RegExp(`[+,;&\\r\\n]|(?<!\\p{L})\\/|\\/(?!${INCLUSIVE_SUFFIX}s?(?!\\p{L}))`, "giu");

/** « et » as a word of its own. */
const ET = /(?<=^|\s)et(?=\s|$)/giu;

/** The non-blank stretches of `text` between matches of `separator`, offsets shifted by `offset`. */
function cut(text: string, separator: RegExp, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed) {
      const start = offset + from + raw.indexOf(trimmed);
      pieces.push({ text: trimmed, start, end: start + trimmed.length });
    }
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return pieces;
}

export function splitOnSeparators(cell: string): Piece[] {
  return cut(cell, SEPARATORS, 0);
}

/** A piece cut at each « et »; a single piece when it has none. */
export function splitOnEt(piece: Piece): Piece[] {
  return cut(piece.text, ET, piece.start);
}

/** The text of `within` from the first piece's start to the last piece's end, separators included. */
export function span(within: Piece, first: Piece, last: Piece): Piece {
  const text = within.text.slice(first.start - within.start, last.end - within.start);
  return { text, start: first.start, end: last.end };
}

export function wholeCell(cell: string): Piece {
  return { text: cell, start: 0, end: cell.length };
}
