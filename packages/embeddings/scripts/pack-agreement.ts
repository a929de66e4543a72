/**
 * How far a pack moves the sentence-document cosines the selectors rank by: for every sentence
 * of every record of the dev files, cos(sentence, document) under arora with each pack against
 * the same with a reference pack. Prints mean and max |cos_pack - cos_reference| and how often
 * the top sentence (the one nearest the document) changes.
 *
 *   tsx --conditions=source scripts/pack-agreement.ts --reference REF.vwv PACK.vwv [PACK.vwv ...]
 *       [--data-dir ../shared/data] [--datasets duc2004,cnndm,bbc,opinosis]
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, embedDocument, readPack, splitDocuments } from '@vecsum/embeddings';
import { cosine } from '@vecsum/embeddings/math';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reference: { type: 'string' }, 'data-dir': { type: 'string' }, datasets: { type: 'string' } },
});
if (values.reference === undefined || positionals.length === 0) {
  console.error('usage: pack-agreement.ts --reference REF.vwv PACK.vwv [...]');
  process.exit(2);
}
const dataDir = values['data-dir'] ?? join(root, '..', 'shared', 'data');
const datasets = (values.datasets ?? 'duc2004,cnndm,bbc,opinosis').split(',');
const records = datasets.flatMap((name) =>
  readFileSync(join(dataDir, `${name}-dev.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { documents: string[] }).documents),
);

async function cosines(packPath: string): Promise<Float64Array[]> {
  const embedder = createWordVectorEmbedder(readPack(packPath), { function: 'arora' });
  const out: Float64Array[] = [];
  for (const docs of records) {
    const doc = await embedDocument(splitDocuments(docs), embedder);
    out.push(Float64Array.from(doc.vectors, (v) => cosine(v, doc.documentVector)));
  }
  return out;
}

const argmax = (a: Float64Array): number => a.reduce((best, x, i) => (x > (a[best] as number) ? i : best), 0);
const ref = await cosines(values.reference);
console.log(
  `reference ${basename(values.reference)}; ${records.length} records of ${datasets.join(', ')}, ${ref.reduce((n, c) => n + c.length, 0)} sentences\n`,
);
console.log('| pack | mean abs cos diff | max abs cos diff | top sentence changed |');
console.log('|---|---:|---:|---:|');
for (const p of positionals) {
  const got = await cosines(p);
  let sum = 0;
  let n = 0;
  let max = 0;
  let topChanged = 0;
  got.forEach((c, i) => {
    const r = ref[i] as Float64Array;
    c.forEach((x, j) => {
      const d = Math.abs(x - (r[j] as number));
      sum += d;
      max = Math.max(max, d);
      n++;
    });
    if (argmax(c) !== argmax(r)) topChanged++;
  });
  console.log(`| ${basename(p)} | ${(sum / n).toExponential(2)} | ${max.toExponential(2)} | ${topChanged} of ${got.length} |`);
}
