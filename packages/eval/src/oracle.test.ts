import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greedyOracle, sentenceImportance } from './oracle.js';
import { scoreRouge } from './rouge/rouge.js';
import { HAS_SHARED_DATA, sharedDataFile } from './test-support/shared-data.js';

describe('greedyOracle', () => {
  const sentences = ['alpha beta gamma', 'noise words here', 'delta epsilon zeta'];
  const references = ['alpha beta gamma delta epsilon zeta'];

  it('adds the best sentence until nothing improves, in document order', () => {
    const r = greedyOracle(sentences, references);
    // Step 1: sentences 0 and 2 tie (R-2 F1 2/(5+2)*2); the earlier one wins.
    // Step 2: adding 2 makes the extract equal to the reference.
    expect(r.steps.map((s) => s.index)).toEqual([0, 2]);
    expect(r.indices).toEqual([0, 2]);
    expect(r.steps[0]?.rouge2F1).toBeCloseTo((2 * (2 / 5) * 1) / (2 / 5 + 1), 12);
    expect(r.rouge2F1).toBeCloseTo(1, 12);
    expect(r.rouge1F1).toBeCloseTo(1, 12);
  });

  it('stops at a sentence budget', () => {
    expect(greedyOracle(sentences, references, { budget: { sentences: 1 } }).indices).toEqual([0]);
    expect(greedyOracle(sentences, references, { budget: { ratio: 0.5 } }).indices).toEqual([0, 2]); // 2 of 3
    expect(greedyOracle(sentences, references, { budget: { ratio: 0.3 } }).indices).toEqual([0]);
  });

  it('never exceeds a word, character or byte budget (line breaks count one)', () => {
    expect(greedyOracle(sentences, references, { budget: { words: 5 } }).indices).toEqual([0]);
    expect(greedyOracle(sentences, references, { budget: { words: 2 } }).indices).toEqual([]);
    // 'alpha beta gamma' is 16 characters, 'delta epsilon zeta' 18: both need 16 + 1 + 18 = 35
    expect(greedyOracle(sentences, references, { budget: { chars: 34 } }).indices).toEqual([0]);
    expect(greedyOracle(sentences, references, { budget: { chars: 35 } }).indices).toEqual([0, 2]);
    expect(greedyOracle(sentences, references, { budget: { bytes: 17 } }).indices).toEqual([0]);
  });

  it('stops when no sentence improves the extract', () => {
    const r = greedyOracle(['the cat sat on the mat', 'dogs bark', 'the cat sat'], ['the cat sat on the mat']);
    expect(r.indices).toEqual([0]);
  });

  it('breaks ROUGE-2 ties by ROUGE-1 F1', () => {
    // No sentence shares a bigram with the reference: ROUGE-1 decides.
    const r = greedyOracle(['zzz qqq', 'apple', 'apple cherry'], ['apple banana cherry']);
    expect(r.steps[0]?.index).toBe(2);
    expect(r.steps[0]?.rouge2F1).toBe(0);
    expect(r.indices).toEqual([2]);
  });

  it('breaks full ties by position', () => {
    const r = greedyOracle(['x y', 'a b c', 'x y', 'a b c'], ['a b c'], { budget: { sentences: 1 } });
    expect(r.indices).toEqual([1]);
  });

  it('returns an empty extract for no sentences', () => {
    expect(greedyOracle([], references)).toEqual({ indices: [], steps: [], rouge2F1: 0, rouge1F1: 0 });
  });

  it('rejects bad budgets and missing references', () => {
    expect(() => greedyOracle(sentences, references, { budget: { words: 0 } })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => greedyOracle(sentences, references, { budget: { sentences: 1.5 } })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => greedyOracle(sentences, [])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it.skipIf(!HAS_SHARED_DATA)('beats LEAD-3 on average on CNN/DM dev items', () => {
    const split = (t: string): string[] => (t.replace(/\s+/g, ' ').match(/[^.!?]+(?:[.!?]+["')\]]*|$)/g) ?? []).map((s) => s.trim()).filter(Boolean);
    const items = readFileSync(sharedDataFile('cnndm-dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 15)
      .map((l) => JSON.parse(l) as { documents: string[]; references: string[] });
    let oracle = 0;
    let lead = 0;
    for (const item of items) {
      const sents = split(item.documents[0] ?? '');
      oracle += greedyOracle(sents, item.references, { budget: { sentences: 3 } }).rouge2F1;
      lead += scoreRouge(sents.slice(0, 3).join('\n'), item.references, { metrics: ['rouge2'] }).rouge2.f1;
    }
    expect(oracle / items.length).toBeGreaterThan(lead / items.length + 0.05);
  });
});

describe('sentenceImportance', () => {
  it('is the ROUGE-1 recall of the sentence alone', () => {
    expect(sentenceImportance('the cat', ['the cat sat on the mat'])).toBeCloseTo(2 / 6, 12);
  });

  it('stems and pools several references (ROUGE -f A)', () => {
    // "cats" -> cat. Hits: 1 of 2 and 1 of 4 -> 2 / 6.
    expect(sentenceImportance('cats', ['a cat', 'the cat is here'])).toBeCloseTo(2 / 6, 12);
    expect(sentenceImportance('cats', ['a cat', 'the cat is here'], { aggregate: 'macro' })).toBeCloseTo((1 / 2 + 1 / 4) / 2, 12);
  });
});
