import { describe, expect, it } from 'vitest';
import { isEvalError } from '../errors.js';
import { scoreRouge } from '../rouge/rouge.js';
import { DATASET_NAMES, datasetNameOf, resolveStandardBudget, standardSetting } from './standard-setting.js';

describe('datasetNameOf', () => {
  it.each([
    ['duc2004', 'duc2004'],
    ['duc2004-d30001', 'duc2004'],
    ['DUC 2004 Task 2', 'duc2004'],
    ['/work/shared/data/cnndm-dev.jsonl', 'cnndm'],
    ['CNN/DailyMail test (FRANK subset)', 'cnndm'],
    ['cnndm-008aa71f', 'cnndm'],
    ['SummEval (CNN/DailyMail test)', 'summeval'],
    ['summeval-88c2481234', 'summeval'],
    ['XSum test (FRANK subset)', 'xsum'],
    ['xsum-21405673', 'xsum'],
    ['Opinosis', 'opinosis'],
    ['opinosis-battery-life_amazon_kindle', 'opinosis'],
    ['BBC News Summary', 'bbc'],
    ['bbc-business-005', 'bbc'],
  ])('maps %s to %s', (input, name) => {
    expect(datasetNameOf(input)).toBe(name);
  });

  it('rejects an unknown dataset', () => {
    try {
      datasetNameOf('gigaword');
      expect.unreachable();
    } catch (e) {
      expect(isEvalError(e) && e.code).toBe('UNKNOWN_DATASET');
    }
  });
});

describe('standardSetting', () => {
  it('gives DUC 2004 100 words, ROUGE-1/2 recall, stemmed, cut to 100 words', () => {
    const s = standardSetting('duc2004');
    expect(s.budget).toEqual({ words: 100 });
    expect(s.rouge).toMatchObject({ metrics: ['rouge1', 'rouge2'], stem: true, removeStopwords: false, limit: { words: 100 } });
    expect(s.report).toEqual(['recall']);
  });

  it('gives CNN/DM and SummEval 3 sentences with ROUGE-1/2/Lsum F1', () => {
    for (const name of ['cnndm', 'summeval']) {
      const s = standardSetting(name);
      expect(s.budget).toEqual({ sentences: 3 });
      expect(s.rouge.metrics).toEqual(['rouge1', 'rouge2', 'rougeLsum']);
      expect(s.rouge.limit).toBeUndefined();
      expect(s.report).toEqual(['f1']);
    }
  });

  it("gives XSum 1 sentence with ROUGE-1/2/L F1 (L summary-level, as ROUGE-1.5.5's)", () => {
    const s = standardSetting('xsum');
    expect(s.budget).toEqual({ sentences: 1 });
    expect(s.rouge.metrics).toEqual(['rouge1', 'rouge2', 'rougeLsum']);
  });

  it('gives Opinosis 2 sentences with ROUGE-1/2/SU4 F and recall', () => {
    const s = standardSetting('opinosis');
    expect(s.budget).toEqual({ sentences: 2 });
    expect(s.rouge.metrics).toEqual(['rouge1', 'rouge2', 'rougeSU4']);
    expect(s.report).toEqual(['f1', 'recall']);
  });

  it("gives BBC the reference's sentence count", () => {
    const s = standardSetting('bbc');
    expect(s.budget).toEqual({ matchReference: 'sentences' });
    expect(s.rouge.metrics).toEqual(['rouge1', 'rouge2', 'rougeLsum']);
  });

  it('has a setting for every dataset, usable by scoreRouge as it is', () => {
    for (const name of DATASET_NAMES) {
      const s = standardSetting(name);
      expect(s.dataset).toBe(name);
      const scores = scoreRouge('a b c', ['a b c'], s.rouge);
      for (const metric of s.rouge.metrics) expect(scores[metric]).toBeDefined();
    }
  });

  it('returns a fresh object each time', () => {
    const a = standardSetting('cnndm');
    (a.rouge.metrics as string[]).push('rouge3');
    expect(standardSetting('cnndm').rouge.metrics).toEqual(['rouge1', 'rouge2', 'rougeLsum']);
  });
});

describe('resolveStandardBudget', () => {
  const record = { id: 'bbc-x', source: 'BBC', documents: ['d'], references: ['one two three\nfour five'] };

  it("turns BBC's reference-length budget into the reference's sentence count (one a line)", () => {
    expect(resolveStandardBudget(standardSetting('bbc'), record)).toEqual({ sentences: 2 });
    expect(resolveStandardBudget({ budget: { matchReference: 'sentences' } }, { ...record, references: ['a.\nb.\nc.', 'a.'] })).toEqual({ sentences: 2 });
  });

  it('turns a word-length budget into words', () => {
    expect(resolveStandardBudget({ budget: { matchReference: 'words' } }, record)).toEqual({ words: 5 });
  });

  it('averages the word counts of several references', () => {
    expect(resolveStandardBudget({ budget: { matchReference: 'words' } }, { ...record, references: ['a b', 'a b c d e'] })).toEqual({
      words: 4,
    });
  });

  it('returns fixed budgets as they are', () => {
    expect(resolveStandardBudget(standardSetting('cnndm'), record)).toEqual({ sentences: 3 });
  });
});
