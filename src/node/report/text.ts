/** Text preparation shared by the local renderers. */

/**
 * XML 1.0 cannot hold control characters other than tab and line breaks (nor lone surrogates),
 * so a .docx holding one would not open. They are shown as « � » instead of being dropped.
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
}

export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Text as XML character data or attribute value: escaped, and made safe for XML 1.0. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/g, (char) => XML_ENTITIES[char]);
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
