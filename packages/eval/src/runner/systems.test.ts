import { summaryCost } from '@vecsum/summarizer';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { standardSetting } from '../datasets/standard-setting.js';
import { leadSystem, oracleSystem } from './systems.js';

const SENTENCES = [
  'The river rose overnight after three days of rain.',
  'Farmers moved their cattle to higher ground.',
  'The mayor opened the school gym as a shelter.',
  'Officials said the water would peak on Friday.',
  'A bakery on Main Street handed out free bread.',
  'Engineers checked the old stone bridge for damage.',
];
const record: DatasetRecord = {
  id: 'flood-1',
  source: 'cnndm',
  documents: [SENTENCES.join(' ')],
  references: [[SENTENCES[0], SENTENCES[3], SENTENCES[5]].join('\n')],
};
const setting = standardSetting('cnndm');

describe('baselines under every budget kind (the summarizer fitter)', () => {
  it('LEAD takes the first words, characters or bytes, the line break between sentences counted', async () => {
    expect(await leadSystem.summarize(record, { words: 12 }, setting)).toBe(`${SENTENCES[0]}\nFarmers moved their`);
    const chars = await leadSystem.summarize(record, { chars: 60 }, setting);
    expect(chars).toBe(`${SENTENCES[0]}\n${SENTENCES[1]?.slice(0, 60 - SENTENCES[0]!.length - 1)}`);
    expect(await leadSystem.summarize(record, { ratio: 0.5 }, setting)).toBe(SENTENCES.slice(0, 3).join('\n'));
  });

  it('ORACLE takes a ratio of the document, not of its own picks', async () => {
    const half = await oracleSystem.summarize(record, { ratio: 0.5 }, setting);
    expect(half).toBe([SENTENCES[0], SENTENCES[3], SENTENCES[5]].join('\n'));
    const two = (await oracleSystem.summarize(record, { sentences: 2 }, setting)).split('\n');
    expect(two).toHaveLength(2);
    for (const line of two) expect(half.split('\n')).toContain(line);
  });

  it('ORACLE searches within a character or byte budget and fills what is left, never over', async () => {
    for (const budget of [{ chars: 70 }, { bytes: 120 }, { words: 15 }]) {
      const text = await oracleSystem.summarize(record, budget, setting);
      const [unit, limit] = Object.entries(budget)[0] as ['chars' | 'bytes' | 'words', number];
      expect(summaryCost(text.split('\n'), unit)).toBeLessThanOrEqual(limit);
      expect(summaryCost(text.split('\n'), unit)).toBeGreaterThan(limit - 12);
      expect(text.split('\n')[0]).toBe(SENTENCES[0]);
    }
  });
});
