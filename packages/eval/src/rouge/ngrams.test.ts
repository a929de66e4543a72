import { describe, expect, it } from 'vitest';
import { clippedMatches, countNgrams } from './ngrams.js';

describe('countNgrams', () => {
  it('counts overlapping n-grams', () => {
    const bigrams = countNgrams(['a', 'b', 'a', 'b'], 2);
    expect(bigrams.total).toBe(3);
    expect([...bigrams.counts]).toEqual([
      ['a b', 2],
      ['b a', 1],
    ]);
  });

  it('has no n-grams when the text is shorter than n', () => {
    expect(countNgrams(['a'], 2)).toEqual({ counts: new Map(), total: 0 });
  });
});

describe('clippedMatches', () => {
  it('counts each n-gram at most as often as the rarer side has it', () => {
    const reference = countNgrams(['the', 'cat', 'the'], 1);
    const peer = countNgrams(['the', 'the', 'the', 'cat', 'cat'], 1);
    expect(clippedMatches(reference, peer)).toBe(3); // the: min(2,3) + cat: min(1,2)
    expect(clippedMatches(peer, reference)).toBe(3);
  });
});
