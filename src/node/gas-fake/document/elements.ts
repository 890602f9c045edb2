/**
 * Doc elements: Body and TableCell (containers of blocks), Paragraph and ListItem (text blocks),
 * Table, TableRow, PageBreak, HorizontalRule. Each can give its plain-data view (`_view`).
 */
import { FakeObject, makeEnum } from "../expose";
import { FakeText, re2Pattern, TEXT_ATTRIBUTES, type TextSpan, TextStore } from "./text";

export const ElementType = makeEnum(
  "BODY_SECTION",
  "PARAGRAPH",
  "LIST_ITEM",
  "TABLE",
  "TABLE_ROW",
  "TABLE_CELL",
  "TEXT",
  "PAGE_BREAK",
  "HORIZONTAL_RULE",
);
export const ParagraphHeading = makeEnum(
  "NORMAL",
  "TITLE",
  "SUBTITLE",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
);
export const HorizontalAlignment = makeEnum("LEFT", "CENTER", "RIGHT", "JUSTIFY");
export const GlyphType = makeEnum(
  "BULLET",
  "HOLLOW_BULLET",
  "SQUARE_BULLET",
  "NUMBER",
  "LATIN_UPPER",
  "LATIN_LOWER",
  "ROMAN_UPPER",
  "ROMAN_LOWER",
);

/** A created document's content as plain data, for assertions and local rendering. */
export type DocBlock =
  | {
      type: "paragraph";
      heading: string;
      text: string;
      alignment: string | null;
      spans: TextSpan[];
      attributes: Record<string, unknown>;
    }
  | {
      type: "listItem";
      text: string;
      glyph: string;
      nesting: number;
      spans: TextSpan[];
      attributes: Record<string, unknown>;
    }
  | { type: "table"; rows: string[][]; attributes: Record<string, unknown> }
  | { type: "pageBreak" }
  | { type: "horizontalRule" };

/** Whether the document an element belongs to is still open. */
export interface DocumentState {
  closed: boolean;
}

export abstract class DocElement extends FakeObject {
  parent: DocContainer | DocElement | null = null;
  attributes: Record<string, unknown> = {};

  constructor(readonly state: DocumentState) {
    super();
  }

  abstract getType(): string;
  abstract getText(): string;
  abstract _replace(pattern: RegExp, replacement: string): void;

  override _beforeCall(_method: string): void {
    if (this.state.closed) throw new Error("Document is closed, its contents cannot be updated.");
  }

  getParent(): DocElement | null {
    return this.parent;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.attributes, attributes);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
  removeFromParent(): this {
    if (this.parent instanceof DocContainer) this.parent._remove(this);
    this.parent = null;
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    this._replace(re2Pattern(searchPattern), replacement);
    return this;
  }
}

/** Paragraph and ListItem: a text with a heading, an alignment and inline breaks or rules. */
abstract class TextBlock extends DocElement {
  readonly store: TextStore;
  heading: string = ParagraphHeading.NORMAL;
  alignment: string | null = null;
  inline: ("pageBreak" | "horizontalRule")[] = [];

  constructor(state: DocumentState, text: string) {
    super(state);
    this.store = new TextStore(text);
  }

