/**
 * ExcelJS hands each part of an .xlsx (the sheets' and shared strings' XML) to JSZip as a string in
 * Node (as bytes in browsers). JSZip cuts a string into 16 KB chunks by UTF-16 index and encodes
 * each chunk alone, so a character outside the BMP (an emoji 🧭, a rare CJK ideograph) that falls
 * on a chunk boundary is written as two U+FFFD: the user's text is silently changed (JSZip pull
 * request Stuk/jszip#963, open). Encoding the whole part as UTF-8 first, as ExcelJS does in
 * browsers, keeps every character.
 */
interface ZipWriterPrototype {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

/** Patches ExcelJS's zip writer; called once, where exceljs is first loaded. */
export function encodeZipPartsAsUtf8(): void {
  const { ZipWriter } = require("exceljs/lib/utils/zip-stream") as {
    ZipWriter: { prototype: ZipWriterPrototype };
  };
  const append = ZipWriter.prototype.append;
  ZipWriter.prototype.append = function (this: ZipWriterPrototype, data, options) {
    const bytes = typeof data === "string" && !options.base64 ? Buffer.from(data, "utf8") : data;
    append.call(this, bytes, options);
  };
}
