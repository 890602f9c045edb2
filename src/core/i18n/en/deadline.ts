import type { deadline as fr } from "../fr/deadline";
import { fullDay, MONTHS, monthDay } from "./common";

export const deadline: typeof fr = {
  day: fullDay,
  interval: {
    sameDay: (day) => fullDay(day),
    sameMonth: (start, end) => `from ${monthDay(start)} to ${end.day}, ${end.year}`,
    sameYear: (start, end) => `from ${monthDay(start)} to ${fullDay(end)}`,
    other: (start, end) => `from ${fullDay(start)} to ${fullDay(end)}`,
    from: (start) => `from ${fullDay(start)}`,
    until: (end) => `until ${fullDay(end)}`,
  },
  preview: (text, meaning) => `${text} → ${meaning}`,
  ongoing: "ongoing: never late",
  recurring: "recurring: no single deadline, never late",
  immediate: (due) => `at the start of the plan, ${due}`,
  immediateWithoutPeriod: "at the start of the plan (the plan's start date is not set)",
  undetermined: "deadline to be set",
  invalid: (text) =>
    `“${text}” is not a recognized deadline. Examples: March 15, 2020, March 2020, fall 2020, 2020-2021, ongoing.`,
  warnings: {
    twoDigitYear: (w) => `“${w.written}” is read as the year ${w.year}: write the full year.`,
    impossibleDate: (w) => `${MONTHS[w.month - 1]} ${w.day}, ${w.year} does not exist.`,
    impossibleMonth: (w) => `There is no month ${w.month}: months go from 1 to 12.`,
    yearOutOfRange: (w) => `The year ${w.year} is not accepted: write a year between 1900 and 2100.`,
    reversedRange: () => "The end comes before the start: check the order of the dates.",
    ambiguousYear: () => "Give the year or the fiscal year (e.g. December 2020 or 2020-2021).",
    missingYear: () => "The year is missing (e.g. March 2021).",
    relativeEvent: () =>
      "This deadline depends on an event (AGM, board meeting, funding…): give a date, for example June 2021.",
    needsPlanPeriod: () =>
      "This deadline counts from the start of the plan: set the period's start date in the settings.",
    unknownTimeZone: (w) => `The time zone “${w.timeZone}” is unknown: check the spreadsheet's settings.`,
  },
  problems: {
    undetermined: (text) => (text.trim() === "" ? "Deadline to be set." : `“${text}”: deadline to be set.`),
    outsidePeriod: (text, period) =>
      `“${text}” falls outside the plan's period (${period}): check the deadline or the period.`,
    doneNotComplete: (progress) =>
      `The action is “Done”, but its progress is ${progress}%: set 100% or change the status.`,
    completeNotDone: (status) =>
      `Progress is 100%, but the status is “${status}”: choose “Done” or correct the progress.`,
    completeWithoutStatus: "Progress is 100%, but no status is set: choose “Done”.",
  },
};
