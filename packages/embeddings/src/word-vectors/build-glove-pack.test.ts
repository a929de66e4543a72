import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { dot } from '../math/vector.js';
import { buildGlovePack, GLOVE_DEFAULT_VOCABULARY, glovePackFile, loadGloveVectors, locateGlovePack } from './build-glove-pack.js';
import { readPack, readPackHeader } from './pack-format.js';
import type { ProgressEvent } from './progress.js';
import { defaultCacheDir } from './cache-dir.js';

const cacheDir = defaultCacheDir();
const tmp = () => mkdtempSync(join(tmpdir(), 'vecsum-wink-'));

function nearest(word: string, k: number) {
  const v = loadGloveVectors({ cacheDir });
  const q = v.row(v.indexOf(word));
  const scored: [string, number][] = [];
  for (let r = 0; r < 20_000; r++) if (r !== v.indexOf(word)) scored.push([v.word(r), dot(q, v.row(r))]);
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([w]) => w);
}

/** A miniature of wink's layout: [v1..vd, l2norm, wordIndex] per word; vectors in any order. */
function winkJson(dir: string, rows: [string, number[]][], order = rows.map((_, i) => i)): string {
  const path = join(dir, 'wink.json');
  const vectors: Record<string, number[]> = {};
  for (const i of order) {
    const [w, v] = rows[i]!;
    vectors[w] = [...v, Math.hypot(...v), i];
  }
  writeFileSync(path, JSON.stringify({ precision: 8, dimensions: rows[0]?.[1].length, size: rows.length, words: rows.map(([w]) => w), vectors }));
  return path;
}

const ROWS: [string, number[]][] = [
  ['the', [1, 0]],
  ['river', [0, 2]],
  ['],"', [3, 4]],
  ['"quoted"', [-1, 1]],
  ['café', [2, 2]],
  ['bank', [5, 0]],
];

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
});

describe('building packs from the wink JSON (streamed)', () => {
  it('converts the wink layout, with progress events, escaped words and a vocabulary limit', () => {
    const dir = tmp();
    const events: ProgressEvent[] = [];
    buildGlovePack(join(dir, 'p.vwv'), { jsonPath: winkJson(dir, ROWS), vocabularyLimit: 5, onProgress: (e) => events.push(e) });
    const v = readPack(join(dir, 'p.vwv'));
    expect(v.size).toBe(5);
    expect(Array.from(v.row(1))).toEqual([0, 1]);
    expect(v.norms[2]).toBe(5);
    expect(v.indexOf('],"')).toBe(2);
    expect(v.indexOf('"quoted"')).toBe(3);
    expect(v.indexOf('café')).toBe(4);
    expect(readPackHeader(join(dir, 'p.vwv')).sourceSize).toBe(6);
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['read', 'convert', 'write']));
  });

  it('a trimmed vocabulary keeps the most frequent words: the rest are out of vocabulary, whatever the vector order', () => {
    const dir = tmp();
    buildGlovePack(join(dir, 'p.vwv'), { jsonPath: winkJson(dir, ROWS, [5, 3, 1, 0, 4, 2]), vocabularyLimit: 3, dtype: 'i8' });
    const v = readPack(join(dir, 'p.vwv'));
    expect(v.size).toBe(3);
    expect(['the', 'river', '],"'].map((w) => v.indexOf(w))).toEqual([0, 1, 2]);
    expect(['"quoted"', 'café', 'bank'].map((w) => v.indexOf(w))).toEqual([-1, -1, -1]);
    expect(v.row(2)[0]).toBeCloseTo(0.6, 2);
  });

  it('rejects a JSON whose entries disagree with its words list with MODEL_LOAD_FAILED', () => {
    const dir = tmp();
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ dimensions: 2, words: ['a', 'b'], vectors: { a: [1, 0, 1, 1], b: [0, 1, 1, 1] } }));
    expect(() => buildGlovePack(join(dir, 'p.vwv'), { jsonPath: path })).toThrow(expect.objectContaining({ code: 'MODEL_LOAD_FAILED' }));
  });
});

describe('loading the default pack: override, shipped, then cache', () => {
  it('falls back to building the cache from the wink JSON, then reuses it', () => {
    const dir = tmp();
    const opts = { cacheDir: join(dir, 'cache'), shippedDir: join(dir, 'none'), jsonPath: winkJson(dir, ROWS), vocabularyLimit: 4 };
    expect(locateGlovePack(opts)).toEqual({ path: join(dir, 'cache', glovePackFile(4)), needsBuild: true });
    const v = loadGloveVectors(opts);
    expect(v.size).toBe(4);
    expect(existsSync(join(dir, 'cache', glovePackFile(4)))).toBe(true);
    expect(locateGlovePack(opts).needsBuild).toBe(false);
  });

  it('prefers a shipped pack to the cache, and an explicit pack to both', () => {
    const dir = tmp();
    const jsonPath = winkJson(dir, ROWS);
    mkdirSync(join(dir, 'model'));
    buildGlovePack(join(dir, 'model', glovePackFile(2)), { jsonPath, vocabularyLimit: 2, dtype: 'i8' });
    const opts = { cacheDir: join(dir, 'cache'), shippedDir: join(dir, 'model'), vocabularyLimit: 2 };
    expect(loadGloveVectors(opts).size).toBe(2);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
    buildGlovePack(join(dir, 'three.vwv'), { jsonPath, vocabularyLimit: 3 });
    expect(loadGloveVectors({ ...opts, packPath: join(dir, 'three.vwv') }).size).toBe(3);
  });

  it('an explicit pack that is missing is MODEL_NOT_FOUND, not a silent fallback', () => {
    let code: string | undefined;
    try {
      loadGloveVectors({ cacheDir, packPath: join(tmp(), 'missing.vwv') });
    } catch (e) {
      code = isEmbeddingError(e) ? e.code : 'OTHER';
    }
    expect(code).toBe('MODEL_NOT_FOUND');
  });
});
