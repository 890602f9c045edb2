import { parseBudget, parseDay, parseProgress, parseStatus } from "../../src/core/values";

describe("values as boards type them", () => {
  it.each([
    ["Fait", "Réalisée"],
    ["Terminé", "Réalisée"],
    ["Complété", "Réalisée"],
    ["Réalisé(e)", "Réalisée"],
    ["Done", "Réalisée"],
    ["en cours", "En cours"],
    ["In progress", "En cours"],
    ["À faire", "À venir"],
    ["Pas commencé", "À venir"],
    ["Reporté", "Reportée"],
    ["Postponed", "Reportée"],
    ["Abandonné", "Annulée"],
    ["Cancelled", "Annulée"],
  ])("status « %s » → %s", (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it("reads progress, budgets and days", () => {
    expect(parseStatus("Bloqué")).toBeUndefined();
    expect(parseStatus("")).toBeNull();
    expect(parseProgress(0.5, "upToOne")).toBe(50);
    expect(parseProgress("50 %", "upToOne")).toBe(50);
    expect(parseProgress("0,25", "upToOne")).toBe(25);
    expect(parseProgress("40", "upToOne")).toBe(40);
    expect(parseProgress("150 %", "upToOne")).toBeUndefined();
    expect(parseProgress("la moitié", "upToOne")).toBeUndefined();
    expect(parseBudget(12500)).toBe(12500);
    expect(parseBudget("12 500 $")).toBe(12500);
    expect(parseBudget("12\u00a0500,50\u00a0$")).toBe(12500.5);
    expect(parseBudget("$1,200.50")).toBe(1200.5);
    expect(parseBudget("À déterminer")).toBe("À déterminer");
    expect(parseDay("15/03/2024")).toBe("2024-03-15");
    expect(parseDay("31/02/2024")).toBeUndefined();
    expect(parseDay("2024-02-30")).toBeUndefined();
  });

  it("reads a number up to 1 as a percentage cell by the column's rule", () => {
    // Canonical sheets hold 0–100: 1 is 1 %, 0.4 a cell formatted as a percentage.
    expect(parseProgress(1)).toBe(1);
    expect(parseProgress(0.4)).toBe(40);
    expect(parseProgress("0,5")).toBe(0.5);
    // A board's own sheet: formats unknown, 1 is 100 %.
    expect(parseProgress(1, "upToOne")).toBe(100);
  });
});
