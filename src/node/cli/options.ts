/** Command-line options, parsed with Node's own parseArgs; every mistake becomes a UsageError. */
import { parseArgs } from "node:util";
import type { IsoDate, Language } from "../../core/model";

export class UsageError extends Error {}

export interface CliOptions {
  command: string | undefined;
  file: string | undefined;
  sheet?: string;
  roster?: string;
  rosterSheet?: string;
  today?: string;
  json: boolean;
  explain: boolean;
  out?: string;
  output?: string;
  period?: string;
  /** `report`: add the appendix of the plan's problems. */
  problems: boolean;
  lang: Language;
  help: boolean;
}

export function parseOptions(args: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? "fr";
  if (lang !== "fr" && lang !== "en") throw new UsageError(`--lang ${lang}`);
  return {
    command: positionals[0],
    file: positionals[1],
    sheet: values.sheet,
    roster: values.roster,
    rosterSheet: values["roster-sheet"],
    today: values.today,
    json: values.json ?? false,
    explain: values.explain ?? false,
    out: values.out,
    output: values.output,
    period: values.period,
    problems: values.problems ?? false,
    lang,
    help: values.help ?? false,
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: "string" },
      roster: { type: "string" },
      "roster-sheet": { type: "string" },
      today: { type: "string" },
      json: { type: "boolean" },
      explain: { type: "boolean" },
      out: { type: "string" },
      output: { type: "string", short: "o" },
      period: { type: "string" },
      problems: { type: "boolean" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Today in the machine's own calendar, unless --today says otherwise. */
export function todayOption(text: string | undefined): IsoDate | null {
  if (text === undefined) {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null;
}
