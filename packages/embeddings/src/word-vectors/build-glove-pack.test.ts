import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dot } from '../math/vector.js';
import { buildGlovePack, GLOVE_DEFAULT_VOCABULARY, loadGloveVectors } from './build-glove-pack.js';
import { readPack } from './pack-format.js';
import type { ProgressEvent } from './progress.js';

const cacheDir = process.env['VECSUM_CACHE_DIR'] as string;

function nearest(word: string, k: number) {
  const v = loadGloveVectors({ cacheDir });
  const q = v.row(v.indexOf(word));
  const scored: [string, number][] = [];
  for (let r = 0; r < 20_000; r++) if (r !== v.indexOf(word)) scored.push([v.word(r), dot(q, v.row(r))]);
  return scored.sort((a, b) => b[1] - a[1]).slice(0, k).map(([w]) => w);
}

describe('the embedded GloVe pack', () => {
  it('keeps GloVe frequency order and the default vocabulary size', () => {
    const v = loadGloveVectors({ cacheDir });
    expect(v.name).toBe('glove-6b-100d');
    expect(v.size).toBe(GLOVE_DEFAULT_VOCABULARY);
    expect(v.dimensions).toBe(100);
    expect(v.word(0)).toBe('the');
    expect(v.indexOf('said')).toBeLessThan(v.indexOf('river'));
    expect(v.indexOf('river')).toBeLessThan(v.indexOf('floodplain'));
  });

  it('has meaningful neighbours (real vectors, not noise)', () => {
    expect(nearest('king', 10)).toContain('queen');
    expect(nearest('flood', 10)).toEqual(expect.arrayContaining(['floods']));
    expect(nearest('monday', 5)).toEqual(expect.arrayContaining(['tuesday']));
  });

  it('converts the wink JSON layout, with progress events and a vocabulary limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-wink-'));
    const jsonPath = join(dir, 'wink.json');
    const vec = (a: number, b: number) => [a, b, Math.hypot(a, b), 0];
    writeFileSync(jsonPath, JSON.stringify({ dimensions: 2, size: 3, words: ['the', 'river', 'bank'], vectors: { the: vec(1, 0), river: vec(0, 2), bank: vec(3, 4) } }));
    const events: ProgressEvent[] = [];
    buildGlovePack(join(dir, 'p.vwv'), { jsonPath, vocabularyLimit: 2, onProgress: (e) => events.push(e) });
    const v = readPack(join(dir, 'p.vwv'));
    expect(v.size).toBe(2);
    expect(Array.from(v.row(1))).toEqual([0, 1]);
    expect(v.norms[1]).toBe(2);
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['read', 'convert', 'write']));
  });
});
