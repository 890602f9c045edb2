/**
 * Text in a fake Doc: a string with one style per character, and the `Text` element, a window
 * on it (the whole paragraph for `editAsText`, the appended part for `appendText`).
 * Offsets are relative to the window; range forms take an inclusive end, like Apps Script.
 */
import { FakeObject } from "../expose";

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

/** DocumentApp.Attribute names of character styles, mapped to TextStyle keys. */
export const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: "bold",
  ITALIC: "italic",
  UNDERLINE: "underline",
  STRIKETHROUGH: "strikethrough",
  FONT_SIZE: "fontSize",
  FONT_FAMILY: "fontFamily",
  FOREGROUND_COLOR: "foregroundColor",
  BACKGROUND_COLOR: "backgroundColor",
  LINK_URL: "linkUrl",
};

export interface TextSpan {
  start: number;
  /** Exclusive. */
  end: number;
  style: TextStyle;
}

export class TextStore {
  text = "";
  styles: TextStyle[] = [];

  constructor(text = "") {
    this.insert(0, text);
  }

  insert(offset: number, text: string): void {
    const style = this.styles[offset - 1] ?? {};
    this.text = this.text.slice(0, offset) + text + this.text.slice(offset);
    this.styles.splice(offset, 0, ...Array<TextStyle>(text.length).fill(style));
  }

  delete(start: number, end: number): void {
    this.text = this.text.slice(0, start) + this.text.slice(end);
    this.styles.splice(start, end - start);
  }

  style(start: number, end: number, change: TextStyle): void {
    for (let i = start; i < end; i++) {
      const next: TextStyle = { ...this.styles[i], ...change };
      for (const key of Object.keys(change) as (keyof TextStyle)[]) {
        if (change[key] === null || change[key] === undefined) delete next[key];
      }
      this.styles[i] = next;
    }
  }

  /** Runs of equal non-empty style. */
  spans(): TextSpan[] {
    const spans: TextSpan[] = [];
    this.styles.forEach((style, i) => {
      const last = spans.at(-1);
      if (last && last.end === i && JSON.stringify(last.style) === JSON.stringify(style)) last.end = i + 1;
      else if (Object.keys(style).length > 0) spans.push({ start: i, end: i + 1, style });
    });
    return spans;
  }

  /** Replaces each match of `pattern` (a global RegExp) with the literal `replacement`. */
  replace(pattern: RegExp, replacement: string): void {
    const matches = [...this.text.matchAll(pattern)].filter((m) => m[0] !== "");
    for (const match of matches.reverse()) {
      const start = match.index ?? 0;
      this.delete(start, start + match[0].length);
      this.insert(start, replacement);
    }
  }
}

/**
 * An Apps Script replaceText pattern: RE2 syntax, close to JavaScript's. RE2 has no lookaround
 * and no backreference, so those are refused rather than silently working only in the fake.
 */
export function re2Pattern(pattern: string): RegExp {
  if (/\(\?<?[=!]|\\[1-9]/.test(pattern)) {
    throw new Error(`Invalid regular expression for RE2 (no lookaround, no backreference): ${pattern}`);
  }
  return new RegExp(pattern, "g");
}

type StyleValue = TextStyle[keyof TextStyle] | null;

export class FakeText extends FakeObject {
  readonly _kind = "Text";

  /** `end` null: the window runs to the end of the store. */
  constructor(
    readonly store: TextStore,
    readonly owner: FakeObject,
    readonly from = 0,
    readonly to: number | null = null,
  ) {
    super();
  }

  override _beforeCall(method: string): void {
    this.owner._beforeCall(method);
  }

  get #end(): number {
    return this.to ?? this.store.text.length;
  }

  #offset(offset: number, inclusiveEnd = false): number {
    const length = this.#end - this.from;
    if (!Number.isInteger(offset) || offset < 0 || offset > (inclusiveEnd ? length - 1 : length)) {
      throw new Error(`Index (${offset}) must be less than the content length (${length}).`);
    }
    return this.from + offset;
  }

  /** (value) styles the whole window; (start, endInclusive, value) a part of it. */
  #setStyle(key: keyof TextStyle, args: unknown[]): this {
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, StyleValue];
      this.store.style(this.#offset(start, true), this.#offset(end, true) + 1, { [key]: value });
    } else {
      this.store.style(this.from, this.#end, { [key]: args[0] as StyleValue });
    }
    return this;
  }

  #getStyle(key: keyof TextStyle, offset?: number): StyleValue {
    if (offset !== undefined) return this.store.styles[this.#offset(offset, true)]?.[key] ?? null;
    const values = new Set(this.store.styles.slice(this.from, this.#end).map((s) => s[key]));
    return values.size === 1 ? ([...values][0] ?? null) : null;
  }

  getType(): string {
    return "TEXT";
  }
  getText(): string {
    return this.store.text.slice(this.from, this.#end);
  }
  setText(text: string): this {
    this.store.delete(this.from, this.#end);
    this.store.insert(this.from, text);
    return this;
  }
  appendText(text: string): this {
    this.store.insert(this.#end, text);
    return this;
  }
  insertText(offset: number, text: string): this {
    this.store.insert(this.#offset(offset), text);
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this.store.delete(this.#offset(startOffset, true), this.#offset(endOffsetInclusive, true) + 1);
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    this.store.replace(re2Pattern(searchPattern), replacement);
    return this;
  }

  setBold(...args: unknown[]): this {
    return this.#setStyle("bold", args);
  }
  setItalic(...args: unknown[]): this {
    return this.#setStyle("italic", args);
  }
  setUnderline(...args: unknown[]): this {
    return this.#setStyle("underline", args);
  }
  setStrikethrough(...args: unknown[]): this {
    return this.#setStyle("strikethrough", args);
  }
  setFontSize(...args: unknown[]): this {
    return this.#setStyle("fontSize", args);
  }
  setFontFamily(...args: unknown[]): this {
    return this.#setStyle("fontFamily", args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this.#setStyle("foregroundColor", args);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.#setStyle("backgroundColor", args);
  }
  setLinkUrl(...args: unknown[]): this {
    return this.#setStyle("linkUrl", args);
  }
  /** (attributes) or (start, endInclusive, attributes); only character attributes apply to text. */
  setAttributes(...args: unknown[]): this {
    const attributes = args.at(-1) as Record<string, unknown>;
    for (const [name, value] of Object.entries(attributes)) {
      const key = TEXT_ATTRIBUTES[name];
      if (key) this.#setStyle(key, args.length >= 3 ? [args[0], args[1], value] : [value]);
    }
    return this;
  }

  /** Without an offset: the window's common value, or null when mixed (as Apps Script does). */
  isBold(offset?: number): boolean | null {
    return this.#getStyle("bold", offset) as boolean | null;
  }
  isItalic(offset?: number): boolean | null {
    return this.#getStyle("italic", offset) as boolean | null;
  }
  getFontSize(offset?: number): number | null {
    return this.#getStyle("fontSize", offset) as number | null;
  }
  getForegroundColor(offset?: number): string | null {
    return this.#getStyle("foregroundColor", offset) as string | null;
  }
  getLinkUrl(offset?: number): string | null {
    return this.#getStyle("linkUrl", offset) as string | null;
  }
}
