/** Calendar arithmetic in a named time zone (Intl only), shared by Sheets cells and Utilities. */

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

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
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

/** Whether year-month-day names a real calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The `Date` that Sheets returns for a date cell holding `iso` ("YYYY-MM-DD"): midnight of that
 * day in the spreadsheet's time zone.
 */
export function dateCell(iso: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`dateCell: expected "YYYY-MM-DD", got "${iso}"`);
  const [year, month, day] = match.slice(1).map(Number);
  if (!isCalendarDay(year, month, day)) throw new Error(`dateCell: "${iso}" is not a calendar day`);
  return zonedInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** A `Date` from any realm (a vm context's `Date` is not this realm's). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}
