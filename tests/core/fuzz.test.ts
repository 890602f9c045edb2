/**
 * Fuzzing of the two parsers that read what anyone can type in a shared sheet: échéances and
 * Responsables (issue 14). 10,000 seeded inputs each, long and hostile ones included: none may
 * throw, and none may take more than 50 ms — a robustness bound (one co-editor's cell must not
 * hold everyone's sidebar), not a performance target: those live in bench/.
 */
import fc from "fast-check";
import { parseDeadline } from "../../src/core/deadline";
import { createOwnerMatcher } from "../../src/core/owners";
import { context } from "./deadline/context";
import { pivotRoster } from "./owners/pivot";

const RUNS = 10_000;
const MAX_MS = 50;

/**
 * Runs `check` on RUNS generated inputs and returns the slowest one with its time. An input over
 * the bound is timed twice more and keeps its best time: a slow input is slow every time, while a
 * garbage collection or a busy machine is not.
 */
function slowest<T>(input: fc.Arbitrary<T>, check: (value: T) => void, seed: number) {
  const timed = (value: T) => {
    const start = performance.now();
    check(value);
    return performance.now() - start;
  };
  for (const value of fc.sample(input, { numRuns: 50, seed: seed + 1 })) check(value); // warm-up
  let worst = { ms: 0, input: undefined as T | undefined };
  fc.assert(
    fc.property(input, (value) => {
      let ms = timed(value);
      for (let retry = 0; retry < 2 && ms > MAX_MS; retry++) ms = Math.min(ms, timed(value));
      if (ms > worst.ms) worst = { ms, input: value };
    }),
    { numRuns: RUNS, seed },
  );
  return { ms: worst.ms, input: String(worst.input).slice(0, 80) };
}

/** A long repetition of one piece: the shape that makes backtracking parsers explode. */
const repeated = (pieces: string[], joins: string[]) =>
  fc
    .tuple(fc.constantFrom(...pieces), fc.constantFrom(...joins), fc.integer({ min: 1, max: 3000 }))
    .map(([piece, join, n]) => Array(n).fill(piece).join(join));

const mixed = (pieces: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 400 })
    .map((p) => p.join(""));

test("owners: 10,000 hostile Responsables cells, none throwing or over 50 ms", () => {
  const roster = pivotRoster();
  const names = roster.flatMap((entry) => [entry.name, entry.role ?? "", ...entry.aliases]).filter(Boolean);
  const pieces = [
    ...names,
    "DG",
    "C.A.",
    "a.",
    "et",
    " et ",
    "Et",
    " + ",
    ", ",
    "/",
    "/trice",
    "(e)",
    "·e·s",
    "la ",
    "\n",
  ];
  const input = fc.oneof(
    fc.string({ maxLength: 5000 }),
    fc.string({ unit: "grapheme", maxLength: 500 }),
    repeated(
      ["DG", "CA", "x", "Comité", "a.", "Agent(e)", "et", "la DG"],
      [" et ", " ", ".", "/", " + ", "et"],
    ),
    mixed(pieces),
  );
  // A fresh matcher per input: its cache would otherwise hide the cost of a repeated cell.
  const worst = slowest(input, (cell) => createOwnerMatcher(roster).resolve(cell), 14);
  if (worst.ms >= MAX_MS) throw new Error(`${worst.ms.toFixed(0)} ms for ${JSON.stringify(worst.input)}`);
});

test("deadlines: 10,000 hostile échéances, none throwing or over 50 ms", () => {
  const pieces = [
    "2020",
    "-",
    "2021",
    " au ",
    "du ",
    "1er",
    "mars",
    "automne",
    "T1",
    "et",
    "/",
    "15/03/2020",
    "à ",
    "mi-",
    "fin ",
    "(",
    ")",
    " ",
    "0",
  ];
  const input = fc.oneof(
    fc.string({ maxLength: 5000 }),
    fc.string({ unit: "grapheme", maxLength: 500 }),
    repeated(["2020", "1", "mars", "et", "du 1er", "-", "T1", "a"], [" ", "-", " et ", "/", "", " au "]),
    mixed(pieces),
  );
  const worst = slowest(input, (text) => parseDeadline(text, context), 14);
  if (worst.ms >= MAX_MS) throw new Error(`${worst.ms.toFixed(0)} ms for ${JSON.stringify(worst.input)}`);
});

test("an échéance longer than any real one is not read, and its text is kept whole", () => {
  const text = Array(200).fill("du 1er mars 2020").join(" et ");
  expect(parseDeadline(text, context)).toMatchObject({ text, kind: "invalid", start: null, end: null });
});
