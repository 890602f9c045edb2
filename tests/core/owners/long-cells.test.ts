/**
 * Issue 14 §4: a Responsables cell like « DG et DG et … » made owner splitting cubic (12 kB took
 * 33 s). Runs of « et »-separated parts are now bounded by the roster's longest text, so a cell
 * costs a bounded number of lookups per part. The timing bound here is generous (a robustness
 * check); the measure itself is in bench/owners.bench.ts.
 */
import fc from "fast-check";
import { createOwnerMatcher } from "../../../src/core/owners/resolve";
import { rosterEntry as entry } from "../../support/roster";

const roster = [
  entry("Nathalie Gagnon", "Directrice générale", ["DG"]),
  entry("CA", "Conseil d'administration"),
  entry("Comité santé et sécurité"),
  entry("Table enfance et famille et jeunesse"),
];
const names = ["DG", "CA", "Comité santé et sécurité", "Table enfance et famille et jeunesse", "la DG"];
const resolvedAs: Record<string, string> = {
  DG: "Nathalie Gagnon",
  "la DG": "Nathalie Gagnon",
  CA: "CA",
  "Comité santé et sécurité": "Comité santé et sécurité",
  "Table enfance et famille et jeunesse": "Table enfance et famille et jeunesse",
};

test("a chain of roster texts joined by « et » resolves to each of them, however long", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...names), { minLength: 2, maxLength: 3000 }),
      fc.constantFrom(" et ", " ET ", "\tet "),
      (parts, join) => {
        const start = performance.now();
        const owners = createOwnerMatcher(roster).resolve(parts.join(join));
        expect(owners.map((owner) => owner.name)).toEqual(parts.map((part) => resolvedAs[part]));
        expect(owners.map((owner) => owner.text)).toEqual(parts);
        expect(performance.now() - start).toBeLessThan(2000);
      },
    ),
    { numRuns: 60, seed: 4 },
  );
});

test("a 12 kB chain with an unknown part stays one unknown owner, the cell kept whole", () => {
  const cell = `${Array(2000).fill("DG").join(" et ")} et quelqu'un`;
  const owners = createOwnerMatcher(roster).resolve(cell);
  expect(owners).toEqual([{ text: cell, name: null, suggestions: [] }]);
});
