/**
 * vecsum and the npm summarizers through the same harness (@vecsum/eval): quality and ms/item
 * in one table per dataset, each dataset under its standard setting.
 *
 *   pnpm --filter @vecsum/bench-peers run bench [--datasets duc2004,cnndm,...] [--limit N]
 *     [--peers lexrank,sum,...] [--vecsum arora/auto,arora/lexrank,...] [--format json] [--json-out FILE]
 *
 * A peer that does not load is listed with the reason; one that throws on an item scores an
 * empty summary there (counted in the table's notes).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, loadGloveVectors, WORD_VECTOR_FUNCTIONS } from '@vecsum/embeddings';
import {
  DATASET_NAMES,
  evaluateSystems,
  leadSystem,
  markdownTable,
  randomSystem,
  readJsonlDataset,
  resultsJson,
  standardSetting,
  vecsumSystem,
  type DatasetResult,
  type System,
} from '@vecsum/eval';
import { isSelectorChoice } from '@vecsum/summarizer';
import { cacheDirOf, COMMON_OPTIONS, isOneOf, list, listOf } from './options.js';
import { loadPeers } from './peers.js';

const { values: v } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    limit: { type: 'string' },
    vecsum: { type: 'string', default: 'arora/auto,arora/lexrank' },
    format: { type: 'string', default: 'markdown' },
    'json-out': { type: 'string' },
    resamples: { type: 'string', default: '1000' },
    'cache-dir': { type: 'string' },
  },
  strict: true,
});

const fail = (message: string): never => {
  process.stderr.write(`peers: ${message}\n`);
  process.exit(2);
};
const datasets = listOf(v.datasets, DATASET_NAMES, 'dataset');
const limit = v.limit === undefined ? undefined : Number(v.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) fail('--limit must be a positive integer');
const resamples = Number(v.resamples);
if (v.format !== 'markdown' && v.format !== 'json') fail('--format must be markdown or json');

const cacheDir = cacheDirOf(v['cache-dir']);
const vectors = loadGloveVectors({ cacheDir });
const vecsum: System[] = list(v.vecsum).map((spec) => {
  const cut = spec.indexOf('/');
  const [fn, selector] = cut < 0 ? ['arora', spec] : [spec.slice(0, cut), spec.slice(cut + 1)];
  if (!isOneOf(WORD_VECTOR_FUNCTIONS, fn) || !isSelectorChoice(selector)) return fail(`bad --vecsum entry ${spec} (function/selector)`);
  // truncate: word budgets filled exactly, as the peers' and baselines' last sentence is cut.
  const options = { selector, truncate: true };
  return vecsumSystem(`vecsum ${fn}/${selector}`, createWordVectorEmbedder(vectors, { function: fn }), options);
});

const peers = loadPeers({ only: list(v.peers) });
const tty = process.stderr.isTTY === true;
const results: DatasetResult[] = [];
const started = performance.now();
for (const name of datasets) {
  const records = (await readJsonlDataset(join(v['data-dir'], `${name}-dev.jsonl`))).slice(0, limit);
  const systems: System[] = [leadSystem, randomSystem(), ...vecsum, ...peers.systems];
  const result = await evaluateSystems(records, standardSetting(name), systems, {
    resamples,
    // Every system against LEAD, RANDOM and vecsum's first configuration (the default).
    baselines: ['LEAD', 'RANDOM', ...vecsum.slice(0, 1).map((s) => s.name)],
    onProgress: (p) => {
      if (tty) process.stderr.write(`\r${p.dataset} ${p.system.padEnd(34)} ${p.done}/${p.total}   `);
    },
  });
  if (tty) process.stderr.write('\n');
  results.push(result);
}
const seconds = (performance.now() - started) / 1000;

const json = (perItem: boolean): string =>
  `${JSON.stringify({ versions: Object.fromEntries(peers.versions), unavailable: peers.unavailable, seconds, results: resultsJson(results, { perItem }) })}\n`;
if (v['json-out'] !== undefined) writeFileSync(v['json-out'], json(true));
if (v.format === 'json') {
  process.stdout.write(json(false));
} else {
  const versions = [...new Set(peers.versions.values())].join(', ');
  const missing = peers.unavailable.map((u) => `- ${u.name}: not loaded (${u.reason})`).join('\n');
  process.stdout.write(`Peers: ${versions}. Node ${process.version}. ${seconds.toFixed(0)} s in all.\n${missing === '' ? '' : `\n${missing}\n`}\n`);
  process.stdout.write(results.map((r) => markdownTable(r)).join('\n'));
}
