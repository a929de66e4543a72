import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import { testGlove } from '../test-support/glove.js';
import { createWordVectorEmbedder } from './word-vector-embedder.js';

// The default embedder reads interned token ids (segment/token-ids.ts) and memoises rows by id;
// passing `tokenize` itself takes the string path (a Map from token to rows). Same sums, bit for bit.
const WORDS = [
  'The',
  'river',
  "isn't",
  "O'Neill's",
  'cross-border',
  'U.S',
  'e.g.',
  '10.9bn',
  '£5',
  '’s',
  'zzqx-flarb',
  'well-known',
  '$',
  '%',
  'naïve',
  'www.bbc.co.uk',
];

describe('the default embedder on token ids', () => {
  it('composes the same raw vectors as the string-token path', () => {
    const vectors = testGlove();
    const byId = createWordVectorEmbedder(vectors, { function: 'arora' }).additive;
    const byString = createWordVectorEmbedder(vectors, { function: 'arora', tokenize }).additive;
    const text = fc.oneof(
      fc.array(fc.constantFrom(...WORDS, ' ', '. ', ', ', '-', "'"), { maxLength: 30 }).map((w) => w.join('')),
      fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(Array.from(byId.raw(t))).toEqual(Array.from(byString.raw(t)));
      }),
      { numRuns: 1000 },
    );
  });
});
