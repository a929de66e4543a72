import { EvalError } from '../errors.js';
import { splitLines } from './tokenize.js';

/** A ROUGE length limit: the first N words (`-l N`) or the first N bytes (`-b N`). */
export type RougeLimit = { readonly words: number } | { readonly bytes: number };

/** Perl's `\s` on byte strings: ASCII whitespace only (no NBSP or other Unicode spaces). */
const PERL_WHITESPACE = /[ \t\n\r\f\v]+/;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

/**
 * Keeps the first `maxWords` whitespace-separated words of a text, line by line, as
 * ROUGE-1.5.5's `readText` does for `-l`: words are counted on the raw text before any
 * tokenisation (so `well-known` is one word here and two tokens later, and a lone `--` counts
 * as a word); lines before the cut are kept whole, the cut line keeps its first words joined by
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
    const words = line.split(PERL_WHITESPACE).filter((w) => w.length > 0);
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
      kept.push(utf8Decoder.decode(bytes.subarray(0, maxBytes - count)).replace(/\uFFFD+$/, ''));
      break;
    }
  }
  return kept.join('\n');
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
