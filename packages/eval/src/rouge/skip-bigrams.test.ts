import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNgrams } from './ngrams.js';
import { countSkipBigrams } from './skip-bigrams.js';
import { tokenize } from './tokenize.js';

const tokenList = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });

describe('countSkipBigrams', () => {
  it('counts every ordered pair within the gap, and unigrams but the last one with -u', () => {
    const { counts, total } = countSkipBigrams(['a', 'b', 'c'], 4, true);
    expect(Object.fromEntries(counts)).toEqual({ a: 1, 'a b': 1, 'a c': 1, b: 1, 'b c': 1 });
    expect(total).toBe(5);
  });

  it('respects the maximum gap on real text (ROUGE-S4: at most 4 words in between)', () => {
    const tokens = tokenize('The police arrested the suspect near the old station on Monday', { stem: false });
    const { counts } = countSkipBigrams(tokens, 4, false);
    expect(counts.get('police near')).toBe(1); // 4 words in between
    expect(counts.get('police the')).toBe(2); // "the suspect" and "the old", both within 5 positions
    expect(counts.has('police old')).toBe(false); // 5 words in between
  });

  it('has nothing to count in a one-token summary, even with unigrams (ROUGE loops to the second last token)', () => {
    expect(countSkipBigrams(['alone'], 4, true).total).toBe(0);
    expect(countSkipBigrams([], 4, true).total).toBe(0);
  });

  it('with gap 0 is the bigram table', () => {
    fc.assert(
      fc.property(tokenList, (tokens) => {
        const skip = countSkipBigrams(tokens, 0, false);
        const bigrams = countNgrams(tokens, 2);
        expect(skip.total).toBe(bigrams.total);
        expect(new Map(skip.counts)).toEqual(new Map(bigrams.counts));
      }),
    );
  });

  it('counts n-1 unigrams plus sum over i of min(n-1-i, gap+1) pairs; all C(n,2) pairs without a gap limit', () => {
    fc.assert(
      fc.property(tokenList, fc.integer({ min: 0, max: 8 }), fc.boolean(), (tokens, gap, unigrams) => {
        const n = tokens.length;
        let pairs = 0;
        for (let i = 0; i < n - 1; i++) pairs += Math.min(n - 1 - i, gap + 1);
        const expected = pairs + (unigrams ? Math.max(0, n - 1) : 0);
        const { counts, total } = countSkipBigrams(tokens, gap, unigrams);
        expect(total).toBe(expected);
        expect([...counts.values()].reduce((s, c) => s + c, 0)).toBe(expected);
        expect(countSkipBigrams(tokens, -1, false).total).toBe(n < 2 ? 0 : (n * (n - 1)) / 2);
      }),
    );
  });
});
