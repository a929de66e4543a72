import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { readJsonlDataset } from '../datasets/read-jsonl.js';
import { standardSetting } from '../datasets/standard-setting.js';
import { scoreRouge } from '../rouge/rouge.js';
import { SHARED_DATA_DIR } from '../test-support/shared-data.js';
import { evaluateSummaries, evaluateSystems } from './evaluate.js';
import { markdownTable, resultsJson } from './report.js';
import { leadSystem, oracleSystem, randomSystem, vecsumSystem } from './systems.js';

const records = async (name: string, n: number) => (await readJsonlDataset(join(SHARED_DATA_DIR, `${name}-dev.jsonl`))).slice(0, n);

describe('evaluateSystems on real dev data', () => {
  it('LEAD-3 through the runner equals LEAD-3 scored directly', async () => {
    const recs = await records('cnndm', 5);
    const setting = standardSetting('cnndm');
    const result = await evaluateSystems(recs, setting, [leadSystem], { resamples: 200 });
    const direct = recs.map((r) => {
      const lead3 = splitDocuments(r.documents).slice(0, 3).map((s) => s.text).join('\n');
      return 100 * (scoreRouge(lead3, r.references, setting.rouge).rouge1?.f1 ?? 0);
    });
    const mean = direct.reduce((a, b) => a + b, 0) / direct.length;
    const lead = result.systems[0];
    expect(lead?.means['rouge1.f1']?.mean).toBeCloseTo(mean, 8);
    expect(lead?.means['rouge1.f1']?.lower).toBeLessThanOrEqual(mean);
    expect(lead?.means['rouge1.f1']?.upper).toBeGreaterThanOrEqual(mean);
    expect(result.columns).toEqual(['rouge1.f1', 'rouge2.f1', 'rougeLsum.f1']);
  });

  it('compares systems with LEAD and RANDOM; the oracle beats both; a system equal to LEAD is not better', async () => {
    const recs = await records('duc2004', 4);
    const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] as string }), { function: 'arora' });
    const twin = { ...leadSystem, name: 'LEAD-TWIN' };
    const result = await evaluateSystems(recs, standardSetting('duc2004'), [leadSystem, randomSystem(), oracleSystem, twin, vecsumSystem('arora/near', embedder, { selector: 'near', truncate: true })], { resamples: 300 });
    const by = new Map(result.systems.map((s) => [s.system, s]));
    expect(by.get('ORACLE')?.means['rouge2.recall']?.mean).toBeGreaterThan(by.get('LEAD')?.means['rouge2.recall']?.mean as number);
    expect(by.get('LEAD-TWIN')?.vs['LEAD']).toBe(1);
    expect(by.get('LEAD')?.vs['LEAD']).toBeUndefined();
    expect(markdownTable(result)).toMatch(/\| arora\/near \|/);
    const json = resultsJson([result]) as { systems: { system: string }[] }[];
    expect(json[0]?.systems.map((s) => s.system)).toContain('ORACLE');
  });
});

describe('evaluateSummaries', () => {
  it('scores a summaries file by id and reports missing ids', async () => {
    const recs = await records('cnndm', 3);
    const setting = standardSetting('cnndm');
    const given = new Map([[recs[0]?.id as string, recs[0]?.references[0] as string]]);
    const r = evaluateSummaries(recs, setting, given);
    expect(r.missing).toEqual([recs[1]?.id, recs[2]?.id]);
    const perfect = r.systems[0]?.perItem['rouge1.f1']?.[0];
    expect(perfect).toBeCloseTo(100, 6);
    expect(r.systems[0]?.perItem['rouge1.f1']?.[1]).toBe(0);
  });
});
