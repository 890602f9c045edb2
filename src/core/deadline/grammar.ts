/**
 * The grammar of a deadline once normalized and tokenized: a list (« et », « , ») of points or
 * ranges (« à », « - »), each point a day, month, season, quarter, year, exercice or plan year.
 * A hand-written descent parser: no backtracking beyond a few tokens of look-ahead, no regex.
 */
import { isYearInRange } from "../calendar";
import type { Piece, Years } from "./pieces";
import type { Token } from "./tokens";
import type { DeadlineWarning } from "./types";
import type { Lexeme } from "./vocabulary";

export interface Item {
  from: Piece;
  to: Piece | null;
}

type NumToken = Extract<Token, { kind: "num" }>;

const DATE_SEPARATORS = new Set(["/", "-", "."]);
const RANGE_SYMBOLS = new Set(["-", "/"]);
const LIST_SYMBOLS = new Set([",", ";", "+", "&"]);
const MAX_PLAN_YEAR = 20;

function isSymbol(token: Token | undefined, symbols: Set<string>): boolean {
  return token?.kind === "sym" && symbols.has(token.text);
}

function isWord(token: Token | undefined, type: Lexeme["type"]): boolean {
  return token?.kind === "word" && token.lexeme?.type === type;
}

function single(year: number): Years {
  return { first: year, last: year };
}

export class Grammar {
  private pos = 0;
  readonly warnings: DeadlineWarning[] = [];
  /** The first reason the text cannot be a deadline, when there is a precise one. */
  failure: DeadlineWarning | null = null;

  constructor(private readonly tokens: Token[]) {}

  /** The whole text as items, or null (with `failure` set when the reason is known). */
  expression(): Item[] | null {
    const items: Item[] = [];
    do {
      const from = this.point();
      if (!from) return null;
      let to: Piece | null = null;
      if (this.connector()) {
        to = this.point();
        if (!to) return null;
      }
      items.push({ from, to });
    } while (this.separator() && this.pos < this.tokens.length);
    return this.pos === this.tokens.length ? items : null;
  }

  private fail(reason: DeadlineWarning): null {
    this.failure ??= reason;
    return null;
  }

  private numAt(index: number): NumToken | null {
    const token = this.tokens[index];
    return token?.kind === "num" ? token : null;
  }

  /** « 15/03/2020 » but not « 15/03-2020 »: both separators of a numeric date are the same. */
  private sameSymbol(index: number, symbol: Token): boolean {
    const token = this.tokens[index];
    return token?.kind === "sym" && symbol.kind === "sym" && token.text === symbol.text;
  }

  private connector(): boolean {
    const start = this.pos;
    if (isSymbol(this.tokens[this.pos], RANGE_SYMBOLS)) return ++this.pos > start;
    while (isWord(this.tokens[this.pos], "connector")) this.pos++;
    return this.pos > start;
  }

  private separator(): boolean {
    const start = this.pos;
    while (isSymbol(this.tokens[this.pos], LIST_SYMBOLS) || isWord(this.tokens[this.pos], "separator"))
      this.pos++;
    return this.pos > start;
  }

  private point(): Piece | null {
    const piece = this.pointOrNull();
    return this.failure ? null : piece;
  }

  private pointOrNull(): Piece | null {
    const token = this.tokens[this.pos];
    if (token?.kind === "num") return this.numberPoint(token);
    if (token?.kind !== "word" || !token.lexeme) return null;
    const lexeme = token.lexeme;
    this.pos++;
    switch (lexeme.type) {
      case "qualifier": // « début / mi / fin mars 2020 » means the month (docs/domain.md)
        if (isSymbol(this.tokens[this.pos], RANGE_SYMBOLS)) this.pos++;
        return this.point();
      case "month":
        return this.monthPoint(lexeme.month);
      case "season":
        return { unit: "season", season: lexeme.season, years: this.optionalYears() };
      case "quarterLetter":
      case "quarterWord": {
        if (isSymbol(this.tokens[this.pos], RANGE_SYMBOLS)) this.pos++;
        const n = this.numAt(this.pos);
        if (!n) return null;
        this.pos++;
        return this.quarterPoint(n.value);
      }
      case "ordinal":
        return this.ordinalPoint(lexeme.value);
      case "yearWord":
        return this.yearWordPoint();
      case "fiscalWord":
        return this.fiscalPoint();
      default:
        return null;
    }
  }

