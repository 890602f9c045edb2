/** HtmlService: outputs built from strings or from the project's HTML files (`htmlFiles`). */
import { FakeObject, makeEnum } from "./expose";

export const SandboxMode = makeEnum("EMULATED", "IFRAME", "NATIVE");
export const XFrameOptionsMode = makeEnum("ALLOWALL", "DEFAULT");

export class FakeHtmlOutputMetaTag extends FakeObject {
  readonly _kind = "HtmlOutputMetaTag";

  constructor(
    readonly name: string,
    readonly content: string,
  ) {
    super();
  }

  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlOutput extends FakeObject {
  readonly _kind = "HtmlOutput";
  title = "";
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  faviconUrl: string | null = null;
  readonly metaTags: FakeHtmlOutputMetaTag[] = [];

  constructor(public content = "") {
    super();
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  /** Appends text escaped for HTML. */
  appendUntrusted(addedContent: string): this {
    this.content += addedContent.replace(
      /[&<>"']/g,
      (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
    );
    return this;
  }
  clear(): this {
    this.content = "";
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandboxMode = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandboxMode;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push(new FakeHtmlOutputMetaTag(name, content));
    return this;
  }
  getMetaTags(): FakeHtmlOutputMetaTag[] {
    return [...this.metaTags];
  }
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = iconUrl;
    return this;
  }
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }
}

export class FakeHtmlService extends FakeObject {
  readonly _kind = "HtmlService";
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** `files`: the project's HTML files by name, without the ".html" extension. */
  constructor(readonly files: Record<string, string>) {
    super();
  }

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(html ?? "");
  }
  /** Accepts "Sidebar" or "Sidebar.html", like the real one. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const name = filename.replace(/\.html$/, "");
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(content);
  }
}
