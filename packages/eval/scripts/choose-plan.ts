/**
 * The protocol that chooses every constant of `auto` (score/plan.ts), by nested cross-validation:
 *
 *   pnpm --filter @vecsum/eval choose-plan [--write] [--json-out FILE] [--data-dir DIR] [--folds 5] [--trial NAME]
 *
 * `--trial NAME` (repeatable) adds the options of a trial kept in PLAN_TRIALS (compared, not
 * adopted) to their groups, to run that comparison again; it cannot be combined with `--write`.
 *
 * Data: ../shared/data/*-dev.jsonl (six sets) and cnndm-train.jsonl (always on the choosing
 * side). Every (record, budget kind) of the robustness matrix is an instance. Each option of
 * PLAN_OPTIONS (plus any --trial) is scored on every instance once; then, for each outer fold of the dev records,
 * every constant is chosen on train + the other folds and the fold is summarized with that
 * choice (the nested-CV figures). A choice is judged first by its shortfall against the best of
 * LEAD, near and lexrank in each cell, then by its mean (chooseConstants). The shipped choice is made the same way on all of it;
 * `--write` stores it with its manifest in packages/summarizer/src/score/auto-plan.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { mean } from '@vecsum/embeddings/math';
import {
  chooseConstants,
  configurationsOf,
  DATASET_NAMES,
  instancesOf,
  MATRIX_BUDGETS,
  MATRIX_BUDGET_LABEL,
  nestedCrossValidation,
  readJsonlDataset,
  scoreOptions,
  type ProtocolData,
  withTrials,
} from '../src/index.js';

const { values: v } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: resolve(import.meta.dirname, '../../../../shared/data') },
    folds: { type: 'string', default: '5' },
    write: { type: 'boolean', default: false },
    'json-out': { type: 'string' },
    trial: { type: 'string', multiple: true, default: [] },
  },
});
const trials = v.trial as string[];
if (trials.length > 0 && v.write === true) {
  process.stderr.write('choose-plan: --trial compares options the protocol does not hold; it cannot --write the shipped constants\n');
  process.exit(2);
}
const groups = withTrials(trials);
const compared = configurationsOf(groups);
const dir = v['data-dir'] as string;
if (!existsSync(join(dir, 'cnndm-dev.jsonl'))) {
  process.stderr.write(`choose-plan: no dev data in ${dir} (the research data lives in ../shared/data next to the repository)\n`);
  process.exit(2);
}
const folds = Number(v.folds);
const files = [...DATASET_NAMES.map((d) => `${d}-dev.jsonl`), 'cnndm-train.jsonl'];
const data: ProtocolData[] = [];
for (const d of DATASET_NAMES) data.push({ dataset: d, split: 'dev', records: await readJsonlDataset(join(dir, `${d}-dev.jsonl`)) });
data.push({ dataset: 'cnndm', split: 'train', records: await readJsonlDataset(join(dir, 'cnndm-train.jsonl')) });
const instances = instancesOf(data, folds);
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });

const t0 = performance.now();
const scores = await scoreOptions(instances, embedder, (done, total) => process.stderr.write(`\roptions scored: ${done}/${total}`), groups);
process.stderr.write('\n');
const nested = await nestedCrossValidation(instances, embedder, scores, folds, groups);
const final = chooseConstants(instances, scores, () => true, groups);
const seconds = (performance.now() - t0) / 1000;

const cv: Record<string, Record<string, number>> = {};
for (const d of DATASET_NAMES) {
  cv[d] = {};
  for (const k of MATRIX_BUDGETS) {
    const xs = instances.flatMap((x, i) => (x.split === 'dev' && x.dataset === d && x.kind === k ? [nested.outer[i]!] : []));
    (cv[d] as Record<string, number>)[k] = Math.round(mean(xs) * 100) / 100;
  }
}

const out: string[] = [];
out.push(
  `Configurations compared: ${compared}${trials.length > 0 ? ` (trial: ${trials.join(', ')})` : ''} (${Object.entries(groups)
    .map(([g, o]) => `${g}: ${o.length}`)
    .join(', ')}), on ${instances.length} instances (${data.reduce((n, d) => n + d.records.length, 0)} records x` +
    ` ${MATRIX_BUDGETS.length} budget kinds); ${folds} outer folds; ${seconds.toFixed(0)} s.`,
);
out.push(
  '',
  `| outer fold | ${Object.keys(groups).join(' | ')} |`,
  `|---|${Object.keys(groups)
    .map(() => '---')
    .join('|')}|`,
);
for (const f of nested.folds)
  out.push(
    `| ${f.fold} | ${Object.keys(groups)
      .map((g) => f.chosen[g])
      .join(' | ')} |`,
  );
out.push(
  `| shipped (all) | ${Object.keys(groups)
    .map((g) => final.chosen[g])
    .join(' | ')} |`,
);
out.push(
  '',
  `| dataset (nested CV, R-1; DUC recall, else F1) | ${MATRIX_BUDGETS.map((k) => MATRIX_BUDGET_LABEL[k]).join(' | ')} |`,
  `|---|${MATRIX_BUDGETS.map(() => '---:').join('|')}|`,
);
for (const d of DATASET_NAMES) out.push(`| ${d} | ${MATRIX_BUDGETS.map((k) => cv[d]![k]?.toFixed(2)).join(' | ')} |`);
process.stdout.write(`${out.join('\n')}\n`);

if (v['json-out'] !== undefined) {
  const perInstance = instances.flatMap((x, i) =>
    x.split === 'dev' ? [{ dataset: x.dataset, id: x.record.id, kind: x.kind, score: nested.outer[i], summary: nested.summaries[i] }] : [],
  );
  writeFileSync(
    v['json-out'],
    JSON.stringify({ configurationsCompared: compared, trials, folds: nested.folds.map((f) => ({ fold: f.fold, chosen: f.chosen })), perInstance }),
  );
}
if (v.write) {
  const hash = (f: string): string =>
    createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex');
  const asset = {
    manifest: {
      command: 'pnpm --filter @vecsum/eval choose-plan --write',
      data: Object.fromEntries(files.map((f) => [f, `sha256:${hash(f)}`])),
      configurationsCompared: compared,
      chosen: final.chosen,
      nestedCv: { folds, note: 'mean R-1 of the outer folds per dataset and budget kind (DUC 2004 recall, else F1), dev records only', figures: cv },
    },
    constants: final.constants,
  };
  const path = resolve(import.meta.dirname, '../../summarizer/src/score/auto-plan.json');
  writeFileSync(path, `${JSON.stringify(asset, null, 2)}\n`);
  process.stderr.write(`wrote ${path}\n`);
}
