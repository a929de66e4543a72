import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJsonlDataset, resolveStandardBudget, standardSetting } from '@vecsum/eval';
import { costOf } from '@vecsum/summarizer';
import { loadPeers, sentencesToRequest } from './peers.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

describe('sentencesToRequest', () => {
  it('asks for the budget in sentences, or enough sentences to cover a word budget', () => {
    const text = 'One two three four five. Six seven eight nine ten. Eleven twelve thirteen fourteen fifteen.';
    expect(sentencesToRequest(text, { sentences: 2 })).toBe(2);
    expect(sentencesToRequest(text, { words: 5 })).toBe(3); // 1.5 x 5 / 5 + 2, at most the 3 sentences
    expect(sentencesToRequest(text, { ratio: 0.5 })).toBe(2);
  });
});

describe.skipIf(!existsSync(DATA))('the npm peers through the runner interface', () => {
  const peers = loadPeers();

  it('loads every peer but node-summarizer TextRank, which says why', () => {
    expect(peers.systems.map((s) => s.name)).toEqual([
      'lexrank (npm)',
      'sum (npm)',
      'text-summarization (npm)',
      'node-summarizer frequency (npm)',
      'node-summary (npm)',
    ]);
    expect(peers.unavailable.map((u) => u.name)).toEqual(['node-summarizer textrank (npm)']);
    expect(peers.unavailable[0]?.reason).toMatch(/fast index/);
    expect(peers.versions.get('lexrank (npm)')).toBe('lexrank@1.0.5');
  });

  it('each peer returns sentences of the document within a sentence budget and fills a word budget', async () => {
    const cnndm = (await readJsonlDataset(`${DATA}cnndm-dev.jsonl`)).slice(0, 2);
    const duc = (await readJsonlDataset(`${DATA}duc2004-dev.jsonl`)).slice(0, 1);
    for (const peer of peers.systems) {
      for (const record of cnndm) {
        const summary = await peer.summarize(record, { sentences: 3 }, standardSetting('cnndm'));
        const lines = summary.split('\n').filter(Boolean);
        expect(lines.length, peer.name).toBeGreaterThan(0);
        expect(lines.length, peer.name).toBeLessThanOrEqual(3);
      }
      if (peer.name === 'sum (npm)') continue; // ~4 s per DUC cluster
      const record = duc[0]!;
      const budget = resolveStandardBudget(standardSetting('duc2004'), record);
      const summary = await peer.summarize(record, budget, standardSetting('duc2004'));
      expect(costOf(summary, 'words'), peer.name).toBe(100);
    }
  });
});
