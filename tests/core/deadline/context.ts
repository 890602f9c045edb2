/** The context most deadline tests use: April exercice, a plan from 2019-04-01 to 2022-03-31. */
import type { DeadlineContext } from "../../../src/core/deadline";

export const context: DeadlineContext = {
  fiscalStartMonth: 4,
  periodStart: "2019-04-01",
  periodEnd: "2022-03-31",
  timeZone: "America/Toronto",
};
