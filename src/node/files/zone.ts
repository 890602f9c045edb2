/**
 * .xlsx dates carry no time zone: exceljs hands them over as UTC instants of the wall-clock time.
 * A WorkbookGrid's dates are instants read in its `timeZone` (as Sheets' getValues gives them), so
 * files convert at the edge: wall time ↔ instant in the workbook's zone.
 */

/** Minutes that `timeZone` is ahead of UTC at the given instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows what `wall` shows in UTC. */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const guess = wall.getTime() - offsetMinutes(wall.getTime(), timeZone) * 60000;
  // A second pass settles instants near a daylight-saving change.
  return new Date(wall.getTime() - offsetMinutes(guess, timeZone) * 60000);
}

/** The wall-clock time of `instant` in `timeZone`, as a UTC date (what exceljs writes). */
export function instantToWall(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60000);
}