  /** Consumes a year token: four digits, or two read as 20YY (or in the century of `base`). */
  private takeYear(token: NumToken, base = 2000): number | null {
    this.pos++;
    if (token.digits === 2 && !token.ordinal) {
      const year = base - (base % 100) + token.value;
      this.warnings.push({ code: "twoDigitYear", written: token.text, year });
      return year;
    }
    if (token.digits !== 4 || !isYearInRange(token.value)) {
      return this.fail({ code: "yearOutOfRange", year: token.value });
    }
    return token.value;
  }

  /** True when the number at `index` is a year rather than the day of the next piece. */
  private looksLikeYear(index: number): boolean {
    const n = this.numAt(index);
    if (!n || n.ordinal || n.digits < 2) return false;
    if (n.digits === 4) return true;
    const after = this.tokens[index + 1];
    if (isWord(after, "month")) return false;
    // « 15/04/2021 » after a range dash is a day, but « 20-21 » is a span of years.
    return !(
      isSymbol(after, DATE_SEPARATORS) &&
      this.numAt(index + 2) &&
      isSymbol(this.tokens[index + 3], DATE_SEPARATORS)
    );
  }

  /** An optional year or span of years after a month, season or quarter (« Hiver 2020-2021 »). */
  private optionalYears(): Years | null {
    let index = this.pos;
    const token = this.tokens[index];
    if (token?.kind === "sym" && (token.text === "-" || token.text === ",")) index++;
    if (!this.looksLikeYear(index)) return null;
    this.pos = index;
    const year = this.takeYear(this.numAt(index) as NumToken);
    return year === null ? null : this.moreYears(year);
  }

  /** After a first year, a second one makes a span: « 2020-2021 », « 2020/21 », « 2020 2021 ». */
  private moreYears(first: number): Years | null {
    let index = this.pos;
    if (isSymbol(this.tokens[index], RANGE_SYMBOLS)) index++;
    const second = this.numAt(index);
    const spaced = index === this.pos;
    if (!second || (spaced ? second.digits !== 4 : second.digits !== 4 && second.digits !== 2)) {
      return single(first);
    }
    if (!this.looksLikeYear(index)) return single(first);
    this.pos = index;
    const last = this.takeYear(second, first);
    if (last === null) return null;
    return last > first ? { first, last } : this.fail({ code: "reversedRange" });
  }

  private monthOf(month: number, years: Years | null): Piece | null {
    if (month < 1 || month > 12) return this.fail({ code: "impossibleMonth", month });
    return { unit: "month", month, years };
  }

  private dayOf(day: number, month: number | null, years: Years | null): Piece | null {
    if (month !== null && (month < 1 || month > 12)) return this.fail({ code: "impossibleMonth", month });
    return { unit: "day", day, month, years };
  }

  private quarterPoint(quarter: number): Piece | null {
    if (quarter < 1 || quarter > 4) return null;
    return { unit: "quarter", quarter, years: this.optionalYears() };
  }

  /** « Mars 2020 », « mars 20 », « March 15, 2020 », « mars 1er », « Décembre 2020-2021 ». */
  private monthPoint(month: number): Piece | null {
    const n = this.numAt(this.pos);
    if (n && (n.ordinal || n.digits === 1 || (n.digits === 2 && this.yearFollows(this.pos + 1)))) {
      this.pos++;
      return this.dayOf(n.value, month, this.optionalYears());
    }
    return this.monthOf(month, this.optionalYears());
  }

  private yearFollows(index: number): boolean {
    const token = this.tokens[index];
    const n = this.numAt(token?.kind === "sym" && token.text === "," ? index + 1 : index);
    return n !== null && n.digits === 4;
  }

  /** Points that start with a number of one or two digits: days, numeric dates, ordinals. */
  private numberPoint(first: NumToken): Piece | null {
    if (first.digits === 4) return this.yearPoint(first);
    if (first.digits > 2) return this.fail({ code: "yearOutOfRange", year: first.value });
    this.pos++;
    const next = this.tokens[this.pos];
    const second = this.numAt(this.pos + 1);
    if (!first.ordinal && second && isSymbol(next, DATE_SEPARATORS) && !second.ordinal) {
      if (second.digits === 4) {
        this.pos++; // « 03/2020 »
        const year = this.takeYear(second);
        return year === null ? null : this.monthOf(first.value, single(year));
      }
      const third = this.numAt(this.pos + 3);
      const sameSeparator = this.sameSymbol(this.pos + 2, next);
      if (second.digits <= 2 && third && (third.digits === 4 || third.digits === 2) && sameSeparator) {
        this.pos += 3; // « 15/03/2020 », day first
        const year = this.takeYear(third);
        return year === null ? null : this.dayOf(first.value, second.value, single(year));
      }
      if (second.digits <= 2) {
        this.pos += 2; // « 15/03 »: the year may come from a neighbour
        return this.dayOf(first.value, second.value, null);
      }
    }
    if (next?.kind === "word") {
      const lexeme = next.lexeme;
      if (lexeme?.type === "month") {
        this.pos++;
        return this.dayOf(first.value, lexeme.month, this.optionalYears());
      }
      if (lexeme?.type === "quarterWord") {
        this.pos++;
        return this.quarterPoint(first.value);
      }
      if (lexeme?.type === "yearWord" && first.ordinal) {
        this.pos++;
        return this.planYears(first.value);
      }
    }
    return this.dayOf(first.value, null, null); // « Du 1er au 15 mars 2020 »
  }

