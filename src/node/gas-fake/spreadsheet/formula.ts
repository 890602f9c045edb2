/**
 * A small, honest formula evaluator: the subset of Sheets formulas the add-on writes (the
 * ARRAYFORMULA label lists, the conditional-format rules) and what a dashboard of counts uses.
 * Anything outside it throws « formula not modelled by the fake: … » instead of guessing, so a
 * test never reads a formula's text as if it were its value.
 *
 * Modelled: numbers, "text", TRUE/FALSE, references (A1, $A$1, A2:A, B:B, 'Sheet'!A1:C9),
 * operators + - * / & = <> < > <= >= and unary -, and the functions ARRAYFORMULA, IF, AND, OR,
 * NOT, ISNUMBER, ISBLANK, N, TODAY, SUM, COUNTA, COUNTIF, COUNTIFS, SUMIF, SUMIFS.
 * Sheets' comparison rules: a blank cell is 0, "" or FALSE as its partner needs; otherwise
 * numbers < text < booleans, text compared without case; dates are day numbers.
 * Outside ARRAYFORMULA an operator or IF given a multi-cell range is not modelled (Sheets would
 * intersect it with the formula's row), and throws.
 * References move with inserted and deleted rows and columns (shift.ts).
 */
import type { Cell } from "../../../core/cells";

/** A Sheets error value, read back by getValues as its code (e.g. "#REF!"). */
export class SheetError {
  constructor(
    readonly code: string,
    readonly detail = "",
  ) {}
}

export type Scalar = Cell | SheetError;
export type Value = Scalar | Scalar[][];

export interface RefEnd {
  column?: number;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
}

export interface Reference {
  sheet?: string;
  start: RefEnd;
  /** Absent for a single cell. */
  end?: RefEnd;
}

type Node =
  | { kind: "literal"; value: Scalar }
  | { kind: "ref"; ref: Reference }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node };

/** What evaluation needs from the workbook. */
export interface FormulaEnv {
  /** The values of a reference, already shifted for relative parts, as a grid. */
  read(ref: Reference): Scalar[][];
  /** Midnight today in the spreadsheet's time zone. */
  today(): Date;
  /** Day number of a date (days since 1899-12-30, in the spreadsheet's time zone). */
  serial(date: Date): number;
}

export function notModelled(formula: string, why: string): Error {
  return new Error(`formula not modelled by the fake: ${formula} (${why})`);
}

// Parsing

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d*)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?:\$?\d+)?)(?![\p{L}\p{N}_(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/&=<>(),%^]))/uy;

type Token =
  | { kind: "string"; text: string }
  | { kind: "ref"; ref: Reference }
  | { kind: "number"; value: number }
  | { kind: "name"; text: string }
  | { kind: "op"; text: string };

function tokenize(body: string, formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) throw notModelled(formula, `cannot read « ${body.slice(at)} »`);
    const [, string, sheet, ref, number, name, op] = m;
    if (string !== undefined) tokens.push({ kind: "string", text: string.slice(1, -1).replace(/""/g, '"') });
    else if (ref !== undefined) tokens.push({ kind: "ref", ref: parseReference(sheet, ref) });
    else if (number !== undefined) tokens.push({ kind: "number", value: Number(number) });
    else if (name !== undefined) tokens.push({ kind: "name", text: name.toUpperCase() });
    else tokens.push({ kind: "op", text: op });
  }
  return tokens;
}

/** Where each reference sits in a formula's text (null when the text cannot be read). */
export function referencesIn(formula: string): { start: number; end: number; ref: Reference }[] | null {
  const body = formula.slice(1);
  const spans: { start: number; end: number; ref: Reference }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) return null;
    const [whole, , sheet, ref] = m;
    if (ref === undefined) continue;
    const end = 1 + at + whole.length;
    spans.push({ start: end - ref.length - (sheet?.length ?? 0), end, ref: parseReference(sheet, ref) });
  }
  return spans;
}

function parseReference(sheet: string | undefined, text: string): Reference {
  const [first, second] = text.split(":");
  const end = (part: string): RefEnd => {
    const m = /^(\$?)([A-Z]*)(\$?)(\d*)$/.exec(part) as RegExpExecArray;
    return {
      column: m[2] ? columnNumber(m[2]) : undefined,
      columnAbsolute: m[1] === "$",
      row: m[4] ? Number(m[4]) : undefined,
      rowAbsolute: m[3] === "$",
    };
  };
  const name = sheet
    ?.slice(0, -1)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet: name, start: end(first), end: second === undefined ? undefined : end(second) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};

/**
 * Parses "=…" into a tree; throws « not modelled » for anything outside the subset. With
 * `anyFunction`, only the syntax is checked (whether Sheets would take the text as a formula).
 */
