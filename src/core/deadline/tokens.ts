/** Splits a normalized deadline into numbers, known words and symbols; filler words are dropped. */
import { type Lexeme, lexeme, ORDINAL_SUFFIXES } from "./vocabulary";

export type Token =
  | { kind: "num"; value: number; digits: number; ordinal: boolean; text: string }
  | { kind: "word"; text: string; lexeme: Lexeme | undefined }
  | { kind: "sym"; text: string };

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function scan(text: string, from: number, test: (code: number) => boolean): number {
  let end = from;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
    } else if (isDigit(code)) {
      const end = scan(text, i, isDigit);
      const digits = text.slice(i, end);
      const suffixEnd = scan(text, end, isLetter);
      const ordinal = suffixEnd > end && ORDINAL_SUFFIXES.has(text.slice(end, suffixEnd));
      tokens.push({ kind: "num", value: Number(digits), digits: digits.length, ordinal, text: digits });
      i = ordinal ? suffixEnd : end;
    } else if (isLetter(code)) {
      const end = scan(text, i, isLetter);
      const word = text.slice(i, end);
      const found = lexeme(word);
      if (found?.type !== "filler") tokens.push({ kind: "word", text: word, lexeme: found });
      // A dot right after a word ends an abbreviation (« janv. », « sept. »): not a symbol.
      i = text.charCodeAt(end) === 46 ? end + 1 : end;
    } else {
      tokens.push({ kind: "sym", text: text[i] });
      i++;
    }
  }
  return tokens;
}
