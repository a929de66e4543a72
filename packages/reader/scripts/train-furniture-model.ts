/**
 * Fits the learned furniture model (src/html/learned/) on the gold of the training page sets and
 * writes it with its manifest to src/html/learned/furniture-model.json.
 *
 *   npx tsx --conditions=source packages/reader/scripts/train-furniture-model.ts [--write] [--json-out FILE]
 *
 * Data: every page set of the extractor comparison labelled "(training)" (comparison-sets.ts); the
 * held-out sets are never read. A page's furniture and byline texts are the positive blocks, its
 * title, headings and body paragraphs the negative ones. The model is a logistic regression with an
 * L2 penalty over the block features of features.ts that occur on at least MIN_PAGES pages, the two
 * classes weighing the same.
 *
 * Choice: the threshold (THRESHOLDS, the only constant chosen) by grouped cross-validation over the
 * training sets (FOLDS folds of whole sets, so no platform's pages sit on both sides): each fold's
 * pages are read by the rules alone, then filtered by a model fitted without the fold, and scored as
 * the comparison scores them (token precision and recall of the article text, bylines and furniture
 * texts found, default 3-sentence summaries holding any), and the gold blocks of MIN_WORDS words or more
 * are scored one by one. The chosen threshold drops the most furniture blocks among those that drop at
 * most MAX_BODY_DROPPED % of the body blocks and lower the mean recall by at most MAX_RECALL_LOSS points.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { extractArticleWith } from '../src/html/article.js';
import { blockFeatures, blockWords, contentWords, countWords } from '../src/html/learned/features.js';
import { type FurnitureModel, furnitureProbability, readWithModel, without } from '../src/html/learned/model.js';
import { parseDocument } from '../src/html/parse-linkedom.js';
import { present, score, type TestPage } from '../src/test-support/page-kit.js';
import { SETS } from './comparison-sets.js';

const THRESHOLDS = [0.6, 0.7, 0.8, 0.9, 0.95] as const;
/** Candidate levels at which a kept line is doubtful (a summary does not pick it), tried at the chosen threshold. */
const DOUBTS = [0.5, 0.6, 0.7, 0.8] as const;
/** Most body blocks the model may make doubtful, in % of the cross-validated body blocks. */
const MAX_BODY_DOUBTFUL = 3;
const MIN_WORDS = 4;
const MIN_PAGES = 5;
const L2 = 1e-4;
/** Weights smaller than this are left out of the shipped model (they move a probability by under 1 %). */
const MIN_WEIGHT = 0.01;
const EPOCHS = 60;
const FOLDS = 5;
const MAX_RECALL_LOSS = 0.2;
/** Most body blocks the model may drop, in % of the cross-validated body blocks (one in 400). */
const MAX_BODY_DROPPED = 0.25;

interface Example {
  features: string[];
  label: 0 | 1;
}

/** A page's gold blocks with their features, each read against the gold article (less the block itself). */
function examplesOf(pages: readonly TestPage[]): Example[] {
  const out: Example[] = [];
  for (const p of pages) {
    const article = [p.title, ...p.headings, ...p.body];
    const counts = countWords(article.flatMap((t) => contentWords(blockWords(t))));
    const body = new Set(article.map((t) => t.trim()).filter((t) => t !== ''));
    for (const t of body) out.push({ features: blockFeatures(t, without(counts, contentWords(blockWords(t)))), label: 0 });
    for (const t of new Set([...p.furniture, ...p.bylines].map((s) => s.trim()))) {
      if (t === '' || body.has(t) || blockWords(t).length === 0) continue;
      out.push({ features: blockFeatures(t, counts), label: 1 });
    }
  }
  return out;
}

/** Features seen on at least MIN_PAGES pages. */
function vocabulary(pages: readonly TestPage[]): string[] {
  const pagesOf = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set(examplesOf([p]).flatMap((e) => e.features));
    for (const f of seen) pagesOf.set(f, (pagesOf.get(f) ?? 0) + 1);
  }
  return [...pagesOf]
    .filter(([, n]) => n >= MIN_PAGES)
    .map(([f]) => f)
    .sort();
}

/** Logistic regression, balanced classes, L2, full-batch Adam. */
function fit(pages: readonly TestPage[]): Pick<FurnitureModel, 'bias' | 'weights'> {
  const vocab = vocabulary(pages);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const data = examplesOf(pages).map((e) => ({ ids: e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), label: e.label }));
  const positives = data.filter((d) => d.label === 1).length;
  const weightOf = [data.length / (2 * (data.length - positives)), data.length / (2 * positives)];
  const d = vocab.length + 1; // the last is the bias
  const w = new Float64Array(d);
  const [m, v] = [new Float64Array(d), new Float64Array(d)];
  const [rate, b1, b2, eps] = [0.05, 0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(d);
    for (const x of data) {
      let z = w[d - 1]!;
      for (const i of x.ids) z += w[i]!;
      const g = (1 / (1 + Math.exp(-z)) - x.label) * weightOf[x.label]!;
      for (const i of x.ids) grad[i]! += g;
      grad[d - 1]! += g;
    }
    for (let i = 0; i < d; i++) {
      const gi = grad[i]! / data.length + (i === d - 1 ? 0 : L2 * w[i]!);
      m[i] = b1 * m[i]! + (1 - b1) * gi;
      v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
      w[i]! -= (rate * (m[i]! / (1 - b1 ** epoch))) / (Math.sqrt(v[i]! / (1 - b2 ** epoch)) + eps);
    }
  }
  const weights = new Map<string, number>();
  vocab.forEach((f, i) => {
    const x = Math.round(w[i]! * 1000) / 1000;
    if (Math.abs(x) >= MIN_WEIGHT) weights.set(f, x);
  });
  return { bias: Math.round(w[d - 1]! * 1000) / 1000, weights };
}

