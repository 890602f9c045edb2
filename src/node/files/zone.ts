/**
 * .xlsx dates carry no time zone: exceljs hands them over as UTC instants of the wall-clock time.
 * A WorkbookGrid's dates are instants read in its `timeZone` (as Sheets' getValues gives them), so
 * files convert at the edge: wall time ↔ instant in the workbook's zone.
 */
import { zonedInstant, zonedParts } from "../../core/zone";

/** The instant at which the wall clock in `timeZone` shows what `wall` shows in UTC. */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const instant = zonedInstant(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    },
    timeZone,
  );
  return new Date(instant.getTime() + wall.getUTCMilliseconds());
}

/** The wall-clock time of `instant` in `timeZone`, as a UTC date (what exceljs writes). */
export function instantToWall(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, instant.getUTCMilliseconds()),
  );
}
