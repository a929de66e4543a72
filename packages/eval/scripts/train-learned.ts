/**
 * Trains the `learned` selector on the six dev sets and writes
 * packages/summarizer/src/learned/shipped-model.ts.
 *
 * Labels: membership of each sentence in the greedy ROUGE-2 oracle extract under the dataset's
 * standard budget. Features: FEATURE_NAMES (position, length, cosine, PacSum centralities, word
 * frequency, document descriptors). Every dataset weighs the same in training. Quality is
 * measured by 5-fold cross-validation across records within each dataset: every record is
 * summarized by a model that never saw it. Prints the CV table (each dataset's standard metrics)
 * next to `near` with the 0.1 position prior (what `auto` runs on several documents) and LEAD.
 *
 *   pnpm --filter @vecsum/eval train-learned [--kind trees|linear] [--no-blocking] [--no-adjust] [--dry-run]
 *     [--trees 80 --depth 2 --learning-rate 0.1 --min-child 0.005] [--loss logistic|pairwise]
 *     [--label oracle|soft|mix] [--folds 5] [--repeats 1] [--datasets duc2004,cnndm,...]
 *
 * The sentence-budget corrections are chosen per budget size (one sentence; two or more), each on
 * the dev sets whose standard budget is of that size. `--repeats R` also runs the whole cross-
 * validation (corrections included) on R - 1 more fold splits, records dealt afresh, and prints
 * each dataset's mean and spread over the splits: how to tell a change from one split's luck.
 * With `--repeats R` the shipped corrections are the ones with the best figures averaged over
 * the R splits (each split's own choice is printed, and used for its repeated-CV figure).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { adjustmentFor, summarize, NO_ADJUSTMENT, type LearnedModel, type LengthBudgetAdjustment, type SelectionAdjustment, type SizedAdjustment } from '@vecsum/summarizer';
import {
  columnsOf,
  crossValidate,
  DATASET_NAMES,
  fitLearned,
  learnedExamples,
  pairedBootstrapTest,
  readDevSets,
  refold,
  resolveStandardBudget,
  scoreSummary,
  SHIPPED_TREES,
  standardSetting,
  type DatasetName,
  type LearnedExample,
  type LearnedFitOptions,
  type LearnedLabel,
} from '@vecsum/eval';

const { values: args } = parseArgs({
  options: {
    kind: { type: 'string', default: 'trees' },
    'no-blocking': { type: 'boolean', default: false },
    'no-adjust': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    trees: { type: 'string', default: String(SHIPPED_TREES.trees) },
    depth: { type: 'string', default: String(SHIPPED_TREES.depth) },
    'learning-rate': { type: 'string', default: String(SHIPPED_TREES.learningRate) },
    'min-child': { type: 'string', default: String(SHIPPED_TREES.minChild) },
    datasets: { type: 'string', default: DATASET_NAMES.join(',') },
    label: { type: 'string', default: 'oracle' },
    loss: { type: 'string', default: 'logistic' },
    folds: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '1' },
  },
});
const kind = args.kind === 'linear' ? 'linear' : 'trees';
const blocking = args['no-blocking'] ? false : ('auto' as const);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache') }), { function: 'arora' });
const NAMES = (args.datasets as string).split(',') as DatasetName[];
const fitOptions: LearnedFitOptions = {
  kind,
  trees: { trees: Number(args.trees), depth: Number(args.depth), learningRate: Number(args['learning-rate']), minChild: Number(args['min-child']), loss: args.loss === 'pairwise' ? 'pairwise' : 'logistic' },
  selection: NO_ADJUSTMENT,
  lengthBudget: { frequencyBonus: 0 },
};

const t0 = performance.now();
const items: LearnedExample[] = await learnedExamples(await readDevSets(join(root, '..', 'shared', 'data'), NAMES), embedder, { label: args.label as LearnedLabel, folds: Number(args.folds) });
console.error(`features and labels for ${items.length} records: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The budget corrections (learned/selection.ts) are chosen on the same folds: every pair of the
// grid is scored on the sentence-budget sets (each record by a model that never saw it), and for
// each budget size group (one sentence; two or more) the pair with the best mean first metric
// over the group's sets (each set weighing the same) is kept.
const LENGTH_PENALTIES = args['no-adjust'] ? [0] : [0, 0.25, 0.5, 0.75, 1];
const LEAD_BONUSES = args['no-adjust'] ? [0] : [0, 0.5, 1, 1.5, 2];
const sentenceSets = NAMES.filter((name) => 'sentences' in standardSetting(name).budget);
const budgetOf = (name: string): number => (standardSetting(name).budget as { sentences: number }).sentences;
/** Budget size groups, by the smallest budget they cover: one sentence, and two or more. */
const GROUPS = [1, 2] as const;
const groupOf = (name: string): number => (budgetOf(name) >= 2 ? 2 : 1);
const firstMetric = (name: string): string => columnsOf(standardSetting(name))[0] as string;
const meanOf = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);

