/**
 * Regenerates src/redundancy/curves.ts: the expected-redundancy curve of each vector
 * function (mean, sif, arora on the GloVe pack), fitted with fitRedundancyCurve on every
 * record of the six dev files in ../shared/data (degree 2, as the authors did for SIF/Arora).
 *
 *   pnpm --filter @vecsum/summarizer fit-curves
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, embedDocument, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { fitRedundancyCurve, type CurveSample } from '../src/redundancy/curve.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = join(root, '..', 'shared', 'data');
const vectors = loadGloveVectors({ cacheDir: defaultCacheDir() });
const records = readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(dataDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { documents: string[] }),
  );

const curves: Record<string, number[]> = {};
for (const fn of ['mean', 'sif', 'arora'] as const) {
  const embedder = createWordVectorEmbedder(vectors, { function: fn });
  const samples: CurveSample[] = [];
  for (const r of records) {
    const sentences = splitDocuments(r.documents).filter((s) => s.words <= 100);
    if (sentences.length < 3) continue;
    const doc = await embedDocument(sentences, embedder);
    samples.push({ vectors: doc.vectors as Float32Array[], documentVector: doc.documentVector });
  }
  curves[fn] = fitRedundancyCurve(samples, 2).map((c) => Number(c.toPrecision(5)));
  console.log(fn, curves[fn]);
}
const out = fileURLToPath(new URL('../src/redundancy/curves.ts', import.meta.url));
const entries = Object.entries(curves)
  .map(([k, v]) => `  ${k}: [${v.join(', ')}],`)
  .join('\n');
writeFileSync(
  out,
  `import type { Polynomial } from '@vecsum/embeddings/math';

/**
 * Expected-redundancy curves per vector function (highest degree first): y = cos(best, s) as
 * a function of x = cos(document, s), fitted with fitRedundancyCurve on the ${records.length} dev
 * records (GloVe 6B 100d, 200k words) by scripts/fit-redundancy-curves.ts. Do not edit by
 * hand; regenerate with \`pnpm --filter @vecsum/summarizer fit-curves\`.
 */
export const REDUNDANCY_CURVES: Readonly<Record<string, Polynomial>> = {
${entries}
};

/**
 * Fallback for vector functions without a fitted curve (e.g. transformer models): the
 * identity line, i.e. redundancy is expected to equal the sentence's document similarity.
 */
export const DEFAULT_REDUNDANCY_CURVE: Polynomial = [1, 0];

export function redundancyCurveFor(vectorFunction: string): Polynomial {
  return REDUNDANCY_CURVES[vectorFunction] ?? DEFAULT_REDUNDANCY_CURVE;
}
`,
);
console.log(`wrote ${out}`);
