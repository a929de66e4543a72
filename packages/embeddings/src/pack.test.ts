import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWordVectors } from './word-vectors/in-memory.js';
import { encodePack, packFromBuffer } from './pack.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every source file reachable from `entry` through relative imports. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const m of readFileSync(entry, 'utf8').matchAll(/from '(\.[^']+)\.js'/g)) moduleGraph(resolve(dirname(entry), `${m[1]}.ts`), seen);
  return seen;
}

describe('@vecsum/embeddings/pack (browser entry)', () => {
  it('imports nothing from Node and uses no Buffer anywhere in its module graph', () => {
    const files = [...moduleGraph(join(here, 'pack.ts'))];
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from 'node:|from '(fs|path|module|os)'|require\(/);
      expect(src.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''), f).not.toMatch(/\bBuffer\./);
    }
  });

  it('an ArrayBuffer from encodePack (what fetch gives) loads as word vectors, f32 and i8', () => {
    const words = ['river', 'flood', 'bank'];
    const v = createWordVectors({ name: 'mini', words, values: Float32Array.of(1, 2, 3, 0, 1, 0, -2, 1, 0.5), dimensions: 3 });
    for (const dtype of ['f32', 'i8'] as const) {
      const chunks = encodePack(v, { source: 'test' }, dtype);
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
      const back = packFromBuffer(bytes.buffer, 'fetched');
      expect(words.map((w) => back.indexOf(w))).toEqual([0, 1, 2]);
      expect(back.row(2)[0]).toBeCloseTo(v.row(2)[0]!, dtype === 'f32' ? 7 : 2);
    }
  });
});
