/**
 * Links read from cells. A cell is untrusted text: only a plain web address may become an `href`
 * (never `javascript:`, `data:` or a relative path). Used by the server and again by the sidebar.
 */

/**
 * http:// or https://, a host, then no white space and no control or invisible format character
 * (a bidi override could disguise the address).
 */
const WEB_ADDRESS = /^https?:\/\/[^\s\p{C}/?#\\]+[^\s\p{C}]*$/iu;

/** True when `text` is an absolute http(s) address with no white space. */
export function isWebAddress(text: string | null | undefined): text is string {
  return typeof text === "string" && WEB_ADDRESS.test(text);
}
