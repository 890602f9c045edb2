/**
 * Turns the items of a parsed deadline into one interval. Pieces lend each other what they lack
 * (« Septembre à décembre 2020 »: the year; « Du 1er au 15 mars 2020 »: the month and year).
 */
import type { DeadlineKind } from "../model";
import type { Item } from "./grammar";
import {
  type Interval,
  isInterval,
  type Piece,
  pieceKind,
  type Resolution,
  resolvePiece,
  type Years,
} from "./pieces";
import type { DeadlineContext, DeadlineWarning } from "./types";

export type Combined = Interval & { kind: DeadlineKind };

interface Loans {
  monthLent: Set<Piece>;
  yearFromLater: Set<Piece>;
  yearFromEarlier: Set<Piece>;
}

function monthOf(piece: Piece): number | null {
  return piece.unit === "month" || piece.unit === "day" ? piece.month : null;
}

function lend(pieces: Piece[]): Loans {
  const loans: Loans = { monthLent: new Set(), yearFromLater: new Set(), yearFromEarlier: new Set() };
  for (const [i, piece] of pieces.entries()) {
    if (piece.unit !== "day" || piece.month !== null) continue;
    const lender = pieces.slice(i + 1).find((p) => monthOf(p) !== null);
    if (!lender) continue;
    piece.month = monthOf(lender);
    loans.monthLent.add(piece);
  }
  // Years come first from the right (« Juin et décembre 2020 »), else from the left.
  for (const [direction, lent] of [
    [-1, loans.yearFromLater],
    [1, loans.yearFromEarlier],
  ] as const) {
    let years: Years | null = null;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[direction === -1 ? pieces.length - 1 - k : k];
      if (piece.unit === "planYears") continue;
      if (piece.years) years = piece.years;
      else if (years) {
        piece.years = years;
        lent.add(piece);
      }
    }
  }
  return loans;
}

function shifted(piece: Piece, delta: number, context: DeadlineContext): Resolution {
  if (piece.unit === "planYears" || !piece.years || piece.years.first !== piece.years.last) {
    return resolvePiece(piece, context);
  }
  const year = piece.years.first + delta;
  return resolvePiece({ ...piece, years: { first: year, last: year } }, context);
}

/** « Novembre à février 2021 »: a borrowed year that would reverse the range is the one before. */
function rangeOf(item: Item & { to: Piece }, loans: Loans, context: DeadlineContext): Resolution {
  let from = resolvePiece(item.from, context);
  let to = resolvePiece(item.to, context);
  if (!isInterval(from)) return from;
  if (!isInterval(to)) return to;
  if (to.end < from.start && loans.yearFromLater.has(item.from) && !loans.monthLent.has(item.from)) {
    from = shifted(item.from, -1, context);
  } else if (to.end < from.start && loans.yearFromEarlier.has(item.to)) {
    to = shifted(item.to, 1, context);
  }
  if (!isInterval(from)) return from;
  if (!isInterval(to)) return to;
  return to.end < from.start ? { code: "reversedRange" } : { start: from.start, end: to.end };
}

export function combine(items: Item[], context: DeadlineContext): Combined | DeadlineWarning {
  if (items.length === 1 && items[0].to === null) {
    const only = resolvePiece(items[0].from, context);
    return isInterval(only) ? { kind: pieceKind(items[0].from), ...only } : only;
  }
  const loans = lend(items.flatMap((item) => (item.to ? [item.from, item.to] : [item.from])));
  let start = "";
  let end = "";
  for (const item of items) {
    const interval = item.to
      ? rangeOf({ ...item, to: item.to }, loans, context)
      : resolvePiece(item.from, context);
    if (!isInterval(interval)) return interval;
    if (start === "" || interval.start < start) start = interval.start;
    if (interval.end > end) end = interval.end;
  }
  return { kind: "range", start, end };
}
