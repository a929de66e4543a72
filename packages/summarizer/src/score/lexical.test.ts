import { splitSentences } from '@vecsum/embeddings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA, readDataset } from '../test-support/fixtures.js';
import { contentWordIds, contentWords, LEXICAL_SAMPLE, lexicalCentrality, wordFrequency } from './lexical.js';

// The simple forms the id-based features replace: content words as strings, Sets and a Map.
function centralityOfStrings(words: readonly (readonly string[])[], candidates: readonly number[]): Float64Array {
  const out = new Float64Array(words.length);
  const m = candidates.length;
  if (m < 2) return out;
  const sets = words.map((w) => new Set(w));
  const stride = Math.ceil(m / LEXICAL_SAMPLE);
  const ref = candidates.filter((_, k) => k % stride === 0);
  for (const i of candidates) {
    const a = sets[i]!;
    if (a.size === 0) continue;
    let sum = 0;
    for (const j of ref) {
      const b = sets[j]!;
      if (j === i || b.size === 0) continue;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let common = 0;
      for (const t of small) if (large.has(t)) common++;
      sum += common / (Math.log(a.size + 1) + Math.log(b.size + 1));
    }
    out[i] = (sum * stride) / (m - 1);
  }
  return out;
}

function frequencyOfStrings(words: readonly (readonly string[])[]): { mean: Float64Array; sum: Float64Array } {
  const tf = new Map<string, number>();
  for (const ws of words) for (const t of ws) tf.set(t, (tf.get(t) ?? 0) + 1);
  let top = 1;
  for (const c of tf.values()) if (c > top) top = c;
  const mean = new Float64Array(words.length);
  const sum = new Float64Array(words.length);
  words.forEach((ws, i) => {
    let s = 0;
    for (const t of ws) s += tf.get(t)! / top;
    sum[i] = s;
    mean[i] = ws.length === 0 ? 0 : s / ws.length;
  });
  return { mean, sum };
}

/** The id-based features equal the string-based ones bit for bit, and the ids stand for the same words. */
function expectSameFeatures(texts: readonly (string | null)[], candidates: readonly number[]): void {
  const strings = texts.map((t) => (t === null ? [] : contentWords(t)));
  const ids = contentWordIds(texts);
  const wordOf = new Map<number, string>();
  ids.forEach((ws, i) => {
    expect(ws.length).toBe(strings[i]!.length);
    ws.forEach((id, k) => {
      const w = strings[i]![k]!;
      expect(wordOf.get(id) ?? w).toBe(w);
      wordOf.set(id, w);
    });
  });
  expect(new Set(wordOf.values()).size).toBe(wordOf.size); // one id per word
  // numbered from 0 in the order met, in every call (what is kept between calls does not show)
  let next = 0;
  for (const ws of ids) for (const id of ws) id === next ? next++ : expect(id).toBeLessThan(next);
  expect(Array.from(lexicalCentrality(ids, candidates))).toEqual(Array.from(centralityOfStrings(strings, candidates)));
  const f = wordFrequency(ids);
  const g = frequencyOfStrings(strings);
  expect(Array.from(f.mean)).toEqual(Array.from(g.mean));
  expect(Array.from(f.sum)).toEqual(Array.from(g.sum));
}

const VOCABULARY = [
  'The',
  'council',
  'councils',
  'Councils',
  'voted',
  'votes',
  'glass',
  'is',
  'a',
  'bus',
  "mayor's",
  '3.5',
  '2004',
  'U.S.',
  'naïve',
  'cafés',
  '—',
  ',',
  '.',
];

describe('lexical features on content-word ids', () => {
  it('equal the string-and-Set forms they replace, on random sentences', () => {
    const sentence = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.option(sentence, { nil: null }), { maxLength: 14 }), (texts) => {
        const candidates = texts.flatMap((t, i) => (t === null ? [] : [i]));
        expectSameFeatures(texts, candidates);
      }),
      { numRuns: 500 },
    );
  });

  it('stay equal once the tokens kept between calls have been dropped and made again', () => {
    // 140,000 distinct tokens: past the kept table's limit (2^17), so the next call starts afresh
    const many = Array.from({ length: 1400 }, (_, i) => Array.from({ length: 100 }, (_, k) => `w${i * 100 + k}x`).join(' '));
    expectSameFeatures(many.slice(0, 50), [0, 1, 2]);
    contentWordIds(many);
    expectSameFeatures(['The council votes.', 'Councils voted on the bus.', null, 'A glass bus.'], [0, 1, 3]);
  });

  it('equal them past LEXICAL_SAMPLE candidates (the sampled sum)', () => {
    const texts = Array.from({ length: LEXICAL_SAMPLE + 150 }, (_, i) => `Council ${i % 7} votes on bus ${i % 13} routes and glass ${i % 5}.`);
    expectSameFeatures(
      texts,
      texts.map((_, i) => i).filter((i) => i % 3 !== 1),
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('lexical features on the dev data (../shared/data)', () => {
  it('equal the string forms on every CNN/DM dev article', () => {
    const records = readDataset('cnndm-dev.jsonl');
    expect(records.length).toBeGreaterThan(50);
    for (const r of records) {
      const texts = r.documents.flatMap((d) => splitSentences(d).map((s) => s.text));
      expectSameFeatures(
        texts,
        texts.map((_, i) => i),
      );
    }
  });
});
