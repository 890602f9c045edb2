import { namesOwner, toggleOwner } from "../../src/ui/shared/owners";
import { parseBudget, parseProgress } from "../../src/ui/shared/values";

describe("Responsables field", () => {
  const dg = { name: "Nathalie Gagnon", role: "Directrice générale" };
  const ca = { name: "CA", role: "Conseil d'administration" };

  test("ticking adds the owner after the others, joined with +", () => {
    expect(toggleOwner("", dg, true)).toBe("Nathalie Gagnon");
    expect(toggleOwner("CA", dg, true)).toBe("CA + Nathalie Gagnon");
  });

  test("ticking an owner already named (by name or role, any case or accents) keeps the text", () => {
    expect(toggleOwner("ca + directrice generale", dg, true)).toBe("ca + directrice generale");
  });

  test("unticking removes only that owner, whatever separators were typed", () => {
    expect(toggleOwner("CA, Nathalie Gagnon; Comité X", dg, false)).toBe("CA + Comité X");
    expect(toggleOwner("Directrice générale", dg, false)).toBe("");
  });

  test("a typed text ticks the roster entries it names", () => {
    expect(namesOwner("DG + CA", ca)).toBe(true);
    expect(namesOwner("Agent de communication", ca)).toBe(false);
    expect(namesOwner("Conseil d'administration", ca)).toBe(true);
  });
});

describe("Avancement", () => {
  test.each([
    ["", null],
    ["40", 40],
    [" 40 % ", 40],
    ["12,5", 12.5],
    ["100", 100],
    ["0", 0],
  ])("« %s » → %p", (text, value) => {
    expect(parseProgress(text)).toEqual({ ok: true, value });
  });

  test.each(["101", "-5", "beaucoup", "40 %%"])("« %s » is refused", (text) => {
    expect(parseProgress(text)).toEqual({ ok: false });
  });
});

describe("Budget", () => {
  test.each([
    ["", null],
    ["12 500 $", 12500],
    ["12\u00a0500\u00a0$", 12500],
    ["$12,500", 12500],
    ["1 234,50 $", 1234.5],
    ["À déterminer", "À déterminer"],
    ["  5 000 $ par an ", "5 000 $ par an"],
  ])("« %s » → %p", (text, value) => {
    expect(parseBudget(text)).toEqual(value);
  });
});
