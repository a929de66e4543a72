/**
 * Old against new in one process: the default (`auto`) of this checkout and of another
 * checkout of the repository (`--base DIR`, e.g. `git archive OLD | tar -x -C DIR` with the
 * node_modules linked), on the same CNN/DM and DUC 2004 dev records, interleaved item by item
 * (the order of the two flips every round). Per item, the best of the rounds of each phase
 * (`meta.timings`: split, embed, select = eligibility + score + select, explain = the rest),
 * summed over the items of a dataset; with `--rounds N` (default 15).
 *
 *   npx tsx --conditions=source src/ab.ts --base /tmp/base [--rounds 15] [--datasets cnndm,duc2004]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonlDataset, resolveStandardBudget, standardSetting } from '@vecsum/eval';
import { cacheDirOf, COMMON_OPTIONS, list } from './options.js';

const { values: v } = parseArgs({
  options: {
    base: { type: 'string' },
    'data-dir': COMMON_OPTIONS['data-dir'],
    datasets: { type: 'string', default: 'cnndm,duc2004' },
    rounds: { type: 'string', default: '15' },
    'cache-dir': { type: 'string' },
  },
  strict: true,
});
if (v.base === undefined) {
  process.stderr.write('usage: ab.ts --base DIR [--rounds N] [--datasets LIST]\n');
  process.exit(2);
}

type Summarize = (input: { documents: readonly string[] }, embedder: unknown, options: object) => Promise<{ meta: { timings: Timings } }>;
interface Timings {
  readonly segmentMs: number;
  readonly embedMs: number;
  readonly selectMs: number;
  readonly totalMs: number;
}
interface Side {
  readonly name: string;
  readonly run: (documents: readonly string[], budget: object) => Promise<Timings>;
}

const PHASES = ['split', 'embed', 'select', 'explain', 'total'] as const;
const phasesOf = (t: Timings): number[] => [t.segmentMs, t.embedMs, t.selectMs, t.totalMs - t.segmentMs - t.embedMs - t.selectMs, t.totalMs];

async function side(name: string, root: string): Promise<Side> {
  const emb = (await import(join(root, 'packages/embeddings/src/index.ts'))) as typeof import('@vecsum/embeddings');
  const sum = (await import(join(root, 'packages/summarizer/src/index.ts'))) as { summarize: Summarize };
  const embedder = emb.createWordVectorEmbedder(emb.loadGloveVectors({ cacheDir: cacheDirOf(v['cache-dir']) }), { function: 'arora' });
  return { name, run: async (documents, budget) => (await sum.summarize({ documents }, embedder, { budget, truncate: true })).meta.timings };
}

const sides = [await side('old', resolve(v.base)), await side('new', resolve(import.meta.dirname, '../../..'))];
const rounds = Number(v.rounds);
process.stdout.write(`| dataset | side | ${PHASES.map((p) => `${p} ms`).join(' | ')} |\n|---|---|${PHASES.map(() => '---:').join('|')}|\n`);
for (const name of list(v.datasets)) {
  const file = join(v['data-dir'], `${name}-dev.jsonl`);
  if (!existsSync(file)) {
    process.stderr.write(`ab: skipping ${name}: ${file} is absent\n`);
    continue;
  }
  const items = (await readJsonlDataset(file)).map((r) => ({ documents: r.documents, budget: resolveStandardBudget(standardSetting(name), r) }));
  // best[side][item][phase]
  const best = sides.map(() => items.map(() => PHASES.map(() => Infinity)));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < items.length; i++) {
      for (let k = 0; k < sides.length; k++) {
        const s = (k + round + i) % sides.length;
        const t = phasesOf(await sides[s]!.run(items[i]!.documents, items[i]!.budget));
        const b = best[s]![i]!;
        t.forEach((x, p) => {
          if (x < b[p]!) b[p] = x;
        });
      }
    }
  }
  sides.forEach((s, k) => {
    const sums = PHASES.map((_, p) => best[k]!.reduce((acc, b) => acc + b[p]!, 0) / items.length);
    process.stdout.write(`| ${name} (${items.length}, mean of per-item best) | ${s.name} | ${sums.map((x) => x.toFixed(3)).join(' | ')} |\n`);
  });
}
