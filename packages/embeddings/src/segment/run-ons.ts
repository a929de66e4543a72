import type { Span } from './blocks.js';
import { OPENERS } from './abbreviations.js';
import { isSpaceCode } from './word-counts.js';

/**
 * Run-on pieces: news pages paste photo captions without end punctuation in front of the next
 * sentence ("... forced her back into therapy Not a bad egg: Mila Kunis, seen here ... In her
 * suit, Karo alleges ..."). A piece of more than LONG_PIECE_WORDS words is cut before
 * - a caption label: one to four words, the first capitalised, then a colon ("Cuffed:", "Not a bad egg:");
 * - "Scroll\s+down\s+for\s+video" and after it;
 * - a sentence opener ("The", "In", "According"...) after a word that ends in a lower-case
 *   letter or a digit and is no function word ("grave The black pooch").
 * Over VERY_LONG_PIECE_WORDS words, before any capitalised word after such a word.
 * Each part keeps at least MIN_PART_WORDS words. Ordinary sentences are never this long
 * without a boundary, so nothing else is touched.
 */

const LONG_PIECE_WORDS = 60;
const VERY_LONG_PIECE_WORDS = 100;
const MIN_PART_WORDS = 4;
const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'as',
  'than',
  'into',
  'called',
  'named',
  'titled',
  'is',
  'was',
]);
const CUT = /(\S+)\s+(?=(?:Scroll\s+down\s+for\s+video\b)|(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s)|(\p{Lu}\p{Ll}*)\b)/gu;
const ENDS_LOWER_OR_DIGIT = /[\p{Ll}\p{N})]$/u;
const AFTER_VIDEO = /Scroll\s+down\s+for\s+video\s+(?=\p{Lu})/gu;

/** Whitespace-separated words of text[start, end), counting no further than `limit + 1` (no slice: most pieces stop here). */
function words(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x85;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Number of values in sorted `xs` below `x`. */
function rank(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `span` cut into parts at run-on points (see the module comment), or undefined when it is too
 * short to hold any (most spans: no array is made for them). `spanWords`: the span's words as
 * `words` here counts them (`SpanWords.runOnWords`), when the caller has them.
 */
export function splitRunOn(text: string, span: Span, spanWords?: number): Span[] | undefined {
  if (span.end - span.start < 2 * LONG_PIECE_WORDS) return undefined;
  const n = spanWords ?? words(text, span.start, span.end, VERY_LONG_PIECE_WORDS);
  if (n <= LONG_PIECE_WORDS) return undefined;
  const s = text.slice(span.start, span.end);
  // over VERY_LONG_PIECE_WORDS, captions run into each other ("... products Alan Hartley shared ..."):
  // any capitalised word after a lower-case one may start a part
  const veryLong = n > VERY_LONG_PIECE_WORDS;
  const cuts = new Set<number>();
  for (const m of s.matchAll(AFTER_VIDEO)) cuts.add(m.index + m[0].length);
  for (const m of s.matchAll(CUT)) {
    const before = m[1]!;
    const opener = m[2];
    if (!ENDS_LOWER_OR_DIGIT.test(before) || FUNCTION_WORDS.has(before.toLowerCase())) continue;
    if (opener !== undefined && !OPENERS.has(opener) && !veryLong && !s.startsWith('Scroll', m.index + m[0].length)) {
      // not an opener: only a caption label ("Injured:") cuts here
      if (!/^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s/u.test(s.slice(m.index + m[0].length))) continue;
    }
    cuts.add(m.index + m[0].length);
  }
  const wordStarts = wordStartsOf(s);
  const total = wordStarts.length;
  const parts: Span[] = [];
  let start = 0;
  for (const c of [...cuts].sort((x, y) => x - y)) {
    const at = rank(wordStarts, c);
    if (at - rank(wordStarts, start) < MIN_PART_WORDS || total - at < MIN_PART_WORDS) continue;
    parts.push(trimmed(span.start + start, span.start + c, text));
    start = c;
  }
  parts.push(trimmed(span.start + start, span.end, text));
  return parts;
}

/** Where each run of non-space code units starts (the matches of `/\S+/g`, without a match object each). */
function wordStartsOf(s: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) starts.push(i);
    inWord = !space;
  }
  return starts;
}

function trimmed(start: number, end: number, text: string): Span {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
