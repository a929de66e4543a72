/**
 * The robustness matrix (docs/results.md): every dev set under every budget kind (the
 * reference's sentences, 3 sentences, the reference's words, ratio 0.2), `auto` against LEAD,
 * vecsum's `near` and `lexrank` and the npm peers, with the no-loss rule per cell.
 *
 *   pnpm --filter @vecsum/eval choose-plan --json-out /tmp/nested.json   # auto, nested CV
 *   pnpm --filter @vecsum/bench-peers run matrix --nested /tmp/nested.json [--datasets ...] [--json-out FILE]
 *     [--reuse OLD.json]   (take every system but auto from an earlier run's --json-out)
 *
 * Without --nested, `auto` runs with the shipped constants (chosen on these same records).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { mean } from '@vecsum/embeddings/math';
import {
  cellVerdict,
  computeMatrix,
  leadSystem,
  MATRIX_BUDGET_LABEL,
  MATRIX_BUDGETS,
  matrixBudget,
  readJsonlDataset,
  vecsumSystem,
  DATASET_NAMES,
  type DatasetName,
  type MatrixCell,
  type MatrixSystem,
} from '@vecsum/eval';
import { cacheDirOf, COMMON_OPTIONS, list, listOf } from './options.js';
import { loadPeers } from './peers.js';

const { values: v } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    nested: { type: 'string' },
    reuse: { type: 'string' },
    'json-out': { type: 'string' },
  },
});
const cacheDir = cacheDirOf();
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir }), { function: 'arora' });

const datasetOf = new Map<string, DatasetName>();
let auto: MatrixSystem = vecsumSystem('auto', embedder, { truncate: true });
if (v.nested !== undefined) {
  const nested = JSON.parse(readFileSync(v.nested, 'utf8')) as { perInstance: { dataset: string; id: string; kind: string; summary: string }[] };
  const byKey = new Map(nested.perInstance.map((x) => [`${x.id}\u0000${x.kind}`, x.summary]));
  auto = {
    name: 'auto',
    async summarize(record, budget) {
      const kind = MATRIX_BUDGETS.find((k) => JSON.stringify(matrixBudget(k, record, datasetOf.get(record.id)!)) === JSON.stringify(budget));
      const s = kind === undefined ? undefined : byKey.get(`${record.id}\u0000${kind}`);
      if (s === undefined) throw new Error(`no nested-CV summary for ${record.id}`);
      return s;
    },
  };
}

const peers = loadPeers({ only: list(v.peers) });
const reused = v.reuse === undefined ? undefined : (JSON.parse(readFileSync(v.reuse, 'utf8')) as MatrixCell[]);
const systems: MatrixSystem[] =
  reused !== undefined
    ? [auto]
    : [
        auto,
        leadSystem,
        vecsumSystem('near', embedder, { selector: 'near', truncate: true }),
        vecsumSystem('lexrank', embedder, { selector: 'lexrank', truncate: true }),
        ...peers.systems,
      ];
const data = [];
for (const d of listOf(v.datasets, DATASET_NAMES, 'dataset')) {
  const records = await readJsonlDataset(join(v['data-dir'], `${d}-dev.jsonl`));
  for (const r of records) datasetOf.set(r.id, d);
  data.push({ dataset: d, records });
}
const started = performance.now();
const computed = await computeMatrix(data, systems, (c) => process.stderr.write(`${c.dataset} ${c.kind} done\n`));
const cells: MatrixCell[] =
  reused === undefined
    ? computed
    : computed.map((c) => {
        const old = reused.find((o) => o.dataset === c.dataset && o.kind === c.kind);
        if (old === undefined || old.ids.join() !== c.ids.join()) throw new Error(`--reuse has no matching cell for ${c.dataset}/${c.kind}`);
        return { ...c, scores: { ...old.scores, auto: scoresOf(c, 'auto') } };
      });
const seconds = (performance.now() - started) / 1000;

/** A system's per-record scores in a cell; a name the cell lacks is a bug in this script. */
function scoresOf(c: MatrixCell, system: string): readonly number[] {
  const s = c.scores[system];
  if (s === undefined) throw new Error(`cell ${c.dataset}/${c.kind} has no scores for ${system}`);
  return s;
}

const peerNames = Object.keys(cells[0]?.scores ?? {}).filter((s) => !['auto', 'LEAD', 'near', 'lexrank', 'RANDOM'].includes(s));
const rows = cells.map((c: MatrixCell) => {
  const verdict = cellVerdict(c, 'auto');
  const bestPeer = peerNames.reduce((b, p) => (b === '' || mean(scoresOf(c, p)) > mean(scoresOf(c, b)) ? p : b), '');
  const peerMean = bestPeer === '' ? Number.NaN : mean(scoresOf(c, bestPeer));
  const aheadOfPeers = bestPeer === '' || verdict.systemMean > peerMean;
  return { c, verdict, bestPeer, peerMean, aheadOfPeers };
});
const out: string[] = [];
out.push(
  `auto: ${v.nested === undefined ? 'shipped constants (in-sample)' : 'nested cross-validation (each record summarized with constants chosen without it)'}.` +
    ` Peers: ${[...new Set(peers.versions.values())].join(', ')}. ${seconds.toFixed(0)} s.`,
  '',
);
out.push('| dataset | budget | auto | LEAD | near | lexrank | best npm peer | no loss to the best of LEAD/near/lexrank (p) | ahead of every peer |');
out.push('|---|---|---:|---:|---:|---:|---|---|---|');
for (const { c, verdict, bestPeer, peerMean, aheadOfPeers } of rows) {
  const m = (s: string): string => mean(scoresOf(c, s)).toFixed(2);
  out.push(
    `| ${c.dataset} | ${MATRIX_BUDGET_LABEL[c.kind]} | **${m('auto')}** | ${m('LEAD')} | ${m('near')} | ${m('lexrank')} |` +
      ` ${bestPeer === '' ? '-' : `${peerMean.toFixed(2)} (${bestPeer})`} | ${verdict.holds ? 'holds' : `**loses** to ${verdict.best}`} (p` +
      ` = ${verdict.p.toFixed(3)}) | ${aheadOfPeers ? 'yes' : '**no**'} |`,
  );
}
out.push(
  '',
  `No-loss rule holds in ${rows.filter((r) => r.verdict.holds).length} of ${rows.length} cells; ahead of every npm peer in` +
    ` ${rows.filter((r) => r.aheadOfPeers).length} of ${rows.length}.`,
);
process.stdout.write(`${out.join('\n')}\n`);
if (v['json-out'] !== undefined) writeFileSync(v['json-out'], JSON.stringify(cells));