interface Figures {
  pages: number;
  precision: number;
  recall: number;
  bylines: number;
  furniture: number;
  summariesWithFurniture: number;
  linesDropped: number;
  /** Summaries that changed with the doubtful lines although they held no byline or furniture before. */
  cleanChanged: number;
}

const zero = (): Figures => ({ pages: 0, precision: 0, recall: 0, bylines: 0, furniture: 0, summariesWithFurniture: 0, linesDropped: 0, cleanChanged: 0 });
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });

async function measure(pages: readonly TestPage[], texts: readonly string[], model: FurnitureModel | null): Promise<Figures> {
  const f: Figures = zero();
  f.pages = pages.length;
  for (let i = 0; i < pages.length; i++) {
    const [page, raw] = [pages[i]!, texts[i]!];
    const { text, doubtful } = readWithModel(raw, model);
    f.linesDropped += raw.split('\n').filter((l) => l.trim() !== '').length - text.split('\n').filter((l) => l.trim() !== '').length;
    const s = score(page, text);
    f.precision += s.precision;
    f.recall += s.recall;
    f.bylines += s.bylinesLeaked;
    f.furniture += s.furniturePicked;
    if (text.trim() === '') continue;
    const furnished = (summary: string) => [...page.bylines, ...page.furniture].some(present(summary));
    const summary = (await summarize(text, embedder, { budget: { sentences: 3 }, doubtfulLines: doubtful })).text;
    if (furnished(summary)) f.summariesWithFurniture++;
    if (doubtful.length === 0) continue;
    const before = (await summarize(text, embedder, { budget: { sentences: 3 } })).text;
    if (before !== summary && !furnished(before)) f.cleanChanged++;
  }
  return f;
}

const add = (a: Figures, b: Figures): Figures => {
  const out = { ...a };
  for (const k of Object.keys(a) as (keyof Figures)[]) out[k] = a[k] + b[k];
  return out;
};
const show = (f: Figures): string =>
  `${((100 * f.precision) / f.pages).toFixed(1)} % / ${((100 * f.recall) / f.pages).toFixed(1)} %, ${f.bylines} bylines, ${f.furniture} furniture, ` +
  `${f.summariesWithFurniture} / ${f.pages} summaries with any, ${f.linesDropped} lines dropped` +
  (f.cleanChanged > 0 ? `, ${f.cleanChanged} clean summaries changed` : '');

const training = SETS.filter(([label]) => label.endsWith('(training)'));
const pages = training.flatMap(([, p]) => p);
const rawText = new Map<TestPage, string>();
for (const p of pages) rawText.set(p, extractArticleWith(p.html, parseDocument, null).text);

/** Block-level figures: the share of the fold's gold furniture and body blocks (of MIN_WORDS words or more) the model would drop. */
const blocks = THRESHOLDS.map(() => ({ furniture: 0, body: 0 }));
let [furnitureBlocks, bodyBlocks] = [0, 0];
/** Every cross-validated block's probability, by kind. */
const probabilities = { furniture: [] as number[], body: [] as number[] };
function blockLevel(foldPages: readonly TestPage[], model: FurnitureModel): void {
  for (const p of foldPages) {
    const counts = countWords([p.title, ...p.headings, ...p.body].flatMap((t) => contentWords(blockWords(t))));
    const body = new Set([...p.headings, ...p.body]);
    const furniture = new Set([...p.furniture, ...p.bylines].filter((t) => !body.has(t)));
    for (const [set, key] of [
      [body, 'body'],
      [furniture, 'furniture'],
    ] as const) {
      for (const t of set) {
        if (blockWords(t).length < MIN_WORDS) continue;
        if (key === 'body') bodyBlocks++;
        else furnitureBlocks++;
        const pr = furnitureProbability(model, t, key === 'body' ? without(counts, contentWords(blockWords(t))) : counts);
        probabilities[key].push(pr);
        THRESHOLDS.forEach((th, k) => {
          if (pr >= th) blocks[k]![key]++;
        });
      }
    }
  }
}