/** The word-budget single-document sets (where `auto` runs the model under a word budget). */
const wordSets = NAMES.filter((name) => !('sentences' in standardSetting(name).budget) && name !== 'duc2004');
const FREQUENCY_BONUSES = args['no-adjust'] ? [0] : [0, 1, 2, 4, 8];

/** First metric of every record of `name`, each summarized by its fold's model with these corrections. */
async function firstMetricPerRecord(examples: readonly LearnedExample[], models: readonly LearnedModel[], name: string, selection: SelectionAdjustment, lengthBudget: LengthBudgetAdjustment = { frequencyBonus: 0 }): Promise<number[]> {
  const setting = standardSetting(name);
  const out: number[] = [];
  for (const it of examples.filter((x) => x.dataset === name)) {
    const learnedModel = { ...(models[it.fold] as LearnedModel), selection, lengthBudget };
    const s = await summarize({ documents: it.record.documents }, embedder, { budget: resolveStandardBudget(setting, it.record), truncate: true, selector: 'learned', learnedModel, trigramBlocking: blocking });
    out.push((scoreSummary(s.text, it.record, setting) as Record<string, number>)[firstMetric(name)] as number);
  }
  return out;
}

interface CvRun {
  readonly models: readonly LearnedModel[];
  readonly grid: readonly { selection: SelectionAdjustment; perRecord: number[][] }[];
  readonly selection: SizedAdjustment[];
  /** Per sentence-budget set: the nested estimate (pairs chosen without the scored fold). */
  readonly nested: number[];
  /** Per dataset: the mean first metric of the CV summaries with the chosen corrections. */
  readonly learned: Map<string, number>;
  /** The word-budget correction: per bonus, each word-budget set's per-record scores; the choice; nested estimates. */
  readonly frequencyGrid: readonly { bonus: number; perRecord: number[][] }[];
  readonly lengthBudget: LengthBudgetAdjustment;
  readonly frequencyNested: number[];
}

