/**
 * Wall-clock time in a named time zone, with Intl only (ECMAScript, so Apps Script's V8 has it):
 * the one place that turns instants into a zone's calendar and back. Sheets hands over date cells
 * as instants; what a person sees is their reading in the spreadsheet's zone.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Readings already made, per zone and instant: a sheet's date cells repeat a few days, and
 * `formatToParts` is the slowest step of reading one. Cleared past a bound, so it never grows
 * with the workbook. The readings are frozen: every caller shares them.
 */
const readings = new Map<string, Map<number, Readonly<ZonedParts>>>();
const MAX_READINGS = 10_000;

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): Readonly<ZonedParts> {
  let known = readings.get(timeZone);
  if (!known) {
    known = new Map();
    readings.set(timeZone, known);
  }
  const time = date.getTime();
  let reading = known.get(time);
  if (!reading) {
    const parts: Record<string, number> = {};
    for (const p of formatter(timeZone).formatToParts(date)) {
      if (p.type !== "literal") parts[p.type] = Number(p.value);
    }
    reading = Object.freeze({
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: parts.hour,
      minute: parts.minute,
      second: parts.second,
    });
    if (known.size >= MAX_READINGS) known.clear();
    known.set(time, reading);
  }
  return reading;
}

/** The instant at which the zone's clock reads the given wall time. */
export function zonedInstant(p: ZonedParts, timeZone: string): Date {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  let instant = wall;
  // Two passes settle the zone offset, including across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const seen = zonedParts(new Date(instant), timeZone);
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    instant += wall - seenWall;
  }
  return new Date(instant);
}
