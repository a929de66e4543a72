import type { TokenTable } from './token-table.js';
import { MAYBE_WEB_ANY_CASE, tokenize } from './tokenize.js';

/**
 * `tokenize(text)` as interned ids (`table.strings[id]` is the token), the same tokens in the
 * same order, without a regex or a string per token: text made only of ASCII and a few common
 * other characters (curly apostrophes, dashes, the ellipsis, £ ¥) is lower-cased into a
 * buffer of char codes and scanned there, by hand-written matchers that take exactly what the
 * token regex's alternatives take (ACRONYM | NUMBER | CLITIC | WORD | SYMBOL, in that order at
 * each position, with its backtracking), and each token is looked up in the table from its
 * codes. Any other text, and text that may hold a URL, an e-mail address or a host name, goes
 * through `tokenize` itself. The property tests compare the two on random and real text.
 */
export interface TokenIdBuffer {
  ids: Int32Array;
  count: number;
}

const APOSTROPHE = 39;
const DOT = 46;
/** What the scanner reads for a dash or an ellipsis: punctuation no token pattern takes. */
const NEUTRAL = 1;
let codes = new Uint8Array(1024);

/** The char code as the token regex sees it after tokenize's rewrites, or -1 for a character the scanner leaves to `tokenize`. */
function mapped(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === 96 ? APOSTROPHE : c;
  switch (c) {
    case 0x2019: // ’ ‘ ´ ′ ʼ: apostrophes
    case 0x2018:
    case 0xb4:
    case 0x2032:
    case 0x2bc:
      return APOSTROPHE;
    case 0x2013: // – — …: punctuation, never in a token
    case 0x2014:
    case 0x2026:
      return NEUTRAL;
    case 0xa3: // £ ¥: currency symbols, tokens of their own
    case 0xa5:
      return c;
    default:
      return -1;
  }
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordCode = (c: number): boolean => isLetter(c) || isDigit(c);
const isSymbol = (c: number): boolean => c === 36 || c === 37 || c === 0xa3 || c === 0xa5;

/** Writes the ids of `text`'s tokens into `out` (from 0; `out.count` is their number). */
export function tokenIds(text: string, table: TokenTable, out: TokenIdBuffer): void {
  out.count = 0;
  if (!scansByHand(text)) {
    for (const t of tokenize(text)) push(out, table.internString(t));
    return;
  }
  scan(codes, text.length, table, out);
}

/** True when `text` is scanned here (then lower-cased into `codes`), false when it is left to `tokenize`. */
export function scansByHand(text: string): boolean {
  return typeof text === 'string' && fill(text) && !MAYBE_WEB_ANY_CASE.test(text);
}

const encoder = new TextEncoder();
/** `mapped` of each ASCII code (never -1). */
const ASCII_MAPPED = Uint8Array.from({ length: 128 }, (_, c) => mapped(c));

/**
 * Lower-cases `text` into `codes`; false when a character is left to `tokenize`. ASCII text is
 * copied by the engine (`encodeInto`: several times faster than a `charCodeAt` loop), then
 * mapped in place from a table (no lower-cased copy of the string per text); other text code
 * by code.
 */
function fill(text: string): boolean {
  const n = text.length;
  if (codes.length <= n) codes = new Uint8Array(2 * n + 1); // one spare code: see `acronym`
  const { read, written } = encoder.encodeInto(text, codes);
  if (read === n && written === n) {
    for (let i = 0; i < n; i++) codes[i] = ASCII_MAPPED[codes[i]!]!;
    return true;
  }
  for (let i = 0; i < n; i++) {
    const c = mapped(text.charCodeAt(i));
    if (c < 0) return false;
    codes[i] = c;
  }
  return true;
}

function scan(b: Uint8Array, n: number, table: TokenTable, out: TokenIdBuffer): void {
  let p = 0;
  while (p < n) {
    const c = b[p]!;
    let e = -1;
    if (isLetter(c)) {
      e = acronymEnd(b, p, n);
      if (e > 0) {
        push(out, acronym(b, p, e, table));
        p = e;
        continue;
      }
    } else if (isDigit(c)) {
      e = numberEnd(b, p, n);
    } else if (c === APOSTROPHE) {
      e = cliticEnd(b, p, n);
      if (e < 0)
        e = p + 1; // nothing starts here
      else push(out, table.intern(b, p, e));
      p = e;
      continue;
    } else if (isSymbol(c)) {
      push(out, table.intern(b, p, p + 1));
    }
    if (e > 0) {
      push(out, table.intern(b, p, e));
      p = e;
    } else if (isWordCode(c)) {
      p = word(b, p, n, table, out);
    } else {
      p++;
    }
  }
}

/** ACRONYM `\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])` at p (a letter), with the regex's backtracking; -1 when it does not match. */
function acronymEnd(b: Uint8Array, p: number, n: number): number {
  let e = p + 1;
  let reps = 0;
  while (e + 1 < n && b[e] === DOT && isLetter(b[e + 1]!)) {
    e += 2;
    reps++;
  }
  if (reps === 0) return -1;
  if (e < n && b[e] === DOT && !(e + 1 < n && isWordCode(b[e + 1]!))) return e + 1;
  if (!(e < n && isWordCode(b[e]!))) return e;
  return reps >= 2 ? e - 2 : -1; // one repetition fewer: the lookahead then sees a '.'
}

/** An acronym's id, its final period added when missing ("u.s" -> "u.s."). */
function acronym(b: Uint8Array, p: number, e: number, table: TokenTable): number {
  if (b[e - 1] === DOT) return table.intern(b, p, e);
  const kept = b[e]!; // `codes` has a spare code past the text
  b[e] = DOT;
  const id = table.intern(b, p, e + 1);
  b[e] = kept;
  return id;
}

/** NUMBER `\p{N}+(?:[.,:\/]\p{N}+)+` at p (a digit); -1 when it does not match. */
function numberEnd(b: Uint8Array, p: number, n: number): number {
  let e = p;
  while (e < n && isDigit(b[e]!)) e++;
  let groups = 0;
  for (;;) {
    const s = b[e];
    if (!(e + 1 < n && (s === DOT || s === 44 || s === 58 || s === 47) && isDigit(b[e + 1]!))) break;
    e++;
    while (e < n && isDigit(b[e]!)) e++;
    groups++;
  }
  return groups > 0 ? e : -1;
}

/** CLITIC `'(?:s|re|ve|ll|d|m)(?![\p{L}\p{N}\p{M}'\-])` at p (an apostrophe); -1 when it does not match. */
function cliticEnd(b: Uint8Array, p: number, n: number): number {
  const a = p + 1 < n ? b[p + 1]! : 0;
  const c = p + 2 < n ? b[p + 2]! : 0;
  let e: number;
  if (a === 115 || a === 100 || a === 109)
    e = p + 2; // s d m
  else if ((a === 114 || a === 118) && c === 101)
    e = p + 3; // re ve
  else if (a === 108 && c === 108)
    e = p + 3; // ll
  else return -1;
  if (e < n && (isWordCode(b[e]!) || b[e] === APOSTROPHE || b[e] === 45)) return -1;
  return e;
}

/**
 * WORD `[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\-&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*` at p, pushed
 * with its clitics peeled off its end as `tokenize` does ("don't" -> "do" "n't"); returns its end.
 */
function word(b: Uint8Array, p: number, n: number, table: TokenTable, out: TokenIdBuffer): number {
  let e = p + 1;
  while (e < n && isWordCode(b[e]!)) e++;
  let apostrophe = false;
  for (;;) {
    const s = b[e];
    if (!(e + 1 < n && (s === APOSTROPHE || s === 45 || s === 38) && isWordCode(b[e + 1]!))) break;
    if (s === APOSTROPHE) apostrophe = true;
    e += 2;
    while (e < n && isWordCode(b[e]!)) e++;
  }
  if (!apostrophe) {
    push(out, table.intern(b, p, e));
    return e;
  }
  // CLITIC_END /^(.*[\p{L}\p{N}\p{M}])(n't|'s|'re|'ve|'ll|'d|'m)$/, again and again
  let cuts = 0;
  let end = e;
  for (;;) {
    const len = cliticSuffix(b, p, end);
    if (len === 0 || end - len <= p || !isWordCode(b[end - len - 1]!)) break;
    end -= len;
    if (cuts === cliticCuts.length) cliticCuts = grown(cliticCuts);
    cliticCuts[cuts++] = end;
  }
  push(out, table.intern(b, p, end));
  for (let k = cuts - 1; k >= 0; k--) push(out, table.intern(b, cliticCuts[k]!, k === 0 ? e : cliticCuts[k - 1]!));
  return e;
}

/** Where `word` cuts clitics off, reused from word to word (`word` runs to its end before the next call). */
let cliticCuts = new Int32Array(8);

/** Length of the clitic (n't 's 're 've 'll 'd 'm) `b[p..end)` ends with, 0 when none. */
function cliticSuffix(b: Uint8Array, p: number, end: number): number {
  if (end - p < 2) return 0;
  const x = b[end - 2]!;
  const y = b[end - 1]!;
  if (x === APOSTROPHE && (y === 115 || y === 100 || y === 109)) return 2;
  if (end - p < 3) return 0;
  const w = b[end - 3]!;
  if (w === 110 && x === APOSTROPHE && y === 116) return 3; // n't
  if (w === APOSTROPHE && ((x === 114 && y === 101) || (x === 118 && y === 101) || (x === 108 && y === 108))) return 3;
  return 0;
}

function push(out: TokenIdBuffer, id: number): void {
  if (out.count === out.ids.length) out.ids = grown(out.ids);
  out.ids[out.count++] = id;
}

/** A copy of `xs` with room for more. */
function grown(xs: Int32Array): Int32Array<ArrayBuffer> {
  const more = new Int32Array(2 * xs.length + 16);
  more.set(xs);
  return more;
}