  getText(): string {
    return this.store.text;
  }
  setText(text: string): this {
    this.store.delete(0, this.store.text.length);
    this.store.insert(0, text);
    return this;
  }
  editAsText(): FakeText {
    return new FakeText(this.store, this);
  }
  /** The Text of the appended part only; it inherits the style of the text before it. */
  appendText(text: string): FakeText {
    const from = this.store.text.length;
    this.store.insert(from, text);
    return new FakeText(this.store, this, from, from + text.length);
  }
  _replace(pattern: RegExp, replacement: string): void {
    this.store.replace(pattern, replacement);
  }
  /** Character attributes style the whole text; the others are kept on the block. */
  override setAttributes(attributes: Record<string, unknown>): this {
    for (const [name, value] of Object.entries(attributes)) {
      const key = TEXT_ATTRIBUTES[name];
      if (key) this.store.style(0, this.store.text.length, { [key]: value });
      else if (name === "HEADING") this.heading = String(value);
      else if (name === "HORIZONTAL_ALIGNMENT") this.alignment = String(value);
      else this.attributes[name] = value;
    }
    return this;
  }
  getHeading(): string {
    return this.heading;
  }
  setHeading(heading: string): this {
    this.heading = heading;
    return this;
  }
  getAlignment(): string | null {
    return this.alignment;
  }
  setAlignment(alignment: string): this {
    this.alignment = alignment;
    return this;
  }
  setLinkUrl(url: string | null): this {
    this.store.style(0, this.store.text.length, { linkUrl: url ?? undefined });
    return this;
  }
  getLinkUrl(): string | null {
    return this.editAsText().getLinkUrl();
  }
  setSpacingBefore(spacing: number): this {
    this.attributes.SPACING_BEFORE = spacing;
    return this;
  }
  setSpacingAfter(spacing: number): this {
    this.attributes.SPACING_AFTER = spacing;
    return this;
  }
  setLineSpacing(multiplier: number): this {
    this.attributes.LINE_SPACING = multiplier;
    return this;
  }
  setIndentStart(indent: number): this {
    this.attributes.INDENT_START = indent;
    return this;
  }
  setIndentFirstLine(indent: number): this {
    this.attributes.INDENT_FIRST_LINE = indent;
    return this;
  }
  appendPageBreak(): FakePageBreak {
    this.inline.push("pageBreak");
    return new FakePageBreak(this.state, this);
  }
  appendHorizontalRule(): FakeHorizontalRule {
    this.inline.push("horizontalRule");
    return new FakeHorizontalRule(this.state, this);
  }
}

export class FakeParagraph extends TextBlock {
  readonly _kind = "Paragraph";

  getType(): string {
    return ElementType.PARAGRAPH;
  }
  _view(): DocBlock {
    if (this.store.text === "" && this.inline.length === 1) return { type: this.inline[0] };
    return {
      type: "paragraph",
      heading: this.heading,
      text: this.store.text,
      alignment: this.alignment,
      spans: this.store.spans(),
      attributes: { ...this.attributes },
    };
  }
}

export class FakeListItem extends TextBlock {
  readonly _kind = "ListItem";
  glyph: string = GlyphType.BULLET;
  nesting = 0;
  listId = "list-1";

  getType(): string {
    return ElementType.LIST_ITEM;
  }
  getGlyphType(): string {
    return this.glyph;
  }
  setGlyphType(glyphType: string): this {
    this.glyph = glyphType;
    return this;
  }
  getNestingLevel(): number {
    return this.nesting;
  }
  setNestingLevel(nestingLevel: number): this {
    this.nesting = nestingLevel;
    return this;
  }
  getListId(): string {
    return this.listId;
  }
  setListId(listItem: FakeListItem): this {
    this.listId = listItem.listId;
    return this;
  }
  _view(): DocBlock {
    return {
      type: "listItem",
      text: this.store.text,
      glyph: this.glyph,
      nesting: this.nesting,
      spans: this.store.spans(),
      attributes: { ...this.attributes },
    };
  }
}

abstract class InlineElement extends DocElement {
  constructor(state: DocumentState, parent: DocElement) {
    super(state);
    this.parent = parent;
  }
  getText(): string {
    return "";
  }
  _replace(): void {}
}

export class FakePageBreak extends InlineElement {
  readonly _kind = "PageBreak";
  getType(): string {
    return ElementType.PAGE_BREAK;
  }
}

export class FakeHorizontalRule extends InlineElement {
  readonly _kind = "HorizontalRule";
  getType(): string {
    return ElementType.HORIZONTAL_RULE;
  }
}

type Block = FakeParagraph | FakeListItem | FakeTable;

