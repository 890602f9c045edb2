/**
 * The report as a PDF, locally: the .docx converted by LibreOffice (`soffice --headless
 * --convert-to pdf`), in a private profile so that an open LibreOffice window does not block it.
 * No PDF library could lay out the report as LibreOffice does; when it is missing, the caller
 * says how to install it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type PdfResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "failed"; detail: string };

/** `soffice` by default; BOUSSOLE_SOFFICE names another (a full path on macOS or Windows). */
export async function docxToPdf(
  docx: Buffer,
  command = process.env.BOUSSOLE_SOFFICE ?? "soffice",
): Promise<PdfResult> {
  const dir = await mkdtemp(join(tmpdir(), "boussole-pdf-"));
  try {
    await writeFile(join(dir, "rapport.docx"), docx);
    const args = [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "rapport.docx"),
    ];
    const outcome = await run(command, args);
    if (outcome === "missing") return { ok: false, reason: "missing" };
    const bytes = await readFile(join(dir, "rapport.pdf")).catch(() => null);
    return bytes ? { ok: true, bytes } : { ok: false, reason: "failed", detail: outcome || "no PDF written" };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** "missing" when the command does not exist, else what it wrote on stderr. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "ENOENT" ? "missing" : error.message),
    );
    child.on("close", () => resolve(stderr.trim()));
  });
}
