/**
 * Sheet text reaches the pages only through text nodes: no browser code may parse HTML from a
 * string (innerHTML, outerHTML, insertAdjacentHTML, document.write, DOMParser, createContextualFragment).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const UI = join(__dirname, "..", "..", "src", "ui");
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(entry.name) ? [path] : [];
  });
}

test("the pages' code has sources to check", () => {
  expect(sources(UI).length).toBeGreaterThan(5);
});

test.each(sources(UI).map((path) => [path.slice(UI.length + 1), path]))(
  "%s builds no DOM from HTML strings",
  (_name, path) => {
    const offending = readFileSync(path, "utf8")
      .split("\n")
      .map((line, index) => ({ line: index + 1, text: line }))
      .filter(({ text }) => HTML_SINKS.test(text));
    expect(offending).toEqual([]);
  },
);

test("the check catches an HTML sink", () => {
  expect(HTML_SINKS.test("cell.innerHTML = title;")).toBe(true);
  expect(HTML_SINKS.test("cell.textContent = title;")).toBe(false);
});