/** Fold models, the correction grid and choice, and each dataset's CV figure, on one fold split. */
async function cvRun(examples: readonly LearnedExample[]): Promise<CvRun> {
  const { models } = crossValidate(examples, fitOptions);
  const grid: { selection: SelectionAdjustment; perRecord: number[][] }[] = [];
  for (const lengthPenalty of LENGTH_PENALTIES) {
    for (const leadBonus of LEAD_BONUSES) {
      const candidate = { lengthPenalty, leadBonus };
      const perRecord: number[][] = [];
      for (const name of sentenceSets) perRecord.push(await firstMetricPerRecord(examples, models, name, candidate));
      grid.push({ selection: candidate, perRecord });
    }
  }
  /**
   * The grid entry with the best mean (over the group's sets) of the mean first metric over the
   * records `use` keeps; no correction for a group without sets.
   */
  const bestOf = (group: number, use: (name: string, k: number) => boolean): SelectionAdjustment => {
    const sets = sentenceSets.map((name, d) => ({ name, d })).filter(({ name }) => groupOf(name) === group);
    if (sets.length === 0) return NO_ADJUSTMENT;
    let top = (grid[0] as (typeof grid)[number]).selection;
    let best = Number.NEGATIVE_INFINITY;
    for (const g of grid) {
      const value = meanOf(sets.map(({ name, d }) => meanOf((g.perRecord[d] as number[]).filter((_, k) => use(name, k)))));
      if (value > best + 1e-9) {
        best = value;
        top = g.selection;
      }
    }
    return top;
  };
  const foldOf = (name: string, k: number): number => (examples.filter((it) => it.dataset === name)[k] as LearnedExample).fold;
  const selection: SizedAdjustment[] = GROUPS.map((fromSentences) => ({ fromSentences, ...bestOf(fromSentences, () => true) }));
  const scoreOf = (pair: SelectionAdjustment, d: number, k: number): number =>
    ((grid.find((g) => g.selection.lengthPenalty === pair.lengthPenalty && g.selection.leadBonus === pair.leadBonus) as (typeof grid)[number]).perRecord[d] as number[])[k] as number;
  // Nested estimate: for each fold, the pair chosen without that fold's records, scored on them.
  const nested = sentenceSets.map((name, d) => {
    const scores = (grid[0] as (typeof grid)[number]).perRecord[d] as number[];
    return meanOf(scores.map((_, k) => scoreOf(bestOf(groupOf(name), (n, j) => foldOf(n, j) !== foldOf(name, k)), d, k)));
  });
  // The word-budget correction, chosen the same way on the word-budget sets.
  const frequencyGrid: { bonus: number; perRecord: number[][] }[] = [];
  for (const bonus of FREQUENCY_BONUSES) {
    const perRecord: number[][] = [];
    for (const name of wordSets) perRecord.push(await firstMetricPerRecord(examples, models, name, NO_ADJUSTMENT, { frequencyBonus: bonus }));
    frequencyGrid.push({ bonus, perRecord });
  }
  const bestBonus = (use: (name: string, k: number) => boolean): number => {
    let top = 0;
    let best = Number.NEGATIVE_INFINITY;
    for (const g of frequencyGrid) {
      const value = meanOf(wordSets.map((name, d) => meanOf((g.perRecord[d] as number[]).filter((_, k) => use(name, k)))));
      if (value > best + 1e-9) {
        best = value;
        top = g.bonus;
      }
    }
    return top;
  };
  const lengthBudget = { frequencyBonus: wordSets.length === 0 ? 0 : bestBonus(() => true) };
  const bonusScore = (bonus: number, d: number, k: number): number => ((frequencyGrid.find((g) => g.bonus === bonus) as (typeof frequencyGrid)[number]).perRecord[d] as number[])[k] as number;
  const frequencyNested = wordSets.map((name, d) => {
    const scores = (frequencyGrid[0] as (typeof frequencyGrid)[number]).perRecord[d] as number[];
    return meanOf(scores.map((_, k) => bonusScore(bestBonus((n, j) => foldOf(n, j) !== foldOf(name, k)), d, k)));
  });
  const learned = new Map<string, number>();
  for (const name of NAMES) {
    const d = sentenceSets.indexOf(name);
    const w = wordSets.indexOf(name);
    const scores =
      d >= 0
        ? ((grid[0] as (typeof grid)[number]).perRecord[d] as number[]).map((_, k) => scoreOf(adjustmentFor(selection, budgetOf(name)), d, k))
        : w >= 0
          ? ((frequencyGrid[0] as (typeof frequencyGrid)[number]).perRecord[w] as number[]).map((_, k) => bonusScore(lengthBudget.frequencyBonus, w, k))
          : await firstMetricPerRecord(examples, models, name, NO_ADJUSTMENT); // DUC 2004: the model alone (auto runs near there)
    learned.set(name, meanOf(scores));
  }
  return { models, grid, selection, nested, learned, frequencyGrid, lengthBudget, frequencyNested };
}

