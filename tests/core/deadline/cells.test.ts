import { runInNewContext } from "node:vm";
import { parseDeadline } from "../../../src/core/deadline";
import { context } from "./context";

/** Midnight and the last minute of 2020-03-15 in each zone, as the instants Sheets hands over. */
const ZONES: [zone: string, midnight: string, lastMinute: string][] = [
  ["Pacific/Auckland", "2020-03-14T11:00:00Z", "2020-03-15T10:59:00Z"],
  ["Asia/Tokyo", "2020-03-14T15:00:00Z", "2020-03-15T14:59:00Z"],
  ["Europe/Paris", "2020-03-14T23:00:00Z", "2020-03-15T22:59:00Z"],
  ["UTC", "2020-03-15T00:00:00Z", "2020-03-15T23:59:00Z"],
  ["America/Toronto", "2020-03-15T04:00:00Z", "2020-03-16T03:59:00Z"],
  ["America/Los_Angeles", "2020-03-15T07:00:00Z", "2020-03-16T06:59:00Z"],
  ["Pacific/Honolulu", "2020-03-15T10:00:00Z", "2020-03-16T09:59:00Z"],
];

describe("parseDeadline: date cells", () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it.each(ZONES)(
    "reads a date cell of a sheet in %s as the day it shows",
    (timeZone, midnight, lastMinute) => {
      for (const instant of [midnight, lastMinute]) {
        expect(parseDeadline(new Date(instant), { ...context, timeZone })).toEqual({
          text: "2020-03-15",
          kind: "date",
          start: "2020-03-15",
          end: "2020-03-15",
          warnings: [],
        });
      }
    },
  );

  it.each(["Pacific/Auckland", "America/Los_Angeles", "UTC"])(
    "gives the same day whatever the machine's zone (%s)",
    (machineTimeZone) => {
      process.env.TZ = machineTimeZone;
      const midnightInToronto = new Date("2020-03-15T04:00:00Z");
      expect(parseDeadline(midnightInToronto, context).start).toBe("2020-03-15");
      const midnightInAuckland = new Date("2020-03-14T11:00:00Z");
      expect(parseDeadline(midnightInAuckland, { ...context, timeZone: "Pacific/Auckland" }).start).toBe(
        "2020-03-15",
      );
    },
  );

  it("reads a date made in another realm (a sandbox) like any date", () => {
    const foreign = runInNewContext('new Date("2020-03-14T11:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDeadline(foreign, { ...context, timeZone: "Pacific/Auckland" })).toMatchObject({
      kind: "date",
      start: "2020-03-15",
    });
  });

  it("reads an instant written as text in the spreadsheet's zone", () => {
    const text = "2020-03-15T03:00:00Z";
    expect(parseDeadline(text, { ...context, timeZone: "Pacific/Auckland" })).toMatchObject({
      text,
      start: "2020-03-15",
    });
    expect(parseDeadline(text, context)).toMatchObject({ text, start: "2020-03-14" });
  });

  it("rejects an invalid date and an unknown time zone without throwing", () => {
    expect(parseDeadline(new Date(Number.NaN), context)).toMatchObject({
      kind: "invalid",
      text: "Invalid Date",
    });
    expect(parseDeadline(new Date("2020-03-15T12:00:00Z"), { ...context, timeZone: "Mars/Olympus" })).toEqual(
      {
        text: "2020-03-15",
        kind: "invalid",
        start: null,
        end: null,
        warnings: [{ code: "unknownTimeZone", timeZone: "Mars/Olympus" }],
      },
    );
  });

  it("rejects a date cell outside 1900–2100", () => {
    expect(parseDeadline(new Date("2150-01-01T12:00:00Z"), context)).toMatchObject({
      kind: "invalid",
      warnings: [{ code: "yearOutOfRange", year: 2150 }],
    });
  });
});

describe("parseDeadline: numbers, booleans and missing cells", () => {
  it.each([
    [2020, "year", "2020-01-01", "2020-12-31"],
    [1900, "year", "1900-01-01", "1900-12-31"],
    [2100, "year", "2100-01-01", "2100-12-31"],
    [43905, "date", "2020-03-15", "2020-03-15"],
    [43905.75, "date", "2020-03-15", "2020-03-15"],
    [44196, "date", "2020-12-31", "2020-12-31"],
    [2101, "date", "1905-10-01", "1905-10-01"],
    [1850, "invalid", null, null],
    [0, "invalid", null, null],
    [-5, "invalid", null, null],
    [2020.5, "invalid", null, null],
    [1e9, "invalid", null, null],
    [Number.NaN, "invalid", null, null],
    [Number.POSITIVE_INFINITY, "invalid", null, null],
  ])("%d → %s %s %s", (value, kind, start, end) => {
    expect(parseDeadline(value, context)).toMatchObject({ text: String(value), kind, start, end });
  });

  it("reads a missing cell as undetermined and a boolean as invalid", () => {
    expect(parseDeadline(null, context)).toMatchObject({ text: "", kind: "undetermined" });
    expect(parseDeadline(undefined, context)).toMatchObject({ text: "", kind: "undetermined" });
    expect(parseDeadline(true, context)).toMatchObject({ text: "true", kind: "invalid" });
  });
});
