import { isWebAddress } from "../../src/core/links";

describe("isWebAddress: which cell texts may become a link", () => {
  test.each([
    "https://docs.google.com/document/d/x/edit",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/Rapport?id=1#page",
    "https://docs.google.com/document/d/1AbC-_xyz/edit?usp=sharing",
  ])("accepts %s", (text) => {
    expect(isWebAddress(text)).toBe(true);
  });

  test.each([
    ["javascript:", "javascript:alert(1)"],
    ["javascript: disguised as a path", "javascript://docs.google.com/%0Aalert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "/document/d/x/edit"],
    ["a protocol-relative address", "//docs.google.com/document/d/x"],
    ["an address without scheme", "docs.google.com/document/d/x"],
    ["another scheme", "ftp://example.org/rapport"],
    ["a scheme without host", "https://"],
    ["an empty host", "https:///evil.example"],
    ["a backslash before the host", "https://\\evil.example"],
    ["text with spaces", "https://docs.google.com/document/d/x voir le rapport"],
    ["a leading space", " https://example.org"],
    ["a trailing new line", "https://example.org\n"],
    ["a tab inside", "https://exa\tmple.org"],
    ["a non-breaking space", "https://example.org/a\u00a0b"],
    ["a bidi override", "https://example.org/\u202egpj.exe"],
    ["prose", "Rapport annuel 2024"],
    ["empty text", ""],
  ])("refuses %s", (_what, text) => {
    expect(isWebAddress(text)).toBe(false);
  });

  test("refuses no text at all", () => {
    expect(isWebAddress(null)).toBe(false);
    expect(isWebAddress(undefined)).toBe(false);
  });
});
