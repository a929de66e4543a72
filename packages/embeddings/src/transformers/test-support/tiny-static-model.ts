import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../../math/random.js';
import { createWordVectors } from '../../word-vectors/in-memory.js';
import type { WordVectors } from '../../word-vectors/types.js';
import { writeStaticEmbeddingModel, type StaticModelOptions } from '../static-model.js';

/** 20 words, frequency order irrelevant; "not" is there for the "n't" -> "not" mapping. */
export const TINY_WORDS = [
  'the',
  'cat',
  'sat',
  'on',
  'mat',
  'a',
  'dog',
  'barked',
  'at',
  'not',
  'red',
  'blue',
  'house',
  'u.s.',
  "o'neill",
  'well-known',
  '10.9',
  '$',
  'do',
  'big',
] as const;

export const TINY_DIMENSIONS = 8;

/** A 20 x 8 table of seeded values in [-1, 1) (rows normalised by createWordVectors). */
export function tinyWordVectors(seed = 7): WordVectors {
  const random = createRandom(seed);
  const values = Float32Array.from({ length: TINY_WORDS.length * TINY_DIMENSIONS }, () => random() * 2 - 1);
  return createWordVectors({ name: 'tiny-20x8', words: [...TINY_WORDS], values, dimensions: TINY_DIMENSIONS });
}

/** A fresh temporary directory; `cleanup` removes it. */
export function tempDir(prefix = 'vecsum-transformers-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the tiny table as a static-embedding model in a temporary folder. */
export async function writeTinyModel(
  options: StaticModelOptions = {},
  vectors: WordVectors = tinyWordVectors(),
): Promise<{
  folder: string;
  vectors: WordVectors;
  cleanup: () => void;
}> {
  const { dir, cleanup } = tempDir();
  const folder = join(dir, 'tiny-static');
  await writeStaticEmbeddingModel(folder, vectors, options);
  return { folder, vectors, cleanup };
}
