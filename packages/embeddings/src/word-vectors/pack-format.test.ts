import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { cosine, norm } from '../math/vector.js';
import { createWordVectors } from './in-memory.js';
import { packFromBuffer, readPack, readPackHeader, writePack } from './pack-format.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'vecsum-pack-'));

function small() {
  const words = ['the', 'café', 'naïve', 'well-known', '日本', 'x'];
  const values = Float32Array.from({ length: words.length * 3 }, (_, i) => Math.sin(i + 1) * (i % 4 === 0 ? 3 : 1));
  return createWordVectors({ name: 'tiny', words, values, dimensions: 3 });
}

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isEmbeddingError(e) ? e.code : 'OTHER';
  }
  return undefined;
};

describe('word-vector packs', () => {
  it('round-trips words, unit rows and original norms, including non-ASCII words', () => {
    const v = small();
    const path = join(tmp(), 'tiny.vwv');
    writePack(path, v, { source: 'test' });
    const back = readPack(path);
    expect(back.size).toBe(v.size);
    expect(back.dimensions).toBe(3);
    for (let i = 0; i < v.size; i++) {
      expect(back.word(i)).toBe(v.word(i));
      expect(back.indexOf(v.word(i))).toBe(i);
      expect(Array.from(back.row(i))).toEqual(Array.from(v.row(i)));
      expect(back.norms[i]).toBeCloseTo(v.norms[i]!, 6);
      expect(cosine(back.row(i), v.row(i))).toBeCloseTo(1, 6);
    }
    expect(back.indexOf('cafe')).toBe(-1);
    expect(back.indexOf('')).toBe(-1);
    expect(readPackHeader(path)).toMatchObject({ name: 'tiny', size: 6, dimensions: 3, source: 'test' });
  });

  it('can live in a SharedArrayBuffer and be re-viewed from the buffer', () => {
    const path = join(tmp(), 'tiny.vwv');
    writePack(path, small(), { source: 'test' });
    const shared = readPack(path, { shared: true });
    expect(shared.matrix.buffer).toBeInstanceOf(SharedArrayBuffer);
    const again = packFromBuffer(shared.matrix.buffer);
    expect(again.indexOf('日本')).toBe(4);
  });

  it('i8 packs: same words and lookups, unit rows within the quantization error, about a quarter of the matrix bytes', () => {
    const v = small();
    const dir = tmp();
    writePack(join(dir, 'f.vwv'), v, { source: 'test' });
    writePack(join(dir, 'q.vwv'), v, { source: 'test' }, 'i8');
    const q = readPack(join(dir, 'q.vwv'));
    expect(readPackHeader(join(dir, 'q.vwv')).dtype).toBe('i8');
    for (let i = 0; i < v.size; i++) {
      expect(q.indexOf(v.word(i))).toBe(i);
      expect(q.word(i)).toBe(v.word(i));
      expect(norm(q.row(i))).toBeCloseTo(1, 5);
      expect(cosine(q.row(i), v.row(i))).toBeGreaterThan(0.999);
      expect(q.norms[i]).toBe(v.norms[i]);
    }
    const matrixBytes = v.size * v.dimensions;
    expect(statSync(join(dir, 'f.vwv')).size - statSync(join(dir, 'q.vwv')).size).toBe(matrixBytes * 4 - matrixBytes - v.size * 8);
  });

  it('lazy dequantization (the default) serves the same rows as dequantizing on load, and the same matrix once asked', () => {
    const path = join(tmp(), 'q.vwv');
    writePack(path, small(), { source: 'test' }, 'i8');
    const eager = readPack(path, { dequantize: 'load' });
    const lazy = readPack(path);
    expect(eager.quantized).toBeUndefined();
    expect(lazy.quantized?.values).toBeInstanceOf(Int8Array);
    for (let i = 0; i < eager.size; i++) expect(Array.from(lazy.row(i))).toEqual(Array.from(eager.row(i)));
    expect(Array.from(lazy.matrix)).toEqual(Array.from(eager.matrix));
    expect(lazy.matrix).toBe(lazy.matrix);
  });

  it('a shared i8 pack becomes one shared f32 pack that workers can re-view', () => {
    const path = join(tmp(), 'q.vwv');
    writePack(path, small(), { source: 'test' }, 'i8');
    const eager = readPack(path);
    const shared = readPack(path, { shared: true });
    expect(shared.matrix.buffer).toBeInstanceOf(SharedArrayBuffer);
    const again = packFromBuffer(shared.matrix.buffer);
    expect(again.indexOf('naïve')).toBe(2);
    expect(Array.from(again.row(3))).toEqual(Array.from(eager.row(3)));
  });

  it('still reads version 2 (f32) packs, the caches built before version 3', () => {
    const dir = tmp();
    const path = join(dir, 'v3.vwv');
    writePack(path, small(), { source: 'test' });
    const bytes = readFileSync(path);
    bytes.writeUInt32LE(2, 8);
    writeFileSync(join(dir, 'v2.vwv'), bytes);
    expect(Array.from(readPack(join(dir, 'v2.vwv')).row(1))).toEqual(Array.from(small().row(1)));
    bytes.writeUInt32LE(9, 8);
    writeFileSync(join(dir, 'v9.vwv'), bytes);
    expect(codeOf(() => readPack(join(dir, 'v9.vwv')))).toBe('CACHE_CORRUPT');
  });

  it('reports a missing file as MODEL_NOT_FOUND and damage as CACHE_CORRUPT', () => {
    const dir = tmp();
    expect(codeOf(() => readPack(join(dir, 'nope.vwv')))).toBe('MODEL_NOT_FOUND');
    const path = join(dir, 'tiny.vwv');
    writePack(path, small(), { source: 'test' });
    const bytes = readFileSync(path);
    writeFileSync(join(dir, 'cut.vwv'), bytes.subarray(0, bytes.length - 7));
    expect(codeOf(() => readPack(join(dir, 'cut.vwv')))).toBe('CACHE_CORRUPT');
    writeFileSync(join(dir, 'junk.vwv'), 'not a pack at all, just text');
    expect(codeOf(() => readPack(join(dir, 'junk.vwv')))).toBe('CACHE_CORRUPT');
  });
});