export function parseFormula(formula: string, options: { anyFunction?: boolean } = {}): Node {
  if (!formula.startsWith("=")) throw notModelled(formula, "not a formula");
  const tokens = tokenize(formula.slice(1), formula);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (text: string) => peek()?.kind === "op" && (peek() as { text: string }).text === text;
  const expect = (text: string) => {
    if (!isOp(text)) throw notModelled(formula, `expected « ${text} »`);
    i++;
  };

  const expression = (minimum: number): Node => {
    let left = unary();
    for (;;) {
      const token = peek();
      if (token?.kind !== "op" || !(token.text in PRECEDENCE) || PRECEDENCE[token.text] < minimum)
        return left;
      i++;
      const right = expression(PRECEDENCE[token.text] + 1);
      left = { kind: "binary", op: token.text, left, right };
    }
  };
  const unary = (): Node => {
    if (isOp("-")) {
      i++;
      return { kind: "unary", operand: unary() };
    }
    if (isOp("+")) {
      i++;
      return unary();
    }
    return primary();
  };
  const primary = (): Node => {
    const token = tokens[i++];
    if (!token) throw notModelled(formula, "ends too early");
    switch (token.kind) {
      case "string":
        return { kind: "literal", value: token.text };
      case "number":
        return { kind: "literal", value: token.value };
      case "ref":
        return { kind: "ref", ref: token.ref };
      case "name": {
        if (!isOp("(")) {
          if (token.text === "TRUE" || token.text === "FALSE")
            return { kind: "literal", value: token.text === "TRUE" };
          throw notModelled(formula, `unknown name ${token.text}`);
        }
        i++;
        const args: Node[] = [];
        if (!isOp(")")) {
          args.push(expression(1));
          while (isOp(",")) {
            i++;
            args.push(expression(1));
          }
        }
        expect(")");
        if (!options.anyFunction && !(token.text in FUNCTIONS)) {
          throw notModelled(formula, `function ${token.text}`);
        }
        return { kind: "call", name: token.text, args };
      }
      case "op":
        if (token.text === "(") {
          const inner = expression(1);
          expect(")");
          return inner;
        }
        throw notModelled(formula, `operator « ${token.text} »`);
    }
  };

  const tree = expression(1);
  if (i < tokens.length) throw notModelled(formula, "unexpected text after the expression");
  return tree;
}

// Evaluation

interface Context {
  env: FormulaEnv;
  formula: string;
  /** Inside ARRAYFORMULA: operators map over ranges. */
  array: boolean;
}

/** Evaluates a formula; a grid when its result spills (ARRAYFORMULA, a bare range). */
export function evaluateFormula(formula: string, env: FormulaEnv): Value {
  return evaluate(parseFormula(formula), { env, formula, array: false });
}

function evaluate(node: Node, context: Context): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref": {
      const grid = context.env.read(node.ref);
      return grid.length === 1 && grid[0].length === 1 && !node.ref.end ? grid[0][0] : grid;
    }
    case "unary":
      return lift(context, [evaluate(node.operand, context)], ([v]) => {
        const n = toNumber(v);
        return n instanceof SheetError ? n : -n;
      });
    case "binary":
      return lift(context, [evaluate(node.left, context), evaluate(node.right, context)], ([a, b]) =>
        binary(node.op, a, b, context.env),
      );
    case "call":
      return FUNCTIONS[node.name](node.args, context);
  }
}

/** Applies `f` cell by cell when an argument is a grid (only inside ARRAYFORMULA). */
function lift(context: Context, values: Value[], f: (scalars: Scalar[]) => Scalar): Value {
  const grids = values.filter((v): v is Scalar[][] => Array.isArray(v));
  if (grids.length === 0) return f(values as Scalar[]);
  const single = grids.every((g) => g.length === 1 && g[0].length === 1);
  if (!context.array && !single)
    throw notModelled(context.formula, "a range used as one value outside ARRAYFORMULA");
  const rows = Math.max(...grids.map((g) => g.length));
  const columns = Math.max(...grids.map((g) => g[0]?.length ?? 0));
  const at = (v: Value, r: number, c: number): Scalar => {
    if (!Array.isArray(v)) return v;
    const row = v.length === 1 ? v[0] : v[r];
    const cell = row?.length === 1 ? row[0] : row?.[c];
    return cell === undefined ? new SheetError("#N/A") : cell;
  };
  const result = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => f(values.map((v) => at(v, r, c)))),
  );
  return single ? result[0][0] : result;
}

