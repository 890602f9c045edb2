import { formatAmount, formatDate, formatDateRange, formatPercent } from "../../../src/core/report";

const NBSP = "\u00a0";

describe("Québec French formatting", () => {
  test("dates in words, « 1er » on the first of the month", () => {
    expect(formatDate("2024-03-15", "fr")).toBe("15 mars 2024");
    expect(formatDate("2024-04-01", "fr")).toBe("1er avril 2024");
    expect(formatDate("2025-08-02", "fr")).toBe("2 août 2025");
    expect(formatDate("2024-12-31", "fr")).toBe("31 décembre 2024");
    expect(formatDateRange("2024-04-01", "2025-03-31", "fr")).toBe("du 1er avril 2024 au 31 mars 2025");
  });

  test("amounts: no-break space between thousands and before the dollar sign", () => {
    expect(formatAmount(12500, "fr")).toBe(`12${NBSP}500${NBSP}$`);
    expect(formatAmount(1234567.5, "fr")).toBe(`1${NBSP}234${NBSP}567,50${NBSP}$`);
    expect(formatAmount(999, "fr")).toBe(`999${NBSP}$`);
    expect(formatAmount(0, "fr")).toBe(`0${NBSP}$`);
    expect(formatAmount(-2500, "fr")).toBe(`-2${NBSP}500${NBSP}$`);
  });

  test("percentages with a no-break space, rounded", () => {
    expect(formatPercent(45, "fr")).toBe(`45${NBSP}%`);
    expect(formatPercent(28.57, "fr")).toBe(`29${NBSP}%`);
    expect(formatPercent(100, "fr")).toBe(`100${NBSP}%`);
  });

  test("a text that is not a date is kept as written", () => {
    expect(formatDate("2024-02-30", "fr")).toBe("2024-02-30");
  });
});

describe("English formatting", () => {
  test("dates, amounts and percentages", () => {
    expect(formatDate("2024-03-15", "en")).toBe("March 15, 2024");
    expect(formatDate("2024-04-01", "en")).toBe("April 1, 2024");
    expect(formatAmount(12500, "en")).toBe("$12,500");
    expect(formatAmount(1234.5, "en")).toBe("$1,234.50");
    expect(formatPercent(45, "en")).toBe("45%");
    expect(formatDateRange("2024-04-01", "2025-03-31", "en")).toBe("April 1, 2024 to March 31, 2025");
  });
});