let rules = zero();
const withModel = THRESHOLDS.map(zero);
const folds: { inFold: TestPage[]; fitted: Pick<FurnitureModel, 'bias' | 'weights'> }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = training.filter((_, i) => i % FOLDS === fold).flatMap(([, p]) => p);
  const rest = training.filter((_, i) => i % FOLDS !== fold).flatMap(([, p]) => p);
  const fitted = fit(rest);
  folds.push({ inFold, fitted });
  const texts = inFold.map((p) => rawText.get(p)!);
  rules = add(rules, await measure(inFold, texts, null));
  blockLevel(inFold, { ...fitted, threshold: 0, minWords: MIN_WORDS });
  for (const [k, threshold] of THRESHOLDS.entries())
    withModel[k] = add(withModel[k]!, await measure(inFold, texts, { ...fitted, threshold, minWords: MIN_WORDS }));
  process.stderr.write(`fold ${fold + 1} / ${FOLDS}\n`);
}
const recallOf = (f: Figures) => (100 * f.recall) / f.pages;
const allowed = THRESHOLDS.map((t, k) => ({ t, f: withModel[k]!, b: blocks[k]! })).filter(
  ({ f, b }) => recallOf(rules) - recallOf(f) <= MAX_RECALL_LOSS && (100 * b.body) / bodyBlocks <= MAX_BODY_DROPPED,
);
const chosen = allowed.sort((a, b) => b.b.furniture - a.b.furniture)[0];

/*
 * The doubt level, at the chosen threshold: the fewest default summaries holding any byline or
 * furniture (out of fold), among the levels that make at most MAX_BODY_DOUBTFUL % of the
 * cross-validated body blocks doubtful; a tie goes to the higher level; none unless it has fewer
 * than the model without doubt.
 */
const doubtLines: string[] = [];
let doubt: number | undefined;
if (chosen !== undefined) {
  const share = (key: 'furniture' | 'body', d: number) => (100 * probabilities[key].filter((p) => p >= d && p < chosen.t).length) / probabilities[key].length;
  const noDoubt = chosen.f;
  let best = { level: undefined as number | undefined, furnished: noDoubt.summariesWithFurniture };
  for (const d of [...DOUBTS].reverse()) {
    let f = zero();
    for (const { inFold, fitted } of folds)
      f = add(
        f,
        await measure(
          inFold,
          inFold.map((p) => rawText.get(p)!),
          { ...fitted, threshold: chosen.t, doubt: d, minWords: MIN_WORDS },
        ),
      );
    const body = share('body', d);
    doubtLines.push(`doubtful from ${d}: ${share('furniture', d).toFixed(1)} % of furniture blocks, ${body.toFixed(2)} % of body blocks; ${show(f)}`);
    if (body <= MAX_BODY_DOUBTFUL && f.summariesWithFurniture < best.furnished) best = { level: d, furnished: f.summariesWithFurniture };
    process.stderr.write(`doubt ${d}\n`);
  }
  doubt = best.level;
}
const lines = [
  `Training: ${training.length} page sets, ${pages.length} pages; grouped ${FOLDS}-fold cross-validation over the sets; ` +
    `${THRESHOLDS.length} configurations compared (thresholds ${THRESHOLDS.join(', ')}).`,
  `rules alone: ${show(rules)}`,
  ...THRESHOLDS.map((t, k) => `rules + model at ${t}: ${show(withModel[k]!)}`),
  `blocks of ${MIN_WORDS} words or more (cross-validated): ${furnitureBlocks} furniture, ${bodyBlocks} body; dropped at ` +
    THRESHOLDS.map((t, k) => {
      const [f, b] = [blocks[k]!.furniture, blocks[k]!.body];
      return `${t}: ${f} furniture (${((100 * f) / furnitureBlocks).toFixed(1)} %), ${b} body (${((100 * b) / bodyBlocks).toFixed(2)} %)`;
    }).join('; '),
  `chosen: ${chosen === undefined ? 'none (every threshold lost recall)' : chosen.t}`,
  ...doubtLines,
  `doubtful lines: ${doubt === undefined ? 'none' : `from ${doubt}`} (${DOUBTS.length} levels compared)`,
];
console.log(lines.join('\n'));
if (process.argv.includes('--write') && chosen !== undefined) {
  const final = fit(pages);
  const hash = createHash('sha256')
    .update(JSON.stringify(pages.map((p) => [p.name, p.title, p.headings, p.body, p.bylines, p.furniture])))
    .digest('hex');
  const asset = {
    manifest: {
      command: 'npx tsx --conditions=source packages/reader/scripts/train-furniture-model.ts --write',
      data: { pageSets: training.length, pages: pages.length, goldSha256: hash },
      configurationsCompared: THRESHOLDS.length + DOUBTS.length,
      crossValidation: lines,
    },
    model: {
      bias: final.bias,
      threshold: chosen.t,
      ...(doubt === undefined ? {} : { doubt }),
      minWords: MIN_WORDS,
      features: [...final.weights.keys()],
      weights: [...final.weights.values()],
    },
  };
  writeFileSync(fileURLToPath(new URL('../src/html/learned/furniture-model.json', import.meta.url)), `${JSON.stringify(asset)}\n`);
  console.log(`wrote furniture-model.json: ${final.weights.size} weights`);
}
