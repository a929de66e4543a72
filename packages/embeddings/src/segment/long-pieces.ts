import type { Span } from './blocks.js';
import { wordsBetween } from './word-counts.js';

/**
 * Text without sentence punctuation: speech-to-text transcripts, chat logs, captions
 * ("so the council met on tuesday and they said the river would be restored by june and then
 * ..."). Such a piece has no boundary the other rules can find, and a summarizer cannot use
 * it whole (the summarizer's candidates stop at 100 words). A piece is cut into parts of about
 * TARGET_PART_WORDS words when it is
 * - over LONG_PIECE_WORDS words and caseless: no capital letter after its first word, or no
 *   lower-case letter at all (lower-cased or ALL-CAPS captions: the run-on rules, which look
 *   for a capital after a lower-case word, cannot help), or
 * - over VERY_LONG_PIECE_WORDS words, whatever its case (no written sentence is that long).
 * (Run-ons.ts has already cut written pieces over 100 words before their capitalised words.)
 *
 * Each cut falls between MIN_PART_WORDS and MAX_PART_WORDS words into the part: after a
 * clause mark (, ; : or a dash) when there is one, else before a word that often opens a
 * spoken sentence ("so", "and", "but", "now", "i", "we" ...), else at TARGET_PART_WORDS; the
 * candidate nearest TARGET_PART_WORDS wins. The last part keeps at least MIN_PART_WORDS words.
 */

const LONG_PIECE_WORDS = 100;
const VERY_LONG_PIECE_WORDS = 200;
const TARGET_PART_WORDS = 30;
const MIN_PART_WORDS = 20;
const MAX_PART_WORDS = 45;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD = /\S+/g;
const CLAUSE_END = /[,;:–—]$|^-$/;
const SPOKEN_OPENERS = new Set(['so', 'and', 'but', 'then', 'now', 'well', 'okay', 'because', 'when', 'if', 'i', 'we', 'they', 'there', 'our', 'my']);

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `span` cut into parts when it is a long piece without punctuation (see above), else undefined
 * (most spans: no array is made for them). `spanWords`: the span's word count (`wordCount` of
 * its text), when the caller has it.
 */
export function splitLongPiece(text: string, span: Span, spanWords?: number): Span[] | undefined {
  // a cheap bound first: fewer characters than words over the limit need
  if (span.end - span.start < 2 * LONG_PIECE_WORDS) return undefined;
  // then the words counted without building them (most pieces stop here)
  if ((spanWords ?? wordsBetween(text, span.start, span.end, LONG_PIECE_WORDS)) <= LONG_PIECE_WORDS) return undefined;
  const words: Word[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(WORD)) {
    words.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  }
  if (words.length <= LONG_PIECE_WORDS) return undefined;
  const caseless = !words.slice(1).some((w) => UPPER.test(w.text)) || !words.some((w) => LOWER.test(w.text));
  if (!caseless && words.length <= VERY_LONG_PIECE_WORDS) return undefined;
  const parts: Span[] = [];
  let first = 0;
  while (words.length - first > MAX_PART_WORDS) {
    const cut = bestCut(words, first);
    parts.push({ start: words[first]!.start, end: words[cut - 1]!.end });
    first = cut;
  }
  parts.push({ start: words[first]!.start, end: span.end });
  return parts;
}

/** Index of the first word of the next part, for a part that starts at word `first`. */
function bestCut(words: readonly Word[], first: number): number {
  // the rest must keep MIN_PART_WORDS words
  const last = Math.min(first + MAX_PART_WORDS, words.length - MIN_PART_WORDS);
  let best = Math.min(first + TARGET_PART_WORDS, last);
  let bestRank = 2;
  for (let k = first + MIN_PART_WORDS; k <= last; k++) {
    const rank = CLAUSE_END.test(words[k - 1]!.text) ? 0 : SPOKEN_OPENERS.has(words[k]!.text.toLowerCase()) ? 1 : 2;
    const target = first + TARGET_PART_WORDS;
    if (rank < bestRank || (rank === bestRank && Math.abs(k - target) < Math.abs(best - target))) {
      best = k;
      bestRank = rank;
    }
  }
  return best;
}