const t1 = performance.now();
const main = await cvRun(items);
const { models } = main;
let { selection, lengthBudget } = main;
console.error(`${models.length} fold models (${kind}) and ${LENGTH_PENALTIES.length * LEAD_BONUSES.length} correction pairs: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
if (main.grid.length > 1) {
  const gridRows = [`| length penalty | lead bonus | ${sentenceSets.map((n) => `${n} ${firstMetric(n)} (${budgetOf(n)} sent.)`).join(' | ')} |`, `|---:|---:|${sentenceSets.map(() => '---:|').join('')}`];
  for (const g of main.grid) gridRows.push(`| ${g.selection.lengthPenalty} | ${g.selection.leadBonus} | ${g.perRecord.map((r) => meanOf(r).toFixed(2)).join(' | ')} |`);
  console.log(gridRows.join('\n'));
  const describe = (a: SizedAdjustment): string => `${a.fromSentences === 1 ? 'one sentence' : `${a.fromSentences}+ sentences`}: length penalty ${a.lengthPenalty}, lead bonus ${a.leadBonus}`;
  console.log(`\nchosen on all folds: ${selection.map(describe).join('; ')}`);
  console.log(`nested CV (pairs chosen without the scored fold): ${sentenceSets.map((n, d) => `${n} ${(main.nested[d] as number).toFixed(2)}`).join(', ')}\n`);
}
if (main.frequencyGrid.length > 1) {
  const rows = [`| frequency bonus | ${wordSets.map((n) => `${n} ${firstMetric(n)}`).join(' | ')} |`, `|---:|${wordSets.map(() => '---:|').join('')}`];
  for (const g of main.frequencyGrid) rows.push(`| ${g.bonus} | ${g.perRecord.map((r) => meanOf(r).toFixed(2)).join(' | ')} |`);
  console.log(rows.join('\n'));
  console.log(`\nword budgets, chosen on all folds: frequency bonus ${lengthBudget.frequencyBonus}`);
  console.log(`nested CV (bonus chosen without the scored fold): ${wordSets.map((n, d) => `${n} ${(main.frequencyNested[d] as number).toFixed(2)}`).join(', ')}\n`);
}

// Repeated CV: the same training on other fold splits (records dealt afresh, corrections
// re-chosen each time), to tell a change from the luck of one split.
const repeats = Number(args.repeats);
if (repeats > 1) {
  const splits: CvRun[] = [main];
  for (let r = 1; r < repeats; r++) splits.push(await cvRun(refold(items, Number(args.folds), r)));
  const runs = splits.map((run) => run.learned);
  const rows = NAMES.map((name) => {
    const v = runs.map((m) => m.get(name) as number);
    const mean = meanOf(v);
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, v.length - 1));
    return `| ${name} | ${firstMetric(name)} | ${mean.toFixed(2)} | ${sd.toFixed(2)} | ${Math.min(...v).toFixed(2)} - ${Math.max(...v).toFixed(2)} | ${v.map((x) => x.toFixed(2)).join(' ')} |`;
  });
  console.log(`repeated cross-validation, ${repeats} splits of ${args.folds} folds (split 0: record k in fold k mod ${args.folds}; the others shuffled, seeds 1-${repeats - 1}; corrections chosen on each split):\n`);
  console.log(['| dataset | metric | mean | sd | range | each split |', '|---|---|---:|---:|---:|---|', ...rows].join('\n'));
  console.log(`\nmean over datasets: ${meanOf(NAMES.map((name) => meanOf(runs.map((m) => m.get(name) as number)))).toFixed(2)}\n`);
  // The shipped corrections are chosen on all splits at once: each candidate's figure is its
  // mean over the splits, so one split's luck does not decide them.
  const pooled = choosePooled(splits);
  selection = pooled.selection;
  lengthBudget = pooled.lengthBudget;
  console.log(pooled.table);
}

/** Corrections with the best figures averaged over the splits (each budget size group; the word-budget bonus). */
function choosePooled(splits: readonly CvRun[]): { selection: SizedAdjustment[]; lengthBudget: LengthBudgetAdjustment; table: string } {
  const averaged = (values: (run: CvRun) => number): number => meanOf(splits.map(values));
  const lines: string[] = [`corrections chosen on all ${splits.length} splits (figure: mean over the splits of the mean first metric over the group's sets):\n`];
  const selection: SizedAdjustment[] = GROUPS.map((fromSentences) => {
    const sets = sentenceSets.map((name, d) => ({ name, d })).filter(({ name }) => groupOf(name) === fromSentences);
    if (sets.length === 0) return { fromSentences, ...NO_ADJUSTMENT };
    const scored = main.grid.map((g, i) => ({ pair: g.selection, value: averaged((run) => meanOf(sets.map(({ d }) => meanOf((run.grid[i] as CvRun['grid'][number]).perRecord[d] as number[])))) }));
    const best = scored.reduce((a, b) => (b.value > a.value + 1e-9 ? b : a));
    lines.push(`- ${fromSentences === 1 ? 'one sentence' : `${fromSentences}+ sentences`} (${sets.map(({ name }) => name).join(', ')}): length penalty ${best.pair.lengthPenalty}, lead bonus ${best.pair.leadBonus} (${best.value.toFixed(2)}; none: ${(scored[0] as { value: number }).value.toFixed(2)})`);
    return { fromSentences, ...best.pair };
  });
  let frequencyBonus = 0;
  if (wordSets.length > 0) {
    const scored = main.frequencyGrid.map((g, i) => ({ bonus: g.bonus, value: averaged((run) => meanOf((run.frequencyGrid[i] as CvRun['frequencyGrid'][number]).perRecord.map(meanOf))) }));
    const best = scored.reduce((a, b) => (b.value > a.value + 1e-9 ? b : a));
    frequencyBonus = best.bonus;
    lines.push(`- word budgets (${wordSets.join(', ')}): frequency bonus ${scored.map((x) => `${x.bonus}: ${x.value.toFixed(2)}`).join(', ')}; chosen ${best.bonus}`);
  }
  return { selection, lengthBudget: { frequencyBonus }, table: `${lines.join('\n')}\n` };
}

// One-sentence summaries of every single-document set (scored against its own references): the
// learned model (CV) without a correction and with the two-or-more pair, `near` with and
// without the position prior, and LexRank. This is what `auto` runs on under a one-sentence budget.
const severalPair = adjustmentFor(selection, 2);
const oneSentenceRows: string[] = [];
for (const name of NAMES.filter((n) => n !== 'duc2004')) {
  const setting = standardSetting(name);
  const sums = [0, 0, 0, 0, 0];
  const own = items.filter((it) => it.dataset === name);
  for (const it of own) {
    const runs = [
      { selector: 'learned' as const, learnedModel: { ...(models[it.fold] as LearnedModel), selection: NO_ADJUSTMENT }, trigramBlocking: blocking },
      { selector: 'learned' as const, learnedModel: { ...(models[it.fold] as LearnedModel), selection: severalPair }, trigramBlocking: blocking },
      { selector: 'near' as const },
      { selector: 'near' as const, positionWeight: 0.1 },
      { selector: 'lexrank' as const },
    ];
    for (const [k, options] of runs.entries()) {
      const s = await summarize({ documents: it.record.documents }, embedder, { budget: { sentences: 1 }, ...options });
      sums[k] = (sums[k] as number) + ((scoreSummary(s.text, it.record, setting) as Record<string, number>)[firstMetric(name)] as number);
    }
  }
  oneSentenceRows.push(`| ${name} | ${firstMetric(name)} | ${sums.map((v) => (v / own.length).toFixed(2)).join(' | ')} |`);
}
if (oneSentenceRows.length > 0) {
  console.log(`one-sentence summaries (learned: CV models):\n`);
  console.log(
    [
      `| dataset | metric | learned, no correction | learned, length penalty ${severalPair.lengthPenalty} and lead bonus ${severalPair.leadBonus} | near | near + 0.1 position prior | lexrank |`,
      '|---|---|---:|---:|---:|---:|---:|',
      ...oneSentenceRows,
    ].join('\n'),
  );
  console.log('');
}

const header = [
  '| dataset | metrics | learned (5-fold CV) | near + 0.1 position prior | lead (vecsum) | learned - lead, first metric [95% CI] |',
  '|---|---|---:|---:|---:|---:|',
];
const table = [...header];
for (const name of NAMES) {
  const setting = standardSetting(name);
  const metrics = columnsOf(setting).slice(0, 2);
  const own = items.filter((it) => it.dataset === name);
  const sums: Record<string, number[]> = { learned: [0, 0], near: [0, 0], lead: [0, 0] };
  const firsts: Record<string, number[]> = { learned: [], lead: [] };
  for (const it of own) {
    const budget = resolveStandardBudget(setting, it.record);
    const truncate = true; // word budgets filled exactly, as in the grid and the peers table
    for (const [key, options] of [
      ['learned', { selector: 'learned' as const, learnedModel: { ...(models[it.fold] as LearnedModel), selection, lengthBudget }, trigramBlocking: blocking }],
      ['near', { selector: 'near' as const, positionWeight: 0.1 }],
      ['lead', { selector: 'lead' as const }],
    ] as const) {
      const s = await summarize({ documents: it.record.documents }, embedder, { budget, truncate, ...options });
      const scores = scoreSummary(s.text, it.record, setting) as Record<string, number>;
      metrics.forEach((m, k) => ((sums[key] as number[])[k] = ((sums[key] as number[])[k] as number) + (scores[m] as number)));
      firsts[key]?.push(scores[metrics[0] as string] as number);
    }
  }
  const cell = (key: string): string => (sums[key] as number[]).map((v) => (v / own.length).toFixed(2)).join(' / ');
  const d = pairedBootstrapTest(firsts['learned'] as number[], firsts['lead'] as number[], { seed: 1 });
  const diff = `${d.meanDifference >= 0 ? '+' : ''}${d.meanDifference.toFixed(2)} [${d.lower.toFixed(2)}, ${d.upper.toFixed(2)}]`;
  table.push(`| ${name} | ${metrics.join(' / ')} | ${cell('learned')} | ${cell('near')} | ${cell('lead')} | ${diff} |`);
}
console.log(table.join('\n'));

if (!args['dry-run']) {
  const final = fitLearned(items, { ...fitOptions, selection, lengthBudget, trainedOn: `${args.label} labels on ${items.length} dev records (${NAMES.join(', ')}), each dataset weighted equally` });
  const out = fileURLToPath(new URL('../../summarizer/src/learned/shipped-model.ts', import.meta.url));
  writeFileSync(
    out,
    `import type { LearnedModel } from './model.js';

/**
 * The shipped learned sentence model (${kind === 'trees' ? `${Number(args.trees)} gradient-boosted trees of depth ${Number(args.depth)}` : 'logistic regression'}),
 * trained on oracle-extract membership over all dev records, each dataset weighted equally.
 * Generated by packages/eval/scripts/train-learned.ts; do not edit by hand. Cross-validated
 * quality: docs/results.md.
 */
export const LEARNED_MODEL: LearnedModel = ${JSON.stringify(final, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v))};
`,
  );
  console.error(`wrote ${out}`);
}
