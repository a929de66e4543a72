/**
 * ROUGE's own `-l` / `-b` cut of the text it scores, as ROUGE-1.5.5's Perl `readText` does it
 * (line by line, Perl's ASCII `\s`, a leading empty field counted, line breaks not counted under
 * `-b`). Deliberately not the summarizer's budget (`costOf`, `truncateText` and `fitRanked` in
 * `summarizer/src/budget.ts`), which defines how long a summary may be; this only follows the
 * scorer so that the figures match the Perl item by item.
 */
import { EvalError } from '../errors.js';
import { splitLines } from './tokenize.js';

/** A ROUGE length limit: the first N words (`-l N`) or the first N bytes (`-b N`). */
export type RougeLimit = { readonly words: number } | { readonly bytes: number };

/** Perl's `\s` on byte strings: ASCII whitespace only (no NBSP or other Unicode spaces). */
const PERL_WHITESPACE = /[ \t\n\r\f\v]+/;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

/**
 * Perl's `split(/\s+/, $line)`: a line that starts with whitespace gives an empty first field
 * (which ROUGE counts as a word), trailing empty fields are dropped, and a line of whitespace
 * gives no field at all.
 */
function perlSplitWhitespace(line: string): string[] {
  const fields = line.split(PERL_WHITESPACE);
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/**
 * Keeps the first `maxWords` whitespace-separated words of a text, line by line, as
 * ROUGE-1.5.5's `readText` does for `-l`: words are counted on the raw text before any
 * tokenisation (so `well-known` is one word here and two tokens later, a lone `--` counts
 * as a word, and so does the empty field Perl's `split` gives a line that starts with
 * whitespace); lines before the cut are kept whole, the cut line keeps its first words joined by
 * single spaces, and later lines are dropped. Lines are joined with `\n`, so sentence units
 * survive for ROUGE-L.
 *
 * @throws EvalError `INVALID_ARGUMENT` unless `maxWords` is a positive integer
 */
export function truncateWords(text: string, maxWords: number): string {
  assertPositiveInteger(maxWords, 'words');
  const kept: string[] = [];
  let count = 0;
  for (const line of splitLines(text)) {
    const words = perlSplitWhitespace(line);
    if (count + words.length < maxWords) {
      kept.push(line);
      count += words.length;
    } else {
      kept.push(words.slice(0, maxWords - count).join(' '));
      break;
    }
  }
  return kept.join('\n');
}

/**
 * Keeps the first `maxBytes` UTF-8 bytes of a text, as ROUGE-1.5.5's `readText` does for `-b`:
 * bytes are counted per line and the line breaks between lines are not counted; the line that
 * reaches the limit is cut at the byte limit (a character split in two is dropped, which changes
 * nothing because ROUGE discards non-ASCII characters anyway).
 *
 * @throws EvalError `INVALID_ARGUMENT` unless `maxBytes` is a positive integer
 */
export function truncateBytes(text: string, maxBytes: number): string {
  assertPositiveInteger(maxBytes, 'bytes');
  const kept: string[] = [];
  let count = 0;
  for (const line of splitLines(text)) {
    const bytes = utf8Encoder.encode(line);
    if (count + bytes.length < maxBytes) {
      kept.push(line);
      count += bytes.length;
    } else {
      kept.push(cutUtf8(bytes, maxBytes - count));
      break;
    }
  }
  return kept.join('\n');
}

/**
 * The sentence lines that ROUGE-1.5.5's `readText_LCS` keeps under `-b`, bug for bug: its byte
 * counter is never incremented, so every line shorter than `maxBytes` is kept whole, and the
 * first line of `maxBytes` bytes or more is cut to `maxBytes` bytes and ends the text. ROUGE-L
 * takes its sentences (and its recall denominator) from these lines, while its clipping tables
 * and its precision denominator come from the correctly truncated text ({@link truncateBytes}).
 *
 * @throws EvalError `INVALID_ARGUMENT` unless `maxBytes` is a positive integer
 */
export function truncateBytesForLcs(text: string, maxBytes: number): string {
  assertPositiveInteger(maxBytes, 'bytes');
  const kept: string[] = [];
  for (const line of splitLines(text)) {
    const bytes = utf8Encoder.encode(line);
    if (bytes.length < maxBytes) {
      kept.push(line);
    } else {
      kept.push(cutUtf8(bytes, maxBytes));
      break;
    }
  }
  return kept.join('\n');
}

/** The first `maxBytes` bytes as text; a character split in two is dropped (ROUGE blanks it). */
function cutUtf8(bytes: Uint8Array, maxBytes: number): string {
  return utf8Decoder.decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD+$/, '');
}

/**
 * Applies a {@link RougeLimit} (see {@link truncateWords} and {@link truncateBytes}).
 *
 * @throws EvalError `INVALID_ARGUMENT` for a malformed limit (or one with both words and bytes)
 */
export function truncateToLimit(text: string, limit: RougeLimit): string {
  if ('words' in limit && 'bytes' in limit) {
    // ROUGE-1.5.5 refuses -l together with -b.
    throw new EvalError('INVALID_ARGUMENT', 'limit takes words or bytes, not both');
  }
  if ('words' in limit) return truncateWords(text, limit.words);
  if ('bytes' in limit) return truncateBytes(text, limit.bytes);
  throw new EvalError('INVALID_ARGUMENT', 'limit must be {words: n} or {bytes: n}');
}

function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new EvalError('INVALID_ARGUMENT', `limit.${what} must be a positive integer, got ${String(value)}`);
  }
}
