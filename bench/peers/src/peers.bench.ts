/**
 * `pnpm --filter @vecsum/bench-peers bench`: vecsum and the npm summarizers through the same
 * harness (@vecsum/eval), quality and ms/item in one table per dataset. A peer that fails
 * to load or throws is reported, not hidden.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { evaluateSystems, leadSystem, markdownTable, randomSystem, readJsonlDataset, standardSetting, vecsumSystem, type System } from '@vecsum/eval';
import { PEERS } from './peers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache') }), { function: 'arora' });
const limit = Number(process.env['PEERS_LIMIT'] ?? 1000);
for (const name of (process.env['PEERS_DATASETS'] ?? 'duc2004,cnndm,bbc').split(',')) {
  const records = (await readJsonlDataset(join(root, '..', 'shared', 'data', `${name}-dev.jsonl`))).slice(0, limit);
  const setting = standardSetting(name);
  const working: System[] = [];
  for (const peer of PEERS) {
    try {
      await peer.summarize(records[0] as (typeof records)[number], { sentences: 3 });
      working.push(peer);
    } catch (e) {
      console.log(`${peer.name}: fails on ${name} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
  }
  const safe = working.map((p): System => ({ name: p.name, summarize: (r, b) => p.summarize(r, b).catch(() => '') }));
  const systems: System[] = [leadSystem, randomSystem(), vecsumSystem('vecsum auto', embedder, { selector: 'auto', truncate: name === 'duc2004' }), vecsumSystem('vecsum lexrank', embedder, { selector: 'lexrank', truncate: name === 'duc2004' }), ...safe];
  console.log(markdownTable(await evaluateSystems(records, setting, systems, { resamples: 500 })));
}