/** Body and TableCell: an ordered list of blocks. */
export abstract class DocContainer extends DocElement {
  children: Block[] = [];

  constructor(state: DocumentState) {
    super(state);
    this.children.push(this._adopt(new FakeParagraph(state, "")));
  }

  _adopt<T extends Block>(block: T): T {
    block.parent = this;
    return block;
  }

  _remove(child: DocElement): void {
    const index = this.children.indexOf(child as Block);
    if (index < 0) return;
    const paragraphs = this.children.filter((c) => c instanceof FakeParagraph || c instanceof FakeListItem);
    if (paragraphs.length === 1 && paragraphs[0] === child) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.children.splice(index, 1);
  }

  #insert<T extends Block>(index: number, block: T): T {
    if (index < 0 || index > this.children.length) {
      throw new Error(
        `Child index (${index}) must be less than or equal to the number of child elements (${this.children.length}).`,
      );
    }
    this.children.splice(index, 0, this._adopt(block));
    return block;
  }

  getText(): string {
    return this.children.map((child) => child.getText()).join("\n");
  }
  _replace(pattern: RegExp, replacement: string): void {
    for (const child of this.children) child._replace(pattern, replacement);
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): Block {
    const child = this.children[childIndex];
    if (!child) {
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    }
    return child;
  }
  getChildIndex(child: DocElement): number {
    const index = this.children.indexOf(child as Block);
    if (index < 0) throw new Error("Element does not contain the specified child element.");
    return index;
  }
  getParagraphs(): FakeParagraph[] {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
  getTables(): FakeTable[] {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }
  getListItems(): FakeListItem[] {
    return this.children.filter((c): c is FakeListItem => c instanceof FakeListItem);
  }
  appendParagraph(text: string | FakeParagraph): FakeParagraph {
    return this.insertParagraph(this.children.length, text);
  }
  insertParagraph(childIndex: number, text: string | FakeParagraph): FakeParagraph {
    return this.#insert(childIndex, typeof text === "string" ? new FakeParagraph(this.state, text) : text);
  }
  appendListItem(text: string | FakeListItem): FakeListItem {
    return this.insertListItem(this.children.length, text);
  }
  insertListItem(childIndex: number, text: string | FakeListItem): FakeListItem {
    return this.#insert(childIndex, typeof text === "string" ? new FakeListItem(this.state, text) : text);
  }
  /** A table from a rectangular grid of strings (or an empty table). */
  appendTable(cells?: string[][]): FakeTable {
    return this.insertTable(this.children.length, cells);
  }
  insertTable(childIndex: number, cells: string[][] = []): FakeTable {
    const width = cells[0]?.length ?? 0;
    if (cells.some((row) => !Array.isArray(row) || row.length !== width)) {
      throw new Error(
        "The table cells must be a rectangular array of strings: every row needs the same length.",
      );
    }
    const table = new FakeTable(this.state);
    for (const row of cells) table.appendTableRow(row);
    return this.#insert(childIndex, table);
  }
  /** Empties the container; like Docs, one empty paragraph remains. */
  clear(): this {
    this.children = [this._adopt(new FakeParagraph(this.state, ""))];
    return this;
  }
  _view(): DocBlock[] {
    return this.children.map((child) => child._view());
  }
}

export class FakeBody extends DocContainer {
  readonly _kind = "Body";

  getType(): string {
    return ElementType.BODY_SECTION;
  }
  appendPageBreak(): FakePageBreak {
    return this.appendParagraph("").appendPageBreak();
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph("").appendHorizontalRule();
  }
  setMarginTop(margin: number): this {
    this.attributes.MARGIN_TOP = margin;
    return this;
  }
  setMarginBottom(margin: number): this {
    this.attributes.MARGIN_BOTTOM = margin;
    return this;
  }
  setMarginLeft(margin: number): this {
    this.attributes.MARGIN_LEFT = margin;
    return this;
  }
  setMarginRight(margin: number): this {
    this.attributes.MARGIN_RIGHT = margin;
    return this;
  }
}

