import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { norm } from '../math/vector.js';
import { convertVectorFile, readVectorFile } from './convert-vectors.js';
import { readPack } from './pack-format.js';

const dir = mkdtempSync(join(tmpdir(), 'vecsum-convert-'));

function word2vecBinary(rows: [string, number[]][]): Buffer {
  const dim = rows[0]?.[1].length ?? 0;
  const parts: Buffer[] = [Buffer.from(`${rows.length} ${dim}\n`)];
  for (const [w, v] of rows) {
    const f = Buffer.alloc(dim * 4);
    v.forEach((x, j) => f.writeFloatLE(x, j * 4));
    parts.push(Buffer.from(`${w} `), f, Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

describe('converting GloVe / word2vec files', () => {
  it('reads GloVe text (no header) into unit rows in file order', async () => {
    const path = join(dir, 'glove.txt');
    writeFileSync(path, 'the 1 0 0\ncat 0 3 4\ndog 0 -2 0\n');
    const v = await readVectorFile(path, { format: 'text', name: 'g' });
    expect(v.size).toBe(3);
    expect(v.indexOf('cat')).toBe(1);
    expect(Array.from(v.row(1))).toEqual([0, 0.6000000238418579, 0.800000011920929]);
    expect(v.norms[1]).toBeCloseTo(5);
  });

  it('skips the word2vec text header and honours limit and lowercase', async () => {
    const path = join(dir, 'w2v.txt');
    writeFileSync(path, '4 2\nThe 1 1\nthe 2 0\nCat 0 1\ndog 1 0\n');
    const v = await readVectorFile(path, { format: 'text', name: 'w', limit: 3, lowercase: true });
    expect(v.size).toBe(2);
    expect(v.word(0)).toBe('the');
    expect(v.row(0)[0]).toBeCloseTo(Math.SQRT1_2); // the first (most frequent) "The" row wins
    expect(v.indexOf('dog')).toBe(-1);
  });

  it('reads word2vec binary files and writes a loadable pack', async () => {
    const path = join(dir, 'vectors.bin');
    writeFileSync(
      path,
      word2vecBinary([
        ['king', [1, 2, 2]],
        ['queen', [2, 1, 2]],
        ['café', [0, 0, 5]],
      ]),
    );
    const out = join(dir, 'w2v.vwv');
    await convertVectorFile(path, out, { format: 'word2vec-binary', name: 'w2v' });
    const v = readPack(out);
    expect(v.size).toBe(3);
    expect(v.indexOf('café')).toBe(2);
    expect(norm(v.row(0))).toBeCloseTo(1, 6);
    expect(v.norms[0]).toBeCloseTo(3);
  });

  it('rejects ragged rows with DIMENSION_MISMATCH and a missing file with MODEL_NOT_FOUND', async () => {
    const path = join(dir, 'ragged.txt');
    writeFileSync(path, 'a 1 2 3\nb 1 2\n');
    await expect(readVectorFile(path, { format: 'text', name: 'r' })).rejects.toSatisfy((e) => isEmbeddingError(e) && e.code === 'DIMENSION_MISMATCH');
    await expect(readVectorFile(join(dir, 'missing.txt'), { format: 'text', name: 'm' })).rejects.toSatisfy(
      (e) => isEmbeddingError(e) && e.code === 'MODEL_NOT_FOUND',
    );
  });
});
