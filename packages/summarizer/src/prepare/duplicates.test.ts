import { cosine } from '@vecsum/embeddings/math';
import type { Sentence } from '@vecsum/embeddings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDuplicates, normalizedHash, normalizedText, sameNormalizedText, stringHash } from './exact-duplicates.js';
import { DUPLICATE_WINDOW, nearDuplicateFinder } from './near-duplicates.js';

const sentence = (text: string, index: number, docIndex = 0): Sentence => ({ index, docIndex, text, start: 0, end: text.length, words: 1 });

// ASCII-heavy text with case, punctuation and spacing variants, plus the odd non-ASCII character
const char = fc.constantFrom(
  'a',
  'B',
  'z',
  'Q',
  '0',
  '9',
  ' ',
  ' ',
  '.',
  ',',
  '-',
  "'",
  '\n',
  '\t',
  'É',
  'é',
  'ß',
  'İ',
  '½',
  '—',
  '日',
  '’',
  '‘',
  '“',
  '”',
  '–',
  '…',
  '\u00a0',
  '\u2010',
  '\u2028',
  '\u2011',
  '£',
  '€',
  '©',
  '«',
  '»',
  '°',
  '•',
  '\u2027',
);
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('exact duplicates', () => {
  it('normalizedHash is the hash of the normalised text, on the ASCII fast path and off it', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (s) => normalizedHash(s) === stringHash(normalizedText(s)),
      ),
    );
    expect(normalizedHash('  The Cat, sat!  ')).toBe(normalizedHash('the cat sat'));
    expect(normalizedHash('The cat sat.')).not.toBe(normalizedHash('The cats sat.'));
    expect(normalizedHash('“It’s £5 — fine…”')).toBe(normalizedHash('it s 5 fine'));
    // every code point up to U+2FFF alone and between letters: the marks the fast path treats as gaps are none of \p{L}, \p{N}
    for (let c = 0x80; c < 0x3000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (normalizedHash(s) !== stringHash(normalizedText(s))) expect(c.toString(16)).toBe('a gap mark that normalizedText keeps');
    }
  });

  it('sameNormalizedText compares the normalised texts, on the fast path and off it', () => {
    // pairs that often normalise alike: one text, and a copy with its case, marks and spacing varied
    const variant = (t: string, flips: readonly number[]): string =>
      [...t].map((c, k) => (flips[k % flips.length] === 0 ? c : flips[k % flips.length] === 1 ? c.toUpperCase() : c === ' ' ? ' , ' : c)).join('');
    const pair = fc.oneof(
      fc.tuple(text, text),
      fc.tuple(text, fc.array(fc.nat(2), { minLength: 1, maxLength: 5 })).map(([t, flips]) => [t, variant(t, flips)] as const),
      fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' })),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sameNormalizedText(a, b)).toBe(normalizedText(a) === normalizedText(b));
        expect(sameNormalizedText(b, a)).toBe(normalizedText(a) === normalizedText(b));
      }),
      { numRuns: 2000 },
    );
    expect(sameNormalizedText('  The Cat, sat!  ', 'the cat sat')).toBe(true);
    expect(sameNormalizedText('The cat sat.', 'The cats sat.')).toBe(false);
    expect(sameNormalizedText('the cat', 'thecat')).toBe(false);
    expect(sameNormalizedText('“It’s £5 — fine…”', 'it s 5 fine')).toBe(true);
    expect(sameNormalizedText('Kelvin \u212a', 'kelvin k')).toBe(true); // the Kelvin sign lower-cases to k: the slow path
  });

  it('finds the first earlier sentence with the same normalised text, as a Map of the texts would', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom('The cat sat.', 'the CAT sat', 'A dog.')), { maxLength: 30 }), (texts) => {
        const sentences = texts.map((t, i) => sentence(t, i));
        const lookup = exactDuplicates(sentences);
        const seen = new Map<string, number>();
        texts.forEach((t, i) => {
          const key = normalizedText(t);
          const expected = seen.get(key) ?? -1;
          if (expected < 0) seen.set(key, i);
          expect(lookup(i)).toBe(expected);
        });
      }),
    );
  });
});

/** Every earlier sentence of another document in the window, nearest first: the first with cosine >= t. */
function bruteForce(sentences: readonly Sentence[], vectors: readonly Float32Array[], eligible: readonly boolean[], t: number, i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - DUPLICATE_WINDOW; j--) {
    if (eligible[j] && sentences[j]!.docIndex !== sentences[i]!.docIndex && cosine(vectors[i]!, vectors[j]!) >= t) return j;
  }
  return -1;
}

describe('near duplicates', () => {
  it('finds what comparing every pair finds, on vectors with planted near copies', () => {
    const coordinate = fc.float({ min: -1, max: 1, noNaN: true });
    const input = fc.record({
      // shorter than the filter's head, inside it, and longer (the sum goes on past it)
      base: fc.constantFrom(4, 12, 40).chain((d) => fc.array(fc.array(coordinate, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 12 })),
      noise: fc.array(fc.tuple(fc.nat(11), fc.float({ min: 0, max: Math.fround(0.3), noNaN: true }), fc.nat(3), fc.boolean()), { maxLength: 40 }),
      threshold: fc.constantFrom(0.97, 0.9, 0.5),
    });
    let found = 0;
    fc.assert(
      fc.property(input, ({ base, noise, threshold }) => {
        // each sentence is a base vector, nudged (or a zero vector), in one of four documents
        const vectors = noise.map(([b, eps, , zero]) =>
          Float32Array.from(base[b % base.length]!, (x, k) => (zero && eps > 0.25 ? 0 : x + (k % 2 === 0 ? eps : -eps))),
        );
        const sentences = noise.map(([, , doc], i) => sentence(`s${i}`, i, doc));
        const eligible = noise.map(([, eps]) => eps < 0.2);
        const near = nearDuplicateFinder(sentences, vectors, eligible, threshold);
        for (let i = 0; i < sentences.length; i++) {
          const j = near(i);
          expect(j).toBe(bruteForce(sentences, vectors, eligible, threshold, i));
          if (j >= 0) found++;
        }
      }),
    );
    expect(found).toBeGreaterThan(0); // the planted copies were found, not only ruled out
  });

  it('decides pairs near the threshold as comparing them in full does (every filter step is exact)', () => {
    const coordinate = fc.float({ min: -1, max: 1, noNaN: true });
    const pair = fc.record({
      u: fc.array(coordinate, { minLength: 40, maxLength: 40 }),
      p: fc.array(coordinate, { minLength: 40, maxLength: 40 }),
      scale: fc.float({ min: 0, max: Math.fround(0.6), noNaN: true }),
    });
    let matches = 0;
    let misses = 0;
    fc.assert(
      fc.property(pair, ({ u, p, scale }) => {
        const vectors = [Float32Array.from(u), Float32Array.from(u, (x, k) => x + scale * p[k]!)];
        const sentences = [sentence('a', 0, 0), sentence('b', 1, 1)];
        const j = nearDuplicateFinder(sentences, vectors, [true, true], 0.97)(1);
        expect(j).toBe(bruteForce(sentences, vectors, [true, true], 0.97, 1));
        if (j >= 0) matches++;
        else misses++;
      }),
      { numRuns: 2000 },
    );
    expect(Math.min(matches, misses)).toBeGreaterThan(100); // both sides of the threshold were tried
  });
});
