/**
 * A fingerprint of vecsum's output on every dev record, to show that a speed change left the
 * results alone: for each dataset, record and selector, the picked indices, the summary text
 * and a hash of the importance scores (every float, bit for bit) and of every sentence's record
 * as JSON (explanations, factors, redundancy included).
 *
 *   pnpm --filter @vecsum/bench-peers run picks --out before.json
 *   pnpm --filter @vecsum/bench-peers run picks --compare before.json   # exit 1 on any difference
 *
 * Options: --datasets, --data-dir (as `bench`), --selectors LIST (default every selector and
 * auto), --cache-dir DIR. Datasets missing from the data folder are skipped with a message.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { readJsonlDataset, resolveStandardBudget, standardSetting } from '@vecsum/eval';
import { isSummarizerError, SELECTOR_CHOICES, summarize } from '@vecsum/summarizer';
import { cacheDirOf, COMMON_OPTIONS, list, listOf } from './options.js';

const { values: v } = parseArgs({
  options: {
    datasets: COMMON_OPTIONS.datasets,
    'data-dir': COMMON_OPTIONS['data-dir'],
    selectors: { type: 'string', default: SELECTOR_CHOICES.join(',') },
    out: { type: 'string' },
    compare: { type: 'string' },
    'cache-dir': { type: 'string' },
  },
  strict: true,
});

const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: cacheDirOf(v['cache-dir']) }), { function: 'arora' });
const selectors = listOf(v.selectors, SELECTOR_CHOICES, 'selector');
const out: Record<string, string> = {};
const started = performance.now();
for (const name of list(v.datasets)) {
  const file = join(v['data-dir'], `${name}-dev.jsonl`);
  if (!existsSync(file)) {
    process.stderr.write(`picks: skipping ${name}: ${file} is absent\n`);
    continue;
  }
  const setting = standardSetting(name);
  for (const record of await readJsonlDataset(file)) {
    const budget = resolveStandardBudget(setting, record);
    for (const selector of selectors) {
      const key = `${record.id} ${selector}`;
      try {
        const s = await summarize({ documents: record.documents }, embedder, { budget, selector, truncate: true });
        const scores = Float64Array.from(s.sentences.map((x) => x.importance));
        const hash = createHash('sha1').update(new Uint8Array(scores.buffer)).update(s.text).update(JSON.stringify(s.sentences)).digest('hex').slice(0, 16);
        out[key] = `${s.picked.join(',')} ${hash}`;
      } catch (e) {
        out[key] = `error ${isSummarizerError(e) ? e.code : String(e)}`;
      }
    }
  }
}
process.stderr.write(`picks: ${Object.keys(out).length} summaries in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
if (v.out !== undefined) writeFileSync(v.out, `${JSON.stringify(out, null, 1)}\n`);
if (v.compare !== undefined) {
  const before = JSON.parse(readFileSync(v.compare, 'utf8')) as Record<string, string>;
  // the summaries made in this run (a run over fewer datasets compares those)
  const keys = Object.keys(out);
  const differ = keys.filter((k) => before[k] !== out[k]);
  const picksDiffer = differ.filter((k) => before[k]?.split(' ')[0] !== out[k]?.split(' ')[0]);
  process.stdout.write(`${keys.length} summaries compared: ${differ.length} differ (${picksDiffer.length} in their picks)\n`);
  for (const k of differ.slice(0, 20)) process.stdout.write(`  ${k}: ${before[k]} -> ${out[k]}\n`);
  if (differ.length > 0) process.exitCode = 1;
}
