import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { pairedBootstrapTest, pairedTTest } from '@vecsum/embeddings/math';
import { costOf } from '@vecsum/summarizer';
import { readJsonlDataset } from '../datasets/read-jsonl.js';
import { standardSetting } from '../datasets/standard-setting.js';
import { scoreRouge } from '../rouge/rouge.js';
import { HAS_SHARED_DATA, SHARED_DATA_DIR } from '../test-support/shared-data.js';
import { evaluateSummaries, evaluateSystems, type EvalProgress } from './evaluate.js';
import { gridMatrix, markdownTable, resultsJson } from './report.js';
import { leadSystem, oracleSystem, randomSystem, vecsumSystem, type System } from './systems.js';

const records = async (name: string, n: number) => (await readJsonlDataset(join(SHARED_DATA_DIR, `${name}-dev.jsonl`))).slice(0, n);
const embedder = (fn: 'mean' | 'sif' | 'arora') => createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: fn });

describe.skipIf(!HAS_SHARED_DATA)('evaluateSystems on real dev data', () => {
  it('LEAD-3 through the runner equals LEAD-3 scored directly with scoreRouge; the CI holds the mean', async () => {
    const recs = await records('cnndm', 5);
    const setting = standardSetting('cnndm');
    const progress: EvalProgress[] = [];
    const result = await evaluateSystems(recs, setting, [leadSystem, randomSystem()], { resamples: 500, onProgress: (p) => progress.push(p) });
    expect(result.columns).toEqual(['rouge1.f1', 'rouge2.f1', 'rougeLsum.f1']);
    expect(result.primary).toBe('rouge1.f1');
    expect(result.ids).toEqual(recs.map((r) => r.id));
    const lead = result.systems[0];
    for (const [metric, key] of [
      ['rouge1', 'rouge1.f1'],
      ['rouge2', 'rouge2.f1'],
      ['rougeLsum', 'rougeLsum.f1'],
    ] as const) {
      const direct = recs.map((r) => {
        const lead3 = splitDocuments(r.documents)
          .slice(0, 3)
          .map((s) => s.text)
          .join('\n');
        return 100 * (scoreRouge(lead3, r.references, setting.rouge)[metric]?.f1 ?? Number.NaN);
      });
      direct.forEach((d, i) => expect(lead?.perItem[key]?.[i]).toBeCloseTo(d, 10));
      const mean = direct.reduce((a, b) => a + b, 0) / direct.length;
      const m = lead?.means[key];
      expect(m?.mean).toBeCloseTo(mean, 10);
      expect(m?.lower).toBeLessThanOrEqual(mean);
      expect(m?.upper).toBeGreaterThanOrEqual(mean);
      expect(m?.n).toBe(5);
    }
    // Progress: one call per summary, counting up to systems x records.
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(progress.every((p) => p.total === 10 && p.dataset === 'cnndm')).toBe(true);
    expect(progress[0]?.system).toBe('LEAD');
    expect(progress[9]?.system).toBe('RANDOM');
    // Timing is recorded per item.
    expect(lead?.perItemMs).toHaveLength(5);
    expect(lead?.timing.total).toBeGreaterThanOrEqual(0);
    expect(lead?.msPerItem).toBeCloseTo((lead?.timing.total ?? 0) / 5, 10);
  });

  it('a system compared with itself gets p = 1 (bootstrap and t-test)', async () => {
    const recs = await records('cnndm', 5);
    const twin: System = { ...leadSystem, name: 'LEAD-TWIN' };
    const result = await evaluateSystems(recs, standardSetting('cnndm'), [leadSystem, randomSystem(), twin], { resamples: 300 });
    const by = new Map(result.systems.map((s) => [s.system, s]));
    const t = by.get('LEAD-TWIN');
    expect(t?.vs['LEAD']).toBe(1);
    for (const c of Object.values(t?.comparisons['LEAD'] ?? {})) expect(c).toEqual({ meanDifference: 0, pBootstrap: 1, pTTest: 1 });
    // The same through the statistics directly.
    const a = by.get('LEAD')!.perItem['rouge2.f1']!;
    expect(pairedBootstrapTest(a, a).pValueAGreater).toBe(1);
    expect(pairedTTest(a, a).pValue).toBe(1);
    // A baseline is not compared with itself; every other system is compared with both.
    expect(by.get('LEAD')?.vs['LEAD']).toBeUndefined();
    expect(Object.keys(by.get('LEAD')?.comparisons ?? {})).toEqual(['RANDOM']);
    expect(Object.keys(t?.comparisons ?? {})).toEqual(['LEAD', 'RANDOM']);
  });

  it('DUC 2004: LEAD is the first 100 words of the most recent document; vecsum and the oracle beat LEAD', async () => {
    const recs = await records('duc2004', 4);
    const setting = standardSetting('duc2004');
    const result = await evaluateSystems(
      recs,
      setting,
      [leadSystem, randomSystem(), oracleSystem, vecsumSystem('arora/near', embedder('arora'), { selector: 'near', truncate: true })],
      { resamples: 300, keepSummaries: true },
    );
    const by = new Map(result.systems.map((s) => [s.system, s]));
    const lead = by.get('LEAD');
    recs.forEach((r, i) => {
      const summary = lead!.summaries![i]!;
      expect(costOf(summary, 'words')).toBe(100);
      const latest = r.documents[r.documents.length - 1]!.split(/\s+/).filter(Boolean).slice(0, 100).join(' ');
      expect(summary.split(/\s+/).join(' ')).toBe(latest);
    });
    expect(result.notes.join(' ')).toMatch(/most recent document/);
    for (const name of ['ORACLE', 'arora/near']) {
      const s = by.get(name);
      expect(s?.means['rouge2.recall']?.mean).toBeGreaterThan(lead!.means['rouge2.recall']!.mean);
      for (const summary of s?.summaries ?? []) expect(costOf(summary, 'words')).toBeLessThanOrEqual(100);
    }
    expect(by.get('arora/near')?.overBudget).toBe(0);
    const md = markdownTable(result);
    expect(md).toMatch(/^### duc2004 \(4 items\)/);
    expect(md).toMatch(/\| arora\/near \| \d+\.\d\d \[\d+\.\d\d, \d+\.\d\d\] \| /);
    expect(md).toContain('| system | R-1 R | R-2 R | ms/item | p > LEAD | p > RANDOM |');
    const json = JSON.parse(JSON.stringify(resultsJson([result]))) as { systems: { system: string; means: Record<string, { mean: number }> }[] }[];
    expect(json[0]?.systems.map((s) => s.system)).toEqual(['LEAD', 'RANDOM', 'ORACLE', 'arora/near']);
    expect(json[0]?.systems[3]?.means['rouge1.recall']?.mean).toBeCloseTo(by.get('arora/near')!.means['rouge1.recall']!.mean, 10);
  });

  it('the oracle is at least as good as LEAD on every item of CNN/DM (3 sentences)', async () => {
    const recs = await records('cnndm', 5);
    const result = await evaluateSystems(recs, standardSetting('cnndm'), [leadSystem, oracleSystem], { resamples: 100, keepSummaries: true });
    const [lead, oracle] = result.systems;
    for (const s of oracle?.summaries ?? []) expect(s.split('\n').length).toBeLessThanOrEqual(3);
    expect(oracle?.means['rouge2.f1']?.mean).toBeGreaterThanOrEqual(lead!.means['rouge2.f1']!.mean);
  });

  it('records failures and over-budget summaries instead of stopping', async () => {
    const recs = await records('cnndm', 3);
    const flaky: System = {
      name: 'flaky',
      async summarize(record) {
        if (record.id === recs[1]?.id) throw new Error('boom');
        return splitDocuments(record.documents)
          .slice(0, 5)
          .map((s) => s.text)
          .join('\n');
      },
    };
    const result = await evaluateSystems(recs, standardSetting('cnndm'), [flaky], { resamples: 100, keepSummaries: true });
    const s = result.systems[0];
    expect(s?.failures).toEqual([{ id: recs[1]?.id, message: 'boom' }]);
    expect(s?.perItem['rouge1.f1']?.[1]).toBe(0);
    expect(s?.overBudget).toBe(2);
    expect(s?.summaries?.[0]?.split('\n')).toHaveLength(3);
    expect(result.notes.join(' ')).toMatch(/flaky failed on 1 item/);
    await expect(evaluateSystems(recs, standardSetting('cnndm'), [flaky, flaky])).rejects.toThrow(/two systems are named/);
  });

  it('gridMatrix lays systems out as selector x vector function', async () => {
    const recs = await records('xsum', 3);
    const systems = [leadSystem, randomSystem()];
    for (const fn of ['mean', 'arora'] as const)
      for (const sel of ['near', 'lead'] as const) systems.push(vecsumSystem(`${fn}/${sel}`, embedder(fn), { selector: sel }));
    const md = gridMatrix(await evaluateSystems(recs, standardSetting('xsum'), systems, { resamples: 100 }));
    const lines = md.split('\n');
    expect(lines[0]).toBe('### xsum (3 items): R-1 F1 / R-2 F1 / R-Lsum F1');
    expect(lines[2]).toBe('| selector | mean | arora |');
    expect(lines[4]).toMatch(/^\| _LEAD_ \| _[\d.]+ \/ [\d.]+ \/ [\d.]+_ \| _[\d.]+ \/ [\d.]+ \/ [\d.]+_ \|$/);
    expect(lines[6]).toMatch(/^\| near \| /);
    expect(lines[7]).toMatch(/^\| lead \| /);
    // vecsum's lead selector on a single document is LEAD.
    expect(lines[7]?.replace(/\*\*/g, '').split(' | ')[1]).toBe(lines[4]?.split(' | ')[1]?.replace(/_/g, ''));
  });
});

describe.skipIf(!HAS_SHARED_DATA)('evaluateSummaries', () => {
  it('scores a summaries map by id next to LEAD and RANDOM, reporting missing and unknown ids', async () => {
    const recs = await records('cnndm', 3);
    const setting = standardSetting('cnndm');
    const given = new Map([
      [recs[0]!.id, recs[0]!.references[0]!],
      ['not-in-the-dataset', 'x'],
    ]);
    const r = await evaluateSummaries(recs, setting, given, { resamples: 100 });
    expect(r.missing).toEqual([recs[1]?.id, recs[2]?.id]);
    expect(r.unknown).toEqual(['not-in-the-dataset']);
    expect(r.systems.map((s) => s.system)).toEqual(['summaries', 'LEAD', 'RANDOM']);
    expect(r.systems[0]?.perItem['rouge1.f1']?.[0]).toBeCloseTo(100, 6);
    expect(r.systems[0]?.perItem['rouge1.f1']?.[1]).toBe(0);
    expect(r.notes.join(' ')).toMatch(/2 record\(s\) have no summary/);
    const alone = await evaluateSummaries(recs, setting, given, { resamples: 100, baselineSystems: false, name: 'mine' });
    expect(alone.systems.map((s) => s.system)).toEqual(['mine']);
    expect(alone.systems[0]?.vs).toEqual({});
  });
});
