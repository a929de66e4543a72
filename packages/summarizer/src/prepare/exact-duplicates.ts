import type { Sentence } from '@vecsum/embeddings';

/** The text two sentences must share to be exact duplicates: lower-cased letters and digits, one space between runs. */
export const normalizedText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 code units. */
export function stringHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Typographic characters of news text (curly quotes and apostrophes, dashes, the ellipsis, the
 * no-break space, bullets, currency and a few other signs): none is a letter or a digit, and
 * toLowerCase leaves each alone, so each is part of a gap, as an ASCII mark is.
 */
function isGapMark(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0xa0 ||
    c === 0xa3 ||
    c === 0xa5 ||
    c === 0xa7 ||
    c === 0xa9 ||
    c === 0xab ||
    c === 0xae ||
    c === 0xb0 ||
    c === 0xbb ||
    c === 0x20ac
  );
}

/**
 * stringHash(normalizedText(s)), without building the normalised text when s is ASCII with
 * typographic marks (`isGapMark`; most sentences): there toLowerCase only maps A-Z, the letters
 * and digits are [a-z0-9], and the runs of anything else become one space, none at either end.
 */
export function normalizedHash(s: string): number {
  let h = FNV_OFFSET;
  let gap = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128 && !isGapMark(c)) return stringHash(normalizedText(s));
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap) h = Math.imul(h ^ 32, FNV_PRIME);
      h = Math.imul(h ^ c, FNV_PRIME);
      gap = false;
      started = true;
    } else if (started) {
      gap = true;
    }
  }
  return h;
}

/** Lower-cased code of an ASCII letter or digit; -1 for any other ASCII or gap mark; -2 off the fast path. */
function fastCode(c: number): number {
  if (c >= 128) return isGapMark(c) ? -1 : -2;
  if (c >= 65 && c <= 90) return c + 32;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : -1;
}

/**
 * normalizedText(a) === normalizedText(b), without building either text when both are ASCII
 * with typographic marks (as in `normalizedHash`): the letters and digits must be the same, in
 * the same order, with a gap before the same ones (gaps at either end do not count). A
 * character off the fast path met in either text before the answer is known settles it with
 * the normalised texts; a difference found before that is one of the normalised texts too.
 */
export function sameNormalizedText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let started = false;
  for (;;) {
    i = nextLetterOrDigit(a, i);
    const ca = scanCode;
    const gapA = scanGap;
    if (ca === -2) return normalizedText(a) === normalizedText(b);
    j = nextLetterOrDigit(b, j);
    const cb = scanCode;
    if (cb === -2) return normalizedText(a) === normalizedText(b);
    if (ca === -1 || cb === -1) return ca === cb;
    if (ca !== cb || (started && gapA !== scanGap)) return false;
    started = true;
    i++;
    j++;
  }
}

/** What `nextLetterOrDigit` found: the `fastCode` there (-1: the end) and whether a gap came first. */
let scanCode = -1;
let scanGap = false;

/** The index of the next letter or digit of `s` from `i` (or of a character off the fast path, or the end). */
function nextLetterOrDigit(s: string, i: number): number {
  scanGap = false;
  for (; i < s.length; i++) {
    const c = fastCode(s.charCodeAt(i));
    if (c !== -1) {
      scanCode = c;
      return i;
    }
    scanGap = true;
  }
  scanCode = -1;
  return i;
}

/**
 * A lookup, for sentences asked about in index order, of the first earlier sentence asked
 * about with the same normalised text (-1 when none; the sentence is then remembered). The
 * texts are bucketed by `normalizedHash`; only sentences in the same bucket (copies, or a rare
 * collision) are compared (`sameNormalizedText`).
 */
export function exactDuplicates(sentences: readonly Sentence[]): (i: number) => number {
  const buckets = new Map<number, number[]>();
  return (i) => {
    const text = sentences[i]!.text;
    const h = normalizedHash(text);
    const bucket = buckets.get(h);
    if (bucket === undefined) {
      buckets.set(h, [i]);
      return -1;
    }
    for (const p of bucket) if (sameNormalizedText(sentences[p]!.text, text)) return p;
    bucket.push(i);
    return -1;
  };
}