function binary(op: string, a: Scalar, b: Scalar, env: FormulaEnv): Scalar {
  if (a instanceof SheetError) return a;
  if (b instanceof SheetError) return b;
  if (op === "&") return toText(a, env) + toText(b, env);
  if (PRECEDENCE[op] === 1) return compareWith(op, compare(a, b, env));
  const x = toNumber(a, env);
  const y = toNumber(b, env);
  if (x instanceof SheetError) return x;
  if (y instanceof SheetError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    default:
      return y === 0 ? new SheetError("#DIV/0!") : x / y;
  }
}

function compareWith(op: string, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Sheets' ordering: blank takes its partner's type; numbers < text < booleans; text without case. */
export function compare(a: Cell, b: Cell, env?: FormulaEnv): number {
  const blank = (v: Cell, other: Cell): Cell =>
    v !== "" ? v : typeof other === "boolean" ? false : typeof other === "string" ? "" : 0;
  const x = plain(blank(a, b), env);
  const y = plain(blank(b, a), env);
  const rank = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const [p, q] = [x.toLowerCase(), (y as string).toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function plain(v: Cell, env?: FormulaEnv): number | string | boolean {
  return v instanceof Date ? (env ? env.serial(v) : v.getTime()) : v;
}

function toNumber(v: Scalar, env?: FormulaEnv): number | SheetError {
  if (v instanceof SheetError) return v;
  if (v instanceof Date) return env ? env.serial(v) : v.getTime();
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v.trim() === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new SheetError("#VALUE!");
}

function toText(v: Scalar, env: FormulaEnv): string {
  if (v instanceof SheetError) return v.code;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return String(env.serial(v));
  return String(v);
}

function toBoolean(v: Scalar): boolean | SheetError {
  if (v instanceof SheetError) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v instanceof Date) return true;
  if (v === "") return false;
  const upper = v.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : new SheetError("#VALUE!");
}

function flat(v: Value): Scalar[] {
  return Array.isArray(v) ? v.flat() : [v];
}

type Fn = (args: Node[], context: Context) => Value;

function arity(name: string, args: Node[], context: Context, min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw notModelled(context.formula, `${name} with ${args.length} argument(s)`);
  }
}

/** AND / OR: every argument, ranges included; text and blanks in ranges are skipped, as in Sheets. */
function logical(name: string, combine: (values: boolean[]) => boolean): Fn {
  return (args, context) => {
    arity(name, args, context, 1, 255);
    const values: boolean[] = [];
    for (const arg of args) {
      const value = evaluate(arg, context);
      for (const v of flat(value)) {
        if (Array.isArray(value) && typeof v === "string") continue;
        const b = toBoolean(v);
        if (b instanceof SheetError) return b;
        values.push(b);
      }
    }
    return values.length === 0 ? new SheetError("#VALUE!") : combine(values);
  };
}

/** One argument, applied cell by cell. */
function unaryFunction(name: string, f: (v: Scalar, env: FormulaEnv) => Scalar): Fn {
  return (args, context) => {
    arity(name, args, context, 1);
    return lift(context, [evaluate(args[0], context)], ([v]) => f(v, context.env));
  };
}

/** A COUNTIF criterion: "text", a number, or an operator then a value ("<>Annulée", ">=5", ""). */
function criterion(spec: Scalar, env: FormulaEnv): (v: Scalar) => boolean {
  if (spec instanceof SheetError) return () => false;
  if (typeof spec !== "string")
    return (v) => !(v instanceof SheetError) && v !== "" && compare(v, spec, env) === 0;
  const [, op = "=", operand] = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(spec) as RegExpExecArray;
  const number = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (operand === "") return (v) => (op === "<>" ? v !== "" : op === "=" ? v === "" : false);
  if (number === null && (op === "=" || op === "<>")) {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, "[\\s\\S]*")
        .replace(/\?/g, "[\\s\\S]")}$`,
      "i",
    );
    const matches = (v: Scalar) => typeof v === "string" && pattern.test(v);
    return op === "=" ? matches : (v) => !matches(v);
  }
  const target: Cell = number ?? operand;
  return (v) => {
    if (v instanceof SheetError || v === "") return op === "<>";
    if ((typeof target === "number") !== (typeof v === "number" || v instanceof Date)) return op === "<>";
    return compareWith(op, compare(v, target, env));
  };
}

/** The range/criterion pairs of COUNTIFS, SUMIFS and SUMIF, from `args[from]` on. */
function criteriaPairs(name: string, args: Node[], context: Context, from: number) {
  const pairs: [Scalar[][], (v: Scalar) => boolean][] = [];
  for (let k = from; k < args.length; k += 2) {
    const range = evaluate(args[k], context);
    if (!Array.isArray(range) && args[k].kind !== "ref") {
      throw notModelled(context.formula, `${name} over something other than a range`);
    }
    const spec = evaluate(args[k + 1], context);
    if (Array.isArray(spec)) throw notModelled(context.formula, `${name} with a range as criterion`);
    pairs.push([Array.isArray(range) ? range : [[range]], criterion(spec, context.env)]);
  }
  return pairs;
}

/** The cells (row, column) of a grid's shape where every pair's test holds; null when sizes differ. */
function matching(
  shape: Scalar[][],
  pairs: [Scalar[][], (v: Scalar) => boolean][],
): [number, number][] | null {
  if (pairs.some(([g]) => g.length !== shape.length || g[0].length !== shape[0].length)) return null;
  const cells: [number, number][] = [];
  shape.forEach((row, r) => {
    row.forEach((_, c) => {
      if (pairs.every(([grid, test]) => test(grid[r][c]))) cells.push([r, c]);
    });
  });
  return cells;
}

function countIfs(name: string, maxPairs: number): Fn {
  return (args, context) => {
    if (args.length % 2 !== 0 || args.length > maxPairs * 2) arity(name, args, context, 2);
    const pairs = criteriaPairs(name, args, context, 0);
    const cells = matching(pairs[0][0], pairs);
    return cells ? cells.length : new SheetError("#VALUE!", `${name} ranges of different sizes`);
  };
}

/**
 * SUMIFS(sum range, range, criterion, …) and SUMIF(range, criterion, [sum range]): the numbers of
 * the sum range where every criterion holds (text and blanks count 0, as in Sheets).
 */
function sumIfs(name: "SUMIF" | "SUMIFS"): Fn {
  return (args, context) => {
    const sumIf = name === "SUMIF";
    if (sumIf ? args.length < 2 || args.length > 3 : args.length < 3 || args.length % 2 === 0)
      arity(name, args, context, sumIf ? 2 : 3);
    const pairs = criteriaPairs(name, sumIf ? args.slice(0, 2) : args, context, sumIf ? 0 : 1);
    const sumNode = sumIf ? (args[2] ?? args[0]) : args[0];
    const sumValue = evaluate(sumNode, context);
    const sums = Array.isArray(sumValue) ? sumValue : [[sumValue]];
    const cells = matching(sums, pairs);
    if (!cells) return new SheetError("#VALUE!", `${name} ranges of different sizes`);
    let total = 0;
    for (const [r, c] of cells) {
      const v = sums[r][c];
      if (typeof v === "number") total += v;
      else if (v instanceof Date) total += context.env.serial(v);
    }
    return total;
  };
}

const FUNCTIONS: Record<string, Fn> = {
  ARRAYFORMULA: (args, context) => {
    arity("ARRAYFORMULA", args, context, 1);
    return evaluate(args[0], { ...context, array: true });
  },
  IF: (args, context) => {
    arity("IF", args, context, 2, 3);
    const values = args.map((arg) => evaluate(arg, context));
    if (values.length === 2) values.push(false);
    return lift(context, values, ([test, yes, no]) => {
      const b = toBoolean(test);
      return b instanceof SheetError ? b : b ? yes : no;
    });
  },
  AND: logical("AND", (values) => values.every(Boolean)),
  OR: logical("OR", (values) => values.some(Boolean)),
  NOT: unaryFunction("NOT", (v) => {
    const b = toBoolean(v);
    return b instanceof SheetError ? b : !b;
  }),
  ISNUMBER: unaryFunction("ISNUMBER", (v) => typeof v === "number" || v instanceof Date),
  ISBLANK: unaryFunction("ISBLANK", (v) => v === ""),
  N: unaryFunction("N", (v, env) => (typeof v === "string" ? 0 : toNumber(v, env))),
  TODAY: (args, context) => {
    arity("TODAY", args, context, 0);
    return context.env.today();
  },
  SUM: (args, context) => {
    arity("SUM", args, context, 1, 255);
    let total = 0;
    for (const arg of args) {
      const value = evaluate(arg, context);
      for (const v of flat(value)) {
        if (
          Array.isArray(value) &&
          typeof v !== "number" &&
          !(v instanceof Date) &&
          !(v instanceof SheetError)
        ) {
          continue;
        }
        const n = toNumber(v, context.env);
        if (n instanceof SheetError) return n;
        total += n;
      }
    }
    return total;
  },
  COUNTA: (args, context) => {
    arity("COUNTA", args, context, 1, 255);
    return args.flatMap((arg) => flat(evaluate(arg, context))).filter((v) => v !== "").length;
  },
  COUNTIF: countIfs("COUNTIF", 1),
  COUNTIFS: countIfs("COUNTIFS", 127),
  SUMIF: sumIfs("SUMIF"),
  SUMIFS: sumIfs("SUMIFS"),
};
