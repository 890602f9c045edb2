/**
 * DocumentApp: create and reopen Docs, stored in the fake Drive. `DocumentData` is the plain view
 * a test or the local renderer reads (`fake.documents`).
 */
import { type Requirement, SCOPES } from "../access";
import type { DriveItem, DriveRecord } from "../drive";
import { FakeObject, makeEnum } from "../expose";
import {
  type DocBlock,
  type DocumentState,
  ElementType,
  FakeBody,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
} from "./elements";
import { TEXT_ATTRIBUTES } from "./text";

export const DOCUMENT_MIME = "application/vnd.google-apps.document";

export class DocumentData implements DocumentState {
  closed = false;
  readonly body: FakeBody;

  constructor(readonly file: DriveItem) {
    this.body = new FakeBody(this);
  }

  get id(): string {
    return this.file.id;
  }
  get name(): string {
    return this.file.name;
  }
  /** The body as blocks: paragraphs with heading and text, list items, tables as string[][]. */
  blocks(): DocBlock[] {
    return this.body._view();
  }
  text(): string {
    return this.body.getText();
  }
}

/** Still answer once the document is closed: the usual `saveAndClose(); return doc.getUrl()`. */
const AFTER_CLOSE = new Set(["getId", "getName", "getUrl", "saveAndClose"]);

export class FakeDocument extends FakeObject {
  readonly _kind = "Document";

  constructor(readonly data: DocumentData) {
    super();
  }

  override _beforeCall(method: string): void {
    if (this.data.closed && !AFTER_CLOSE.has(method)) {
      throw new Error("Document is closed, its contents cannot be updated.");
    }
  }

  getId(): string {
    return this.data.id;
  }
  getName(): string {
    return this.data.name;
  }
  setName(name: string): this {
    this.data.file.name = name;
    return this;
  }
  getUrl(): string {
    return this.data.file.url;
  }
  getBody(): FakeBody {
    return this.data.body;
  }
  saveAndClose(): void {
    this.data.closed = true;
  }
}

export class FakeDocumentApp extends FakeObject {
  readonly _kind = "DocumentApp";
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;
  readonly Attribute = makeEnum(
    ...(Object.keys(TEXT_ATTRIBUTES) as (keyof typeof TEXT_ATTRIBUTES & string)[]),
    "HORIZONTAL_ALIGNMENT",
    "HEADING",
    "SPACING_BEFORE",
    "SPACING_AFTER",
    "LINE_SPACING",
    "INDENT_START",
    "INDENT_FIRST_LINE",
    "BORDER_WIDTH",
    "BORDER_COLOR",
    "MARGIN_TOP",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "PADDING_TOP",
    "PADDING_BOTTOM",
    "VERTICAL_ALIGNMENT",
    "MINIMUM_HEIGHT",
  );

  constructor(
    readonly drive: DriveRecord,
    readonly documents: DocumentData[],
  ) {
    super();
  }

  /** https://developers.google.com/apps-script/reference/document/document-app: documents. */
  override _requires(method: string): Requirement {
    return method === "getActiveDocument"
      ? { scopes: [SCOPES.documentsCurrentOnly, SCOPES.documents] }
      : { scopes: [SCOPES.documents] };
  }

  /** A new Doc in the root folder, holding one empty paragraph like a real new document. */
  create(name: string): FakeDocument {
    const id = `doc-${this.documents.length + 1}`;
    const url = `https://docs.google.com/document/d/${id}/edit`;
    const file = this.drive.add({
      id,
      url,
      name,
      mimeType: DOCUMENT_MIME,
      parentId: this.drive.root.id,
      createdByScript: true,
    });
    const data = new DocumentData(file);
    this.documents.push(data);
    return new FakeDocument(data);
  }
  /** Reopens a document, closed or not. */
  openById(id: string): FakeDocument {
    const data = this.documents.find((d) => d.id === id);
    if (!data)
      throw new Error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    data.closed = false;
    return new FakeDocument(data);
  }
  /** Null: the add-on's script is bound to a spreadsheet, not to a document. */
  getActiveDocument(): FakeDocument | null {
    return null;
  }
}
