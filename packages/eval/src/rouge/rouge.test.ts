import { describe, expect, it } from 'vitest';
import { isEvalError, type EvalErrorCode } from '../errors.js';
import { createRougeScorer, scoreRouge } from './rouge.js';
import type { RougeScore } from './types.js';

const expectScore = (actual: RougeScore, recall: number, precision: number, f1: number): void => {
  expect(actual.recall).toBeCloseTo(recall, 10);
  expect(actual.precision).toBeCloseTo(precision, 10);
  expect(actual.f1).toBeCloseTo(f1, 10);
};

const codeOf = (run: () => unknown): EvalErrorCode | undefined => {
  try {
    run();
  } catch (e) {
    if (isEvalError(e)) return e.code;
    throw e;
  }
  return undefined;
};

describe('scoreRouge', () => {
  it('computes ROUGE-1 and ROUGE-2 on a small example', () => {
    // peer: the cat sat on the mat / reference: a cat sat on a mat
    // unigram hits cat, sat, on, mat = 4 of 6; bigram hits "cat sat", "sat on" = 2 of 5.
    const s = scoreRouge('the cat sat on the mat', ['a cat sat on a mat'], { metrics: ['rouge1', 'rouge2'] });
    expectScore(s.rouge1, 4 / 6, 4 / 6, 4 / 6);
    expectScore(s.rouge2, 2 / 5, 2 / 5, 2 / 5);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    // peer the x3, cat x2 (5 tokens); reference the x2, cat x2, sat, on (6 tokens).
    // ROUGE-1 hits = min(3,2) + min(2,2) = 4. Bigrams: peer "the the" x2, "the cat", "cat cat";
    // reference "the cat" x2, "cat sat", "sat on", "on the": 1 hit of 5 (R) and of 4 (P).
    const s = scoreRouge('the the the cat cat', ['the cat sat on the cat'], { metrics: ['rouge1', 'rouge2'] });
    expectScore(s.rouge1, 4 / 6, 4 / 5, (2 * (4 / 6) * (4 / 5)) / (4 / 6 + 4 / 5));
    expectScore(s.rouge2, 1 / 5, 1 / 4, (2 * 0.2 * 0.25) / 0.45);
  });

  it('stems by default and matches inflections', () => {
    const stemmed = scoreRouge('The cats are running', ['A cat runs'], { metrics: ['rouge1'] });
    expectScore(stemmed.rouge1, 2 / 3, 2 / 4, (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    const plain = scoreRouge('The cats are running', ['A cat runs'], { metrics: ['rouge1'], stem: false });
    expectScore(plain.rouge1, 0, 0, 0);
  });

  it('removes stop words when asked, before forming n-grams', () => {
    // Without stop words: peer "cat mat", reference "cat mat": one bigram, matched.
    const s = scoreRouge('the cat on the mat', ['a cat and a mat'], { metrics: ['rouge2'], removeStopwords: true });
    expectScore(s.rouge2, 1, 1, 1);
  });

  it('computes any n', () => {
    const s = scoreRouge('a b c d e', ['a b c d x'], { metrics: ['rouge3', 'rouge4', 'rouge5'] });
    expectScore(s.rouge3, 2 / 3, 2 / 3, 2 / 3);
    expectScore(s.rouge4, 1 / 2, 1 / 2, 1 / 2);
    expectScore(s.rouge5, 0, 0, 0);
  });

  describe('several references', () => {
    // peer "a b c d" (4 tokens). Reference 1 "a b": 2 hits of 2. Reference 2 "a x y z w v": 1 hit of 6.
    const peer = 'a b c d';
    const references = ['a b', 'a x y z w v'];

    it("'average' pools hits and counts, as ROUGE-1.5.5 -f A", () => {
      const s = scoreRouge(peer, references, { metrics: ['rouge1'] });
      // R = (2+1)/(2+6), P = (2+1)/(4+4)
      expectScore(s.rouge1, 3 / 8, 3 / 8, 3 / 8);
    });

    it("'best' takes the reference with the highest recall, as ROUGE-1.5.5 -f B", () => {
      const s = scoreRouge(peer, references, { metrics: ['rouge1'], aggregate: 'best' });
      expectScore(s.rouge1, 1, 2 / 4, 2 / 3);
    });

    it("'best' keeps the first reference on a recall tie", () => {
      // Both references have recall 1; the first gives precision 1/4, the second 2/4.
      const s = scoreRouge('a b c d', ['a', 'a b'], { metrics: ['rouge1'], aggregate: 'best' });
      expect(s.rouge1.precision).toBeCloseTo(1 / 4, 12);
    });

    it("'macro' averages the per-reference scores", () => {
      const s = scoreRouge(peer, references, { metrics: ['rouge1'], aggregate: 'macro' });
      const f2 = (2 * (1 / 4) * (1 / 6)) / (1 / 4 + 1 / 6);
      expectScore(s.rouge1, (1 + 1 / 6) / 2, (2 / 4 + 1 / 4) / 2, (2 / 3 + f2) / 2);
    });
  });

  describe('length limits', () => {
    it('truncates the peer to N words before tokenising (-l)', () => {
      const limited = scoreRouge('a b c d e f', ['d e f'], { metrics: ['rouge1'], limit: { words: 3 } });
      expectScore(limited.rouge1, 0, 0, 0);
      const full = scoreRouge('a b c d e f', ['d e f'], { metrics: ['rouge1'] });
      expectScore(full.rouge1, 1, 1 / 2, 2 / 3);
    });

    it('truncates the references too by default, as ROUGE-1.5.5 does', () => {
      const both = scoreRouge('a b c', ['a b c d e f'], { metrics: ['rouge1'], limit: { words: 3 } });
      expectScore(both.rouge1, 1, 1, 1);
      const peerOnly = scoreRouge('a b c', ['a b c d e f'], {
        metrics: ['rouge1'],
        limit: { words: 3 },
        limitReferences: false,
      });
      expectScore(peerOnly.rouge1, 1 / 2, 1, 2 / 3);
    });

    it('counts hyphenated words as one word for the limit but two tokens for scoring', () => {
      // First 2 words: "well-known fact" -> tokens well, known, fact.
      const s = scoreRouge('well-known fact here', ['well known fact'], {
        metrics: ['rouge1'],
        limit: { words: 2 },
        limitReferences: false,
      });
      expectScore(s.rouge1, 1, 1, 1);
    });

    it('truncates the peer to N bytes (-b)', () => {
      // "abc def" is 7 bytes.
      const s = scoreRouge('abc def ghi', ['ghi'], { metrics: ['rouge1'], limit: { bytes: 7 } });
      expectScore(s.rouge1, 0, 0, 0);
      const t = scoreRouge('abc def ghi', ['def'], { metrics: ['rouge1'], limit: { bytes: 7 } });
      expectScore(t.rouge1, 1, 1 / 2, 2 / 3);
    });

    it('keeps sentence lines under a limit, for ROUGE-Lsum', () => {
      const s = scoreRouge('b c\na x y', ['a b c'], { metrics: ['rougeLsum'], limit: { words: 3 } });
      // Kept: "b c" / "a"; union LCS with "a b c" marks a, b, c.
      expectScore(s.rougeLsum, 1, 1, 1);
    });
  });

  describe('ROUGE-S and ROUGE-SU', () => {
    it('rougeSU4 clips skip-bigrams and unigrams (all but the last token), as -2 4 -u', () => {
      const s = scoreRouge('police arrested the man', ['the police arrested a man'], { metrics: ['rougeSU4', 'rougeS4'] });
      // Peer units: 3 unigrams (police, arrested, the) + 6 pairs = 9; reference: 4 + 10 = 14.
      // Shared: police, arrested, the + (police arrested), (police man), (arrested man), (the man) = 7.
      expectScore(s.rougeSU4, 7 / 14, 7 / 9, (2 * (7 / 14) * (7 / 9)) / (7 / 14 + 7 / 9));
      expectScore(s.rougeS4, 4 / 10, 4 / 6, (2 * 0.4 * (4 / 6)) / (0.4 + 4 / 6));
    });

    it('rejects a malformed skip metric', () => {
      expect(codeOf(() => scoreRouge('a', ['a'], { metrics: ['rougeSU-1' as 'rougeSU4'] }))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('ROUGE-L under a byte limit (-b)', () => {
    it('takes sentences and the recall base from readText_LCS, clipping and the precision base from readText', () => {
      const peer = 'a b\nc d\ne f';
      const s = scoreRouge(peer, ['a b\nc d\ne f'], { metrics: ['rouge1', 'rougeLsum'], limit: { bytes: 6 } });
      // readText: "a b" (3) + "c d" (3 -> reaches 6: cut to 3 bytes) = a b c d: 4 tokens each side.
      expectScore(s.rouge1, 1, 1, 1);
      // readText_LCS keeps all three 3-byte lines (each < 6): LCS base 6, hits clipped to 4.
      expectScore(s.rougeLsum, 4 / 6, 4 / 4, (2 * (4 / 6)) / (4 / 6 + 1));
    });
  });

  describe('ROUGE-L and ROUGE-Lsum', () => {
    it('rougeL takes the LCS of the whole texts; rougeLsum the union LCS per sentence', () => {
      const s = scoreRouge('a b c\nd e', ['d e a b c'], { metrics: ['rougeL', 'rougeLsum'] });
      // Whole texts: LCS of "a b c d e" and "d e a b c" is "a b c".
      expectScore(s.rougeL, 3 / 5, 3 / 5, 3 / 5);
      // Per peer sentence: "a b c" and "d e" both align with the reference: union covers all 5.
      expectScore(s.rougeLsum, 1, 1, 1);
    });

    it("reproduces Lin (2004)'s union LCS example", () => {
      const s = scoreRouge('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', ['w1 w2 w3 w4 w5'], { metrics: ['rougeLsum'] });
      expectScore(s.rougeLsum, 4 / 5, 4 / 10, (2 * 0.8 * 0.4) / 1.2);
    });

    it('rougeLsum sums reference sentences and clips repeated words', () => {
      const s = scoreRouge('a b', ['a b\na b'], { metrics: ['rougeLsum'] });
      // Each reference sentence aligns with "a b", but the peer has only one a and one b.
      expectScore(s.rougeLsum, 2 / 4, 2 / 2, (2 * 0.5 * 1) / 1.5);
    });

    it('ROUGE-L never exceeds ROUGE-1', () => {
      const s = scoreRouge('x y z x y', ['y x z y x y'], { metrics: ['rouge1', 'rougeL', 'rougeLsum'] });
      expect(s.rougeL.recall).toBeLessThanOrEqual(s.rouge1.recall);
      expect(s.rougeLsum.recall).toBeLessThanOrEqual(s.rouge1.recall);
    });
  });

  it('weights recall and precision by alpha (-p)', () => {
    const peer = 'a b c d';
    const references = ['a b'];
    expect(scoreRouge(peer, references, { metrics: ['rouge1'], alpha: 1 }).rouge1.f1).toBeCloseTo(1 / 2, 12);
    expect(scoreRouge(peer, references, { metrics: ['rouge1'], alpha: 0 }).rouge1.f1).toBeCloseTo(1, 12);
  });

  it('computes rouge1, rouge2, rougeL and rougeLsum by default', () => {
    const s = scoreRouge('a b', ['a b']);
    expect(Object.keys(s)).toEqual(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
    // Metrics are typed by the request.
    const only = scoreRouge('a b', ['a b'], { metrics: ['rouge2'] });
    expect(only.rouge2.f1).toBe(1);
    // @ts-expect-error rouge1 was not requested
    expect(only.rouge1).toBeUndefined();
  });

  it('scores an empty peer 0', () => {
    const s = scoreRouge('', ['a b c']);
    for (const score of Object.values(s)) expectScore(score, 0, 0, 0);
  });

  it('rejects bad input with typed errors', () => {
    expect(codeOf(() => scoreRouge('a', []))).toBe('EMPTY_INPUT');
    expect(codeOf(() => scoreRouge('a', ['a'], { metrics: ['rouge0'] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge('a', ['a'], { metrics: ['rougeX' as 'rougeL'] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge('a', ['a'], { metrics: [] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge('a', ['a'], { alpha: 1.5 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge('a', ['a'], { aggregate: 'max' as 'best' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge('a', ['a'], { limit: { words: 0 } }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => scoreRouge(42 as unknown as string, ['a']))).toBe('INVALID_ARGUMENT');
  });
});

describe('createRougeScorer', () => {
  it('gives the same scores as scoreRouge and exposes per-reference counts', () => {
    const references = ['a b', 'a x y z w v'];
    const scorer = createRougeScorer(references, { metrics: ['rouge1'] });
    expect(scorer.score('a b c d')).toEqual(scoreRouge('a b c d', references, { metrics: ['rouge1'] }));
    expect(scorer.counts('a b c d').rouge1).toEqual([
      { hits: 2, referenceCount: 2, peerCount: 4 },
      { hits: 1, referenceCount: 6, peerCount: 4 },
    ]);
  });
});
