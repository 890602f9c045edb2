/**
 * Builds everything from src/ with esbuild:
 *  - dist/Code.js: the Apps Script bundle. One IIFE; every named export of src/gas/main.ts becomes a
 *    top-level `function` (Apps Script calls only top-level functions: menu items, triggers and
 *    google.script.run). The list is read from the entry's exports, never kept by hand. ES2020:
 *    esbuild lowers newer syntax, and src/gas/tsconfig.json's ES2020 library refuses newer methods.
 *  - dist/<Page>.html: each src/ui/<page>/index.html with its script and style inlined (no CDN).
 *  - dist/appsscript.json: the manifest.
 *  - dist/node/*.js: the CLI and the playground for Node, and the playground's google.script shim
 *    for the pages it serves (dist/node/google-script.js); dist/node/Code.meta.json: esbuild's
 *    metafile of dist/Code.js (npm run bench prints each dependency's share).
 */

import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";

const DIST = "dist";
const GAS_ENTRY = "src/gas/main.ts";
const GLOBAL_NAME = "Boussole";
/** The language level of dist/Code.js (the same as src/gas/tsconfig.json's "lib"). */
const APPS_SCRIPT_TARGET = "es2020";

async function exportNames(entry) {
  const probe = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    target: APPS_SCRIPT_TARGET,
    logLevel: "silent",
  });
  const output = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  return output.exports;
}

async function buildAppsScript() {
  const names = await exportNames(GAS_ENTRY);
  const footer = names
    .map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`)
    .join("\n");
  const result = await esbuild.build({
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: APPS_SCRIPT_TARGET,
    platform: "neutral",
    mainFields: ["module", "main"],
    outfile: join(DIST, "Code.js"),
    footer: {
      js: `\n// Apps Script entry points (generated from the exports of ${GAS_ENTRY}).\n${footer}\n`,
    },
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  // What each source and package weighs in the bundle, for npm run bench (clasp ignores node/).
  await mkdir(join(DIST, "node"), { recursive: true });
  await writeFile(join(DIST, "node", "Code.meta.json"), JSON.stringify(result.metafile));
  await copyFile("appsscript.json", join(DIST, "appsscript.json"));
  return names;
}

/** Inlines <script src="x.ts"> (bundled) and <link rel="stylesheet" href="x.css"> into one file. */
async function buildPages() {
  const pages = [];
  if (!existsSync("src/ui")) return pages;
  for (const entry of await readdir("src/ui", { withFileTypes: true })) {
    const dir = join("src/ui", entry.name);
    if (!entry.isDirectory() || !existsSync(join(dir, "index.html"))) continue;
    let html = await readFile(join(dir, "index.html"), "utf8");
    for (const [tag, src] of [...html.matchAll(/<script src="([^"]+\.ts)"><\/script>/g)]) {
      const result = await esbuild.build({
        entryPoints: [join(dir, src)],
        bundle: true,
        format: "iife",
        target: "es2020",
        minify: true,
        write: false,
        logLevel: "warning",
      });
      const js = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
      html = html.replace(tag, () => `<script>\n${js}</script>`);
    }
    for (const [tag, href] of [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)">/g)]) {
      const css = await readFile(join(dir, href), "utf8");
      html = html.replace(tag, () => `<style>\n${css}</style>`);
    }
    const name = entry.name[0].toUpperCase() + entry.name.slice(1);
    await writeFile(join(DIST, `${name}.html`), html);
    pages.push(name);
  }
  return pages;
}

async function buildNode() {
  const entries = ["cli", "playground"].map((name) => `src/node/${name}.ts`).filter(existsSync);
  if (entries.length === 0) return;
  const shim = esbuild.build({
    entryPoints: ["src/ui/playground/google-script.ts"],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    outfile: join(DIST, "node", "google-script.js"),
    logLevel: "warning",
  });
  const node = esbuild.build({
    entryPoints: entries,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outdir: join(DIST, "node"),
    sourcemap: true,
    logLevel: "warning",
  });
  await Promise.all([shim, node]);
}

await mkdir(DIST, { recursive: true });
const [names, pages] = await Promise.all([buildAppsScript(), buildPages(), buildNode()]);
console.log(`dist/Code.js: ${names.length} entry points; pages: ${pages.join(", ") || "none"}`);
