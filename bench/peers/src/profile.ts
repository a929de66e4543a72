/**
 * The default (`auto`) on the CNN/DM and DUC 2004 dev records, over and over, for
 * `node --cpu-prof` (`--datasets cnndm` or `duc2004` for one of them); then `flame.ts` prints the top self-time functions of the profile.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=source src/profile.ts [--rounds 20] [--selector auto]
 *   npx tsx src/flame.ts /tmp/prof/*.cpuprofile
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { readJsonlDataset, resolveStandardBudget, standardSetting } from '@vecsum/eval';
import { isSelectorChoice, SELECTOR_CHOICES, summarize } from '@vecsum/summarizer';
import { cacheDirOf, COMMON_OPTIONS } from './options.js';

const { values: v } = parseArgs({
  options: {
    'data-dir': COMMON_OPTIONS['data-dir'],
    datasets: { type: 'string', default: 'cnndm,duc2004' },
    rounds: { type: 'string', default: '20' },
    selector: { type: 'string', default: 'auto' },
    'cache-dir': { type: 'string' },
  },
  strict: true,
});
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: cacheDirOf(v['cache-dir']) }), { function: 'arora' });
const items: { documents: readonly string[]; budget: ReturnType<typeof resolveStandardBudget> }[] = [];
for (const name of v.datasets.split(',')) {
  const file = join(v['data-dir'], `${name}-dev.jsonl`);
  if (!existsSync(file)) {
    process.stderr.write(`profile: skipping ${name}: ${file} is absent\n`);
    continue;
  }
  for (const r of await readJsonlDataset(file)) items.push({ documents: r.documents, budget: resolveStandardBudget(standardSetting(name), r) });
}
const selector = v.selector;
if (!isSelectorChoice(selector)) {
  process.stderr.write(`profile: unknown selector ${JSON.stringify(selector)}; expected one of ${SELECTOR_CHOICES.join(', ')}\n`);
  process.exit(2);
}
const t = performance.now();
const cpu = process.cpuUsage();
for (let round = 0; round < Number(v.rounds); round++) {
  for (const { documents, budget } of items) await summarize({ documents }, embedder, { budget, selector, truncate: true });
}
const used = process.cpuUsage(cpu);
process.stderr.write(
  `profile: ${items.length} records x ${v.rounds} rounds in ${((performance.now() - t) / 1000).toFixed(1)} s (CPU` +
    ` ${((used.user + used.system) / 1e6).toFixed(1)} s)\n`,
);
