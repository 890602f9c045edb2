import { buildReport } from "../../../src/core/report";
import { renderReportHtml } from "../../../src/node/report";
import { sampleOptions, samplePlan } from "../../core/report/sample-plan";
import { HOSTILE, hostilePlan } from "./hostile-plan";

const TAGS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "h1",
  "h2",
  "h3",
  "p",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "strong",
  "span",
  "div",
  "nav",
  "ol",
  "li",
  "a",
  "caption",
  "svg",
  "rect",
]);

describe("renderReportHtml", () => {
  test("snapshot of the sample report", () => {
    expect(renderReportHtml(buildReport(samplePlan(), sampleOptions()))).toMatchSnapshot();
  });

  test("declares its language and needs nothing from elsewhere", () => {
    const html = renderReportHtml(buildReport(samplePlan(), sampleOptions({ language: "en" })));
    expect(html).toContain('<html lang="en-CA">');
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href="[^#]/);
    expect(html).toContain('<a href="#');
  });

  test("every user text is escaped: only the renderer's own tags are in the page", () => {
    const html = renderReportHtml(buildReport(hostilePlan(), sampleOptions()));
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1].toLowerCase()));
    expect([...tags].filter((tag) => !TAGS.has(tag))).toEqual([]);
    expect(html).toContain("<title>Rapport annuel 2024-2025 — &#60;img src=x onerror=alert(1)&#62;</title>");
    expect(html).toContain("<td>1 &#60;img src=x onerror=alert(1)&#62;</td>");
    expect(html).toContain("&#34;doubles&#34; &#39;simples&#39; &#38; esperluette");
    // Booleans, so that a failure does not print the 50,000-character page.
    expect(html.includes(HOSTILE.emoji)).toBe(true);
    expect(html.includes("Regex $1 $&#38; \\d+ (.*) [a-z]{2,} ^$ |")).toBe(true);
    expect(html.includes(HOSTILE.huge)).toBe(true);
  });
});
