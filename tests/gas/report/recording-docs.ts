/**
 * A minimal recording stand-in for DocumentApp and DriveApp, until src/node/gas-fake has a
 * DocumentApp: it keeps what was appended (to check the content) and counts every method call
 * on every object, as the team's fakes do (to check the call budget).
 */
export type Recorded =
  | { type: "paragraph"; text: string; heading: string }
  | { type: "table"; cells: string[][] }
  | { type: "pageBreak" };

export interface RecordedDoc {
  name: string;
  id: string;
  parent: string;
  closed: boolean;
  content: Recorded[];
}

const ParagraphHeading = {
  NORMAL: "NORMAL",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING1: "HEADING1",
  HEADING2: "HEADING2",
  HEADING3: "HEADING3",
  HEADING4: "HEADING4",
  HEADING5: "HEADING5",
  HEADING6: "HEADING6",
};

export interface StandInOptions {
  /** The spreadsheet's folder; undefined: the spreadsheet cannot be read (no permission). */
  spreadsheetFolder?: string;
}

export function recordingServices(options: StandInOptions = {}) {
  const calls: string[] = [];
  const docs: RecordedDoc[] = [];
  const call = (name: string) => calls.push(name);
  const counted =
    <T>(name: string, value: () => T) =>
    (): T => {
      call(name);
      return value();
    };

  const paragraph = (entry: Extract<Recorded, { type: "paragraph" }>, doc: RecordedDoc) => ({
    setHeading(heading: string) {
      call("Paragraph.setHeading");
      if (doc.closed) throw new Error("Document is closed");
      entry.heading = heading;
      return this;
    },
  });

  const body = (doc: RecordedDoc) => {
    const append = (entry: Recorded) => {
      if (doc.closed) throw new Error("Document is closed");
      doc.content.push(entry);
    };
    return {
      appendParagraph(text: string) {
        call("Body.appendParagraph");
        if (typeof text !== "string") throw new Error("appendParagraph expects a string");
        const entry = { type: "paragraph" as const, text, heading: "NORMAL" };
        append(entry);
        return paragraph(entry, doc);
      },
      appendTable(cells: string[][]) {
        call("Body.appendTable");
        const width = cells[0]?.length ?? 0;
        if (cells.some((row) => row.length !== width || row.some((cell) => typeof cell !== "string"))) {
          throw new Error("appendTable expects a rectangular grid of strings");
        }
        append({ type: "table", cells: cells.map((row) => [...row]) });
        return {};
      },
      appendPageBreak() {
        call("Body.appendPageBreak");
        append({ type: "pageBreak" });
        return {};
      },
    };
  };

  const DocumentApp = {
    ParagraphHeading,
    create(name: string) {
      call("DocumentApp.create");
      const doc: RecordedDoc = {
        name,
        id: `doc-${docs.length + 1}`,
        parent: "root",
        closed: false,
        content: [],
      };
      docs.push(doc);
      return {
        getBody: counted("Document.getBody", () => body(doc)),
        getId: counted("Document.getId", () => doc.id),
        getUrl: counted("Document.getUrl", () => `https://docs.google.com/document/d/${doc.id}/edit`),
        saveAndClose: () => {
          call("Document.saveAndClose");
          doc.closed = true;
        },
      };
    },
  };

  const folder = (id: string) => ({ id });
  const DriveApp = {
    getFileById(id: string) {
      call("DriveApp.getFileById");
      const doc = docs.find((candidate) => candidate.id === id);
      if (!doc && options.spreadsheetFolder === undefined) {
        throw new Error(
          "Exception: No item with the given ID could be found, or you do not have permission to access it.",
        );
      }
      return {
        getParents() {
          call("File.getParents");
          const parents = doc ? [folder(doc.parent)] : [folder(options.spreadsheetFolder as string)];
          return {
            hasNext: counted("FolderIterator.hasNext", () => parents.length > 0),
            next: () => {
              call("FolderIterator.next");
              const next = parents.shift();
              if (!next) throw new Error("No more items");
              return next;
            },
          };
        },
        moveTo(target: { id: string }) {
          call("File.moveTo");
          if (!doc) throw new Error("moveTo: unknown file");
          doc.parent = target.id;
          return this;
        },
      };
    },
  };

  const services = {
    DocumentApp: DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
  };
  return { services, calls, docs };
}
