/**
 * The narrowest scopes (issue 15): the built add-on's manifest asks for no `documents` and no full
 * `drive` scope, declares the Docs advanced service, and the bundle writes the report through it.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { createFakeGas, installFakeGas } from "../../../src/node/gas-fake";
import { generatePlan } from "../../support/generate-plan";
import { canonicalInits, HTML_FILES } from "../helpers";

const manifest = () =>
  JSON.parse(readFileSync("dist/appsscript.json", "utf8")) as {
    oauthScopes: string[];
    dependencies?: {
      enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }>;
    };
  };

test("dist/appsscript.json: drive.file, no documents nor full drive scope, the Docs advanced service", () => {
  const { oauthScopes, dependencies } = manifest();
  expect(oauthScopes).toContain("https://www.googleapis.com/auth/drive.file");
  expect(oauthScopes).not.toContain("https://www.googleapis.com/auth/documents");
  expect(oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
  expect(dependencies?.enabledAdvancedServices).toEqual([
    { userSymbol: "Docs", serviceId: "docs", version: "v1" },
  ]);
});

/** dist/Code.js over a fake holding a plan of `actions` actions; its generateReport. */
function bundleWithPlan(actions: number) {
  const fake = createFakeGas({
    htmlFiles: HTML_FILES,
    spreadsheet: { sheets: canonicalInits(generatePlan(actions)) },
  });
  const context = installFakeGas(vm.createContext({ console }), fake) as Record<string, unknown>;
  vm.runInContext(readFileSync("dist/Code.js", "utf8"), context, { filename: "Code.js" });
  const generate = context.generateReport as (request: unknown) => { url: string; pdfUrl: string };
  return { fake, generate };
}

test("dist/Code.js generates the report through Docs.Documents, never DocumentApp or DriveApp", () => {
  const { fake, generate } = bundleWithPlan(20);
  const result = generate({
    period: { label: "2021-2022", start: "2021-04-01", end: "2022-03-31" },
    language: "fr",
  });
  expect(fake.docs.documents.size).toBe(1);
  expect(result.pdfUrl).toMatch(/\/export\?format=pdf$/);
  expect(fake.calls.of("Documents.create")).toBe(1);
  expect(fake.calls.of("Documents.batchUpdate")).toBe(1);
  const used = Object.keys(fake.calls.byMethod()).filter(
    (name) => name.startsWith("DocumentApp") || name.startsWith("DriveApp"),
  );
  expect(used).toEqual([]);
});

// « Documents: Up to 1.02 million characters » (https://support.google.com/drive/answer/37603): a
// report past it is refused in words before any Doc is made, and says what to untick.
test("dist/Code.js refuses a report too large for a Google Doc, in French, creating nothing", () => {
  const { fake, generate } = bundleWithPlan(6000);
  const request = { period: { label: "2021-2022", start: "2021-04-01", end: "2022-03-31" }, language: "fr" };
  expect(() => generate(request)).toThrow(
    /^ce rapport compterait [\d\s\u202f]+ caractères, et un Google Doc n'en contient pas plus de 1\s020\s000\. .*décochez « Une section par responsable » et « Détail des actions réalisées »\. Aucun document n'a été créé/,
  );
  expect(fake.calls.of("Documents.create")).toBe(0);
  expect(fake.docs.documents.size).toBe(0);
});
