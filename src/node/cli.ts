/** Entry of the `boussole` command. */
import { messages } from "../core/i18n";
import { importCommand, type Output, reportCommand, validateCommand } from "./cli/commands";
import { InputError } from "./cli/load";
import { parseOptions, todayOption, UsageError } from "./cli/options";

const COMMANDS = { import: importCommand, validate: validateCommand, report: reportCommand };

export async function runCli(args: string[], io: Output): Promise<number> {
  // The language is needed before parsing, to explain a parsing error in it.
  const language = /(^| )--lang[= ]en( |$)/.test(args.join(" ")) ? "en" : "fr";
  const text = messages(language).cli;
  try {
    const options = parseOptions(args);
    if (options.help || options.command === undefined) {
      io.out(text.usage);
      return options.help ? 0 : 2;
    }
    const command = COMMANDS[options.command as keyof typeof COMMANDS];
    if (!command) throw new InputError(text.unknownCommand(options.command));
    if (!options.file) throw new InputError(text.missingFile);
    const today = todayOption(options.today);
    if (!today) throw new InputError(text.badToday(options.today ?? ""));
    return await command({ ...options, file: options.file }, today, io);
  } catch (error) {
    if (error instanceof UsageError) io.err(text.badOption(error.message));
    else if (error instanceof InputError) io.err(error.message);
    else io.err(text.unexpected(error instanceof Error ? error.message : String(error)));
    return 2;
  }
}

/** Runs the command line of this process (called by bin/boussole.js). */
export function main(): void {
  // `boussole import plan.csv | head`: a reader that stops reading early is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