export class FakeTableCell extends DocContainer {
  readonly _kind = "TableCell";

  constructor(state: DocumentState, text: string) {
    super(state);
    this.getParagraphs()[0].setText(text);
  }

  getType(): string {
    return ElementType.TABLE_CELL;
  }
  setText(text: string): this {
    this.clear();
    this.getParagraphs()[0].setText(text);
    return this;
  }
  editAsText(): FakeText {
    return this.getParagraphs()[0].editAsText();
  }
  getBackgroundColor(): string | null {
    return (this.attributes.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string): this {
    this.attributes.BACKGROUND_COLOR = color;
    return this;
  }
  setVerticalAlignment(alignment: string): this {
    this.attributes.VERTICAL_ALIGNMENT = alignment;
    return this;
  }
  setPaddingTop(padding: number): this {
    this.attributes.PADDING_TOP = padding;
    return this;
  }
  setPaddingBottom(padding: number): this {
    this.attributes.PADDING_BOTTOM = padding;
    return this;
  }
}

export class FakeTableRow extends DocElement {
  readonly _kind = "TableRow";
  cells: FakeTableCell[] = [];

  getType(): string {
    return ElementType.TABLE_ROW;
  }
  getText(): string {
    return this.cells.map((cell) => cell.getText()).join("\n");
  }
  _replace(pattern: RegExp, replacement: string): void {
    for (const cell of this.cells) cell._replace(pattern, replacement);
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(cellIndex: number): FakeTableCell {
    const cell = this.cells[cellIndex];
    if (!cell)
      throw new Error(
        `Child index (${cellIndex}) must be less than the number of child elements (${this.cells.length}).`,
      );
    return cell;
  }
  appendTableCell(text = ""): FakeTableCell {
    const cell = new FakeTableCell(this.state, text);
    cell.parent = this;
    this.cells.push(cell);
    return cell;
  }
  setMinimumHeight(minHeight: number): this {
    this.attributes.MINIMUM_HEIGHT = minHeight;
    return this;
  }
}

export class FakeTable extends DocElement {
  readonly _kind = "Table";
  rows: FakeTableRow[] = [];
  readonly columnWidths = new Map<number, number>();

  getType(): string {
    return ElementType.TABLE;
  }
  getText(): string {
    return this.rows.map((row) => row.getText()).join("\n");
  }
  _replace(pattern: RegExp, replacement: string): void {
    for (const row of this.rows) row._replace(pattern, replacement);
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    const row = this.rows[rowIndex];
    if (!row)
      throw new Error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.rows.length}).`,
      );
    return row;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(cells: string[] = []): FakeTableRow {
    const row = new FakeTableRow(this.state);
    row.parent = this;
    for (const text of cells) row.appendTableCell(text);
    this.rows.push(row);
    return row;
  }
  removeRow(rowIndex: number): FakeTableRow {
    const row = this.getRow(rowIndex);
    this.rows.splice(rowIndex, 1);
    row.parent = null;
    return row;
  }
  setBorderWidth(width: number): this {
    this.attributes.BORDER_WIDTH = width;
    return this;
  }
  getBorderWidth(): number | null {
    return (this.attributes.BORDER_WIDTH as number | undefined) ?? null;
  }
  setBorderColor(color: string): this {
    this.attributes.BORDER_COLOR = color;
    return this;
  }
  getBorderColor(): string | null {
    return (this.attributes.BORDER_COLOR as string | undefined) ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this.columnWidths.set(columnIndex, width);
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.columnWidths.get(columnIndex) ?? null;
  }
  _view(): DocBlock {
    return {
      type: "table",
      rows: this.rows.map((row) => row.cells.map((cell) => cell.getText())),
      attributes: {
        ...this.attributes,
        ...(this.columnWidths.size ? { columnWidths: Object.fromEntries(this.columnWidths) } : {}),
      },
    };
  }
}
