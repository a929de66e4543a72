/**
 * `pnpm --filter @vecsum/analysis basis-fit [DATA.jsonl] [N]`: the word equations of the same
 * summary (auto, 3 sentences, arora) written with the text's own words (`--basis text`, the
 * default) and with the fixed 2,000-word vocabulary (`--basis vocab`), on the first N records
 * (default 10) of a JSONL dataset (default ../shared/data/cnndm-dev.jsonl). Prints a Markdown
 * table of mean reconstruction cosines, L0, the share of listed words found in the text, and time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { compareBases, loadWordDictionary, type BasisFit } from '@vecsum/analysis';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const file = process.argv[2] ?? join(root, '..', 'shared', 'data', 'cnndm-dev.jsonl');
const limit = Number(process.argv[3] ?? 10);
const cacheDir = process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache');
const glove = loadGloveVectors({ cacheDir });
const dict = loadWordDictionary(glove, cacheDir);
const embedder = createWordVectorEmbedder(glove, { function: 'arora' });
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, limit)
  .map((l) => JSON.parse(l) as { documents: string[] });

const fits: BasisFit[][] = [];
for (const r of records) fits.push(await compareBases({ documents: r.documents }, embedder, glove, dict));
const mean = (k: number, f: (x: BasisFit) => number) => fits.reduce((a, row) => a + f(row[k]!), 0) / fits.length;
const columns: [string, (x: BasisFit) => number, number][] = [
  ['basis words', (x) => x.words, 0],
  ['cos document', (x) => x.document, 3],
  ['cos picks', (x) => x.picks, 3],
  ['cos pick - document', (x) => x.minusDocument, 3],
  ['cos gap', (x) => x.gap, 3],
  ['L0 document', (x) => x.documentL0, 1],
  ['listed words in the text', (x) => x.listedInText, 3],
  ['ms per report', (x) => x.ms, 0],
];
console.log(`${file.replace(/^.*[\\/]/, '')}, first ${fits.length} records, auto 3 sentences, arora, alpha 0.1 (means over records)\n`);
console.log(`| basis | ${columns.map(([c]) => c).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [k, name] of ['text', 'vocab'].entries()) console.log(`| ${name} | ${columns.map(([, f, d]) => mean(k, f).toFixed(d)).join(' | ')} |`);
