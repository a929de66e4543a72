import { describe, expect, it } from 'vitest';
import { lcsLength, markLcs, summaryLevelLcs } from './lcs.js';

const t = (s: string): string[] => s.split(' ').filter(Boolean);

describe('lcsLength', () => {
  it('finds the longest common subsequence', () => {
    expect(lcsLength(t('a b c d e'), t('a c e f'))).toBe(3);
    expect(lcsLength(t('police killed the gunman'), t('the gunman kill police'))).toBe(2);
  });

  it('is 0 with an empty side', () => {
    expect(lcsLength([], t('a'))).toBe(0);
  });
});

describe('markLcs', () => {
  it('marks the reference positions of one LCS and ORs into the mask', () => {
    const reference = t('w1 w2 w3 w4 w5');
    const mask = new Uint8Array(reference.length);
    markLcs(reference, t('w1 w2 w6 w7 w8'), mask);
    expect([...mask]).toEqual([1, 1, 0, 0, 0]);
    markLcs(reference, t('w1 w3 w8 w9 w5'), mask);
    expect([...mask]).toEqual([1, 1, 1, 0, 1]);
  });
});

describe('summaryLevelLcs', () => {
  it('computes the union LCS of Lin (2004), section 3.2', () => {
    // The paper's example: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    // Union LCS = w1 w2 w3 w5: 4 hits out of 5 reference words and 10 peer words.
    const counts = summaryLevelLcs([t('w1 w2 w3 w4 w5')], [t('w1 w2 w6 w7 w8'), t('w1 w3 w8 w9 w5')]);
    expect(counts).toEqual({ hits: 4, referenceTokens: 5, peerTokens: 10 });
  });

  it('clips hits to the unigram counts of both sides', () => {
    // Both reference sentences match the single peer "a"; only one hit is allowed.
    const counts = summaryLevelLcs([t('a'), t('a')], [t('a')]);
    expect(counts.hits).toBe(1);
  });

  it('never credits a peer word twice across reference sentences', () => {
    const counts = summaryLevelLcs([t('x y'), t('x y')], [t('x y'), t('x')]);
    // Reference has x x y y, peer has x x y: at most min counts = x:2, y:1 -> 3.
    expect(counts.hits).toBe(3);
  });
});