  /** Points that start with a four-digit year: ISO dates and months, years, spans, « 2021 T1 ». */
  private yearPoint(first: NumToken): Piece | null {
    const year = this.takeYear(first);
    if (year === null) return null;
    const separator = this.tokens[this.pos];
    const second = this.numAt(this.pos + 1);
    if (second && !second.ordinal && second.digits <= 2 && isSymbol(separator, DATE_SEPARATORS)) {
      const third = this.numAt(this.pos + 3);
      if (third && third.digits <= 2 && this.sameSymbol(this.pos + 2, separator)) {
        this.pos += 4; // « 2020-03-15 »
        return this.dayOf(third.value, second.value, single(year));
      }
      // « 2020-03 » is a month, but « 2020-21 » is an exercice: boards write it that way.
      const nextYear = second.value === (year + 1) % 100 || second.value > 12;
      if (!nextYear) {
        this.pos += 2;
        return this.monthOf(second.value, single(year));
      }
    }
    const years = this.moreYears(year);
    if (years === null) return null;
    const quarter = this.quarterAfterYear();
    if (quarter !== null && years.first === years.last) return this.quarterOf(quarter, years);
    return { unit: "years", years };
  }

  private quarterOf(quarter: number, years: Years): Piece | null {
    return quarter >= 1 && quarter <= 4 ? { unit: "quarter", quarter, years } : null;
  }

  /** « 2021 Q1 », « 2021-T1 ». */
  private quarterAfterYear(): number | null {
    let index = this.pos;
    if (isSymbol(this.tokens[index], RANGE_SYMBOLS)) index++;
    const n = this.numAt(index + 1);
    if (!isWord(this.tokens[index], "quarterLetter") || !n) return null;
    this.pos = index + 2;
    return n.value;
  }

  private ordinalPoint(value: number | "last"): Piece | null {
    const next = this.tokens[this.pos];
    if (isWord(next, "quarterWord")) {
      this.pos++;
      return this.quarterPoint(value === "last" ? 4 : value);
    }
    if (isWord(next, "yearWord") && value !== "last") {
      this.pos++;
      return this.planYears(value);
    }
    return null;
  }

  /** « Année 2021 », « Année financière 2020-2021 », « An 1 », « Années 1 à 3 ». */
  private yearWordPoint(): Piece | null {
    if (isWord(this.tokens[this.pos], "fiscalWord")) return this.fiscalPoint();
    const n = this.numAt(this.pos);
    if (n && n.digits <= 2 && n.value >= 1 && n.value <= MAX_PLAN_YEAR) {
      this.pos++;
      return this.planYears(n.value);
    }
    const years = this.optionalYears();
    return years && { unit: "years", years };
  }

  private planYears(from: number): Piece {
    let index = this.pos;
    const token = this.tokens[index];
    if (isSymbol(token, RANGE_SYMBOLS) || isWord(token, "connector") || isWord(token, "separator")) index++;
    const n = this.numAt(index);
    let to = from;
    if (index > this.pos && n && n.digits <= 2 && n.value > from && n.value <= MAX_PLAN_YEAR) {
      this.pos = index + 1;
      to = n.value;
    }
    return { unit: "planYears", from, to, years: null };
  }

  /** « Exercice 2020-2021 », « FY 2020-2021 »: a span is required, one year is ambiguous. */
  private fiscalPoint(): Piece | null {
    while (isWord(this.tokens[this.pos], "fiscalWord") || isWord(this.tokens[this.pos], "yearWord"))
      this.pos++;
    const years = this.optionalYears();
    if (years === null) return null;
    return years.first === years.last ? this.fail({ code: "ambiguousYear" }) : { unit: "years", years };
  }
}
