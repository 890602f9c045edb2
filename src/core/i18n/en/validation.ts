import type { validation as fr } from "../fr/validation";
import { MONTHS } from "./common";

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

export const validation: typeof fr = {
  cellTooLong: (length, max) =>
    `This cell holds ${length.toLocaleString("en-CA")} characters, and Google Sheets keeps at most ${max.toLocaleString("en-CA")} per cell. The text is kept whole in the file, but it cannot be copied as it is into Google Sheets: shorten it, or put it in a document and link to it.`,
  late: (lateness, due) => {
    const words =
      lateness.unit === "days"
        ? `${plural(lateness.count, "day", "days")} late`
        : lateness.unit === "months"
          ? `${plural(lateness.count, "month", "months")} late`
          : `Late since ${MONTHS[lateness.month - 1]} ${lateness.year}`;
    return `${words} (deadline: ${due}).`;
  },
  groups: {
    byCode: {
      "deadline.late": (n) => plural(n, "late action", "late actions"),
      "deadline.invalid": (n) => plural(n, "unreadable deadline", "unreadable deadlines"),
      "deadline.undetermined": (n) => plural(n, "deadline to set", "deadlines to set"),
      "deadline.outsidePeriod": (n) =>
        plural(n, "deadline outside the plan's period", "deadlines outside the plan's period"),
      "deadline.twoDigitYear": (n) => plural(n, "two-digit year", "two-digit years"),
      "owner.unknown": (n) => plural(n, "owner not in the list", "owners not in the list"),
      "owner.ambiguous": (n) => plural(n, "ambiguous owner", "ambiguous owners"),
      "owner.empty": (n) => plural(n, "action without an owner", "actions without an owner"),
      "progress.inconsistent": (n) =>
        plural(n, "status contradicted by progress", "statuses contradicted by progress"),
      "roster.unused": (n) => plural(n, "owner without an action", "owners without an action"),
      "roster.duplicate": (n) => plural(n, "duplicate name", "duplicate names"),
      "roster.email": (n) => plural(n, "email to check", "emails to check"),
    },
    other: (severity, n) =>
      severity === "error"
        ? plural(n, "other error", "other errors")
        : severity === "warning"
          ? plural(n, "other warning", "other warnings")
          : plural(n, "other note", "other notes"),
  },
  fixes: {
    replaceWith: (name) => `Replace with “${name}”`,
    write: (text) => `Write “${text}”`,
    setProgress: (progress) => `Progress ${progress}%`,
    setStatus: (status) => `Status “${status}”`,
  },
};
