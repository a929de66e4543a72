/**
 * White space and word counts of the splitter, by char code. A word is a run of code units
 * that are not white space; white space is what JavaScript's `\s` matches (`isSpaceCode`).
 * The counting loops read a class byte per code below 256 from a table and add a word start
 * ("white space before, none here") without a branch: the branches of the plain loop were
 * mispredicted at word boundaries (its count took about 1.6 times as long on DUC 2004 text).
 */

/** True for the code units JavaScript's `\s` matches (a char-code test: no regex per word). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Class bit: `\s`. */
export const SPACE_BIT = 1;
/** Class bit: white space as run-ons.ts counts words (ASCII white space, NBSP, NEL; above 255, U+2028 and U+2029). */
export const RUN_ON_SPACE_BIT = 2;
/** Class bit: a letter (`\p{L}`). */
export const LETTER_BIT = 4;
/** Class bit: a straight double quote. */
export const QUOTE_BIT = 8;
/** Class bit: white space under one of `\s` and run-ons.ts's white space only (below 256: NEL). */
export const MIXED_SPACE_BIT = 16;

/** For a code of 256 or more: white space under one of `\s` and run-ons.ts's white space only. */
export function isMixedSpaceCode(c: number): boolean {
  return isSpaceCode(c) && c !== 0x2028 && c !== 0x2029;
}

const LETTER = /\p{L}/u;

/** The class bits of each code below 256. */
export const CHAR_CLASS: Uint8Array = (() => {
  const classes = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    const runOnSpace = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85;
    classes[c] =
      (isSpaceCode(c) ? SPACE_BIT : 0) |
      (runOnSpace ? RUN_ON_SPACE_BIT : 0) |
      (LETTER.test(String.fromCharCode(c)) ? LETTER_BIT : 0) |
      (c === 34 ? QUOTE_BIT : 0) |
      (isSpaceCode(c) !== runOnSpace ? MIXED_SPACE_BIT : 0);
  }
  return classes;
})();

/** `wordCount(text.slice(start, end))`, counting no further than `limit + 1` (no slice, stops early). */
export function wordsBetween(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let before = 1; // white space (or the start) before
  for (let i = start; i < end && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c < 256 ? CHAR_CLASS[c]! & SPACE_BIT : isSpaceCode(c) ? 1 : 0;
    n += before & (space ^ 1);
    before = space;
  }
  return n;
}

/** Whitespace-separated words of `s` (the runs `/\S+/g` would match, counted). */
export function wordCount(s: string): number {
  return wordsBetween(s, 0, s.length, s.length);
}

/**
 * The words of a span under both white spaces, in one pass: `words` under `\s`, `runOnWords`
 * as run-ons.ts counts them. One instance is reused (`count` returns it).
 */
export class SpanWords {
  words = 0;
  runOnWords = 0;

  count(text: string, start: number, end: number): this {
    let n = 0;
    let runOn = 0;
    let before = 1;
    let runOnBefore = 1;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let space: number;
      let runOnSpace: number;
      if (c < 256) {
        const k = CHAR_CLASS[c]!;
        space = k & SPACE_BIT;
        runOnSpace = (k & RUN_ON_SPACE_BIT) >> 1;
      } else {
        space = isSpaceCode(c) ? 1 : 0;
        runOnSpace = c === 0x2028 || c === 0x2029 ? 1 : 0;
      }
      n += before & (space ^ 1);
      runOn += runOnBefore & (runOnSpace ^ 1);
      before = space;
      runOnBefore = runOnSpace;
    }
    this.words = n;
    this.runOnWords = runOn;
    return this;
  }
}
