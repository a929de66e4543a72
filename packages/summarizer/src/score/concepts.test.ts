import { porterStem, splitDocuments, tokenize } from '@vecsum/embeddings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCEPT_MIN_DOCUMENTS, sharedConcepts } from './concepts.js';
import { PairTable } from './pair-table.js';

// Four short reports of one storm (written for this test).
const REPORTS = [
  'Storm Ada cut power to 40,000 homes on Friday. Crews worked through the night on fallen power lines.',
  'Power lines fell across the valley as Storm Ada passed. The airport cancelled all evening flights.',
  'By Saturday morning most homes had power again, the utility said. Storm Ada moved north.',
  'Schools will reopen on Monday. The mayor thanked the crews who repaired the power lines.',
];

const concepts = (docs: readonly string[]) => {
  const sentences = splitDocuments(docs);
  return {
    sentences,
    c: sharedConcepts(
      sentences,
      sentences.map(() => true),
      docs.length,
    ),
  };
};
/** The reference reading of a token: letters and digits only, stemmed from four characters. */
const stem = (token: string): string => {
  const w = token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return w.length > 3 ? porterStem(w) : w;
};
const textsOf = (c: ReturnType<typeof sharedConcepts>, i: number) => Array.from(c.of[i]!, (k) => c.text(k).toLowerCase());

describe('sharedConcepts', () => {
  it('keeps the word pairs three documents share, weighted by how many do, stemmed ("power lines" = "power line")', () => {
    const { sentences, c } = concepts(REPORTS);
    const all = new Map<string, number>();
    sentences.forEach((_, i) => c.of[i]!.forEach((k) => all.set(c.text(k).toLowerCase(), c.weight[k]!)));
    expect(all.get('storm ada')).toBe(3);
    expect(all.get('power lines')).toBe(3);
    // two documents only: below CONCEPT_MIN_DOCUMENTS
    expect(CONCEPT_MIN_DOCUMENTS).toBe(3);
    expect([...all.keys()].some((t) => t.includes('crews'))).toBe(false);
    // no pair of two stopwords
    expect(all.has('on the')).toBe(false);
  });

  it('with two documents a concept is a pair both use', () => {
    const { sentences, c } = concepts(REPORTS.slice(0, 2));
    const texts = sentences.flatMap((_, i) => textsOf(c, i));
    expect(texts).toContain('storm ada');
    expect(Math.min(...Array.from(c.weight))).toBe(2);
  });

  it('property: postings invert `of`, and a weight is the number of documents whose stemmed words hold the pair', () => {
    const pool = REPORTS.flatMap((r) => splitDocuments([r]).map((s) => s.text));
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }), (docsOfSentences) => {
        const docs = docsOfSentences.map((d) => d.join(' '));
        const { sentences, c } = concepts(docs);
        for (let k = 0; k < c.weight.length; k++) {
          const holders = Array.from(c.sentences.subarray(c.start[k]!, c.start[k + 1]!));
          expect(holders).toEqual(sentences.map((_, i) => i).filter((i) => c.of[i]!.includes(k)));
          const [a, b] = c.text(k).split(' ').map(stem);
          const stems = (t: string) =>
            tokenize(t)
              .map(stem)
              .filter((w) => w !== '')
              .join(' ');
          const using = docs.filter((d) => ` ${stems(d)} `.includes(` ${a} ${b} `)).length;
          expect(c.weight[k]).toBe(using);
          expect(using).toBeGreaterThanOrEqual(Math.min(CONCEPT_MIN_DOCUMENTS, docs.length));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('leaves out sentences that are not candidates', () => {
    const sentences = splitDocuments(REPORTS);
    const c = sharedConcepts(
      sentences,
      sentences.map((_, i) => i !== 0),
      REPORTS.length,
    );
    expect(c.of[0]!.length).toBe(0);
  });
});

describe('PairTable', () => {
  it('property: numbers pairs as a Map of "a,b" keys does, in first-met order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.nat(5000)), { maxLength: 3000 }), (pairs) => {
        const table = new PairTable(4);
        const ref = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          if (!ref.has(key)) ref.set(key, ref.size);
          expect(table.id(a, b)).toBe(ref.get(key));
        }
        expect(table.size).toBe(ref.size);
      }),
      { numRuns: 30 },
    );
  });
});
