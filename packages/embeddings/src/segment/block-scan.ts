import { isSpaceCode } from './word-counts.js';

/**
 * Char-code forms of the scans block-sentences.ts runs at every terminal punctuation mark:
 * the same answers as the regexes they replaced (kept in block-scan.test.ts as the reference
 * of its property tests), without a match object, a slice or a replaced string per candidate.
 * The search for the next mark stays a regex (`test`, which makes no match object).
 */

/** `[.!?…‼⁇⁈⁉]`: what a terminal run is made of. */
export function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

const isDotCode = (c: number): boolean => c === 0x2e || c === 0x2026;

const TERMINAL_MARK = /[.!?…‼⁇⁈⁉]/g;

/**
 * Where the next terminal run starts at or after `from`, or -1. A search, not a scan: the
 * engine's search (`test`: no match object) takes about a fifth of the time of a `charCodeAt`
 * loop over the same text (DUC 2004 documents), and terminals are sparse.
 */
export function nextTerminal(s: string, from: number): number {
  TERMINAL_MARK.lastIndex = from;
  return TERMINAL_MARK.test(s) ? TERMINAL_MARK.lastIndex - 1 : -1;
}

/**
 * The end of the terminal run that starts at `a` (a terminal mark): marks, then any runs of
 * periods or ellipses, each after one white space or none (".", "?!", "...", ". . . .", "…").
 */
export function terminalEnd(s: string, a: number): number {
  const n = s.length;
  let b = a + 1;
  while (b < n && isTerminalCode(s.charCodeAt(b))) b++;
  for (;;) {
    // b stands on no dot (the loops before took them all): a dot run must follow one space
    let j = b;
    if (j < n && isSpaceCode(s.charCodeAt(j))) j++;
    if (j === b || !(j < n && isDotCode(s.charCodeAt(j)))) return b;
    while (j < n && isDotCode(s.charCodeAt(j))) j++;
    b = j;
  }
}

/** `"'“‘«([`: what `/^["'“‘«([]+/` strips from a token's start. */
function isOpeningCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28 || c === 0x5b;
}

/** `"'”’»)],;:`: what `/["'”’»)\],;:]+$/` strips from a token's end. */
function isTokenCloserCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** `s.slice(start, end)` without its opening quotes/brackets, then without its closing ones and , ; : */
export function strippedToken(s: string, start: number, end: number): string {
  let a = start;
  while (a < end && isOpeningCode(s.charCodeAt(a))) a++;
  let b = end;
  while (b > a && isTokenCloserCode(s.charCodeAt(b - 1))) b--;
  return a === start && b === end ? s.slice(start, end) : s.slice(a, b);
}

/** `.,;:!?"'”’)]`: what `/[.,;:!?"'”’)\]]+$/` strips from the word after a boundary. */
function isWordTrailCode(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x29 ||
    c === 0x5d
  );
}

/** The end of `s.slice(start, end)` without its trailing punctuation, quotes and brackets. */
export function wordTrailStart(s: string, start: number, end: number): number {
  let b = end;
  while (b > start && isWordTrailCode(s.charCodeAt(b - 1))) b--;
  return b;
}

/** Words from `from` to the next terminal punctuation (. ! ? …), counting no further than `limit + 1`. */
export function wordsUntilTerminal(s: string, from: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) return n;
    const space = isSpaceCode(c);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const HAS_CONTENT = /[\p{L}\p{N}\p{So}]/u;

/**
 * `/[\p{L}\p{N}\p{So}]/u.test(text.slice(start, end))`: an ASCII letter or digit answers
 * at once; a range of other ASCII is false; the regex (on the slice) only sees the rest.
 */
export function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return HAS_CONTENT.test(text.slice(i, end));
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}
