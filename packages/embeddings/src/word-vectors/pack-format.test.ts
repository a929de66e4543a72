import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { cosine } from '../math/vector.js';
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
      expect(back.norms[i]).toBeCloseTo(v.norms[i] as number, 6);
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
