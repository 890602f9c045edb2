/**
 * `npm start [-- FILE.xlsx]`: the local playground. Without a file, a fresh copy of the demo
 * workbook is edited; with one, that file is edited in place (saved after each change).
 */
import { existsSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { messages } from "../core/i18n";
import { WorkbookFileError, WorkbookTooLargeError } from "./files/workbook";
import { startPlayground } from "./playground/index";

/** Starts the playground; a number is an exit code when it could not start. */
async function main(): Promise<number | null> {
  const text = messages("fr").ui.playground;
  const file = process.argv[2];
  if (file && extname(file).toLowerCase() !== ".xlsx") {
    console.error(text.unsupportedFile(file));
    return 2;
  }
  for (const built of ["Code.js", "Playground.html", "Sidebar.html"]) {
    const path = join("dist", built);
    if (!existsSync(path)) {
      console.error(text.missingBuild(path));
      return 2;
    }
  }
  const port = Number(process.env.PORT) || 8080;
  try {
    const playground = await startPlayground({ file, port });
    const shown = relative(process.cwd(), playground.file) || playground.file;
    console.log(playground.demo ? text.workingCopy(shown) : text.editing(shown));
    console.log(text.listening(playground.url));
    return new Promise(() => {});
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      console.error(
        error instanceof WorkbookTooLargeError
          ? messages("fr").cli.workbookTooLarge(error.path, error.sheet, error.cell, error.cells)
          : error.reason === "unreadable"
            ? text.unreadableFile(error.path)
            : text.unsupportedFile(error.path),
      );
      return 2;
    }
    throw error;
  }
}

main().then((code) => process.exit(code));
