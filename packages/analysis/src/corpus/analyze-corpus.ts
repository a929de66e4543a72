import { createWordVectorEmbedder, embedDocument, splitDocuments, type WordVectors } from '@vecsum/embeddings';
import { crossValidatedR2, dot, norm, partialCorrelation, pearson, subtract } from '@vecsum/embeddings/math';
import { dimensionWords, type DimensionWords } from '../report/dimensions.js';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { sparseCode } from '../word-equations/word-equation.js';
import { lassoRegression, type Columns } from './regression.js';

/** One record of a dataset with references (`DatasetRecord` of @vecsum/eval fits). */
export interface CorpusRecord {
  readonly documents: readonly string[];
  readonly references: readonly string[];
}

/**
 * The importance of one sentence against a record's references. The paper's (and the CLI's)
 * is ROUGE-1 recall of the sentence alone: `sentenceImportance` of @vecsum/eval. It is passed
 * in so that this package (and the HTTP service above it) does not ship ROUGE.
 */
export type SentenceImportance = (sentence: string, references: readonly string[]) => number;

export interface CorrelationRow {
  readonly vectorFunction: string;
  readonly sentences: number;
  /** Pearson r of cos(sentence, document) with log(1 + ROUGE-1 recall of the sentence). */
  readonly r: number;
  /** The same, controlling for log(sentence length in words). */
  readonly partialR: number;
  /** r of log(length) alone with importance, for comparison. */
  readonly lengthR: number;
}

export interface Coefficient {
  /** `dim 17`, a basis word, or a syntactic atom's name. */
  readonly feature: string;
  /** Lasso weight per standard deviation of the feature. */
  readonly weight: number;
  /** Partial r of the feature alone with importance, log length controlled. */
  readonly partialR: number;
  /** For raw dimensions: the words loading most on it (positive end, negative end). */
  readonly words?: DimensionWords;
}

export interface LassoFit {
  /** What the lasso saw: `sentence - document` raw dimensions, or its word-equation atoms. */
  readonly over: string;
  readonly control: 'log length' | 'none';
  /** Features offered. */
  readonly candidates: number;
  /** Features kept, largest |weight| first. */
  readonly features: readonly Coefficient[];
  readonly alpha: number;
  /** Out-of-fold R² (folds by document) of control + lasso at this alpha. */
  readonly cvR2: number;
  /** Out-of-fold R² of the control alone (0 without a control). */
  readonly baselineCvR2: number;
  /** Out-of-fold R² of the control plus cos(sentence, document) of the same vectors (the paper's importance signal). */
  readonly cosineCvR2: number;
  readonly folds: number;
}

export interface CorpusReport {
  readonly records: number;
  readonly correlations: readonly CorrelationRow[];
  /** Lasso of importance on (sentence - document), arora vectors, log length controlled. */
  readonly dimensions: LassoFit;
  /** The same without the length control (the paper's regression). */
  readonly dimensionsUncontrolled: LassoFit;
  /** Lasso of importance on the word-equation atoms of (sentence - document), log length controlled (null when skipped). */
  readonly atoms: LassoFit | null;
  /** For plots: cos and importance of every sentence, per vector function. */
  readonly points: Readonly<Record<string, { cos: number[]; importance: number[] }>>;
  readonly timings: { readonly embedMs: number; readonly equationsMs: number; readonly lassoMs: number };
}

export interface CorpusOptions {
  /** Raw dimensions kept by the lasso path (default 6, as the paper found). */
  keep?: number;
  /** Atoms kept (default 10). */
  keepAtoms?: number;
  /** Word-equation alpha for the atom features (default 0.1). */
  alpha?: number;
  /** Atoms offered: those used by at least this share of sentences (default 0.01). */
  minAtomShare?: number;
  /** Folds of the cross-validation, by document (default 5). */
  folds?: number;
  /** Compute the word-equation atoms and their lasso (default true; about 10 ms a sentence). */
  atoms?: boolean;
  /** Sentences longer than this are not candidates (default 100 words, as the paper). */
  maxSentenceWords?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * The corpus report on a dataset with references: the correlation of cos(sentence, document)
 * with sentence importance log(1 + ROUGE-1 recall) for mean, sif and arora, with and without
 * controlling for log sentence length (the calibration notes' confound); the lasso that finds
 * the raw dimensions of (sentence - document) linked to important sentences (arora), and the
 * same lasso over the word-equation atoms of (sentence - document), so the features arrive
 * labelled. Each lasso reports its out-of-fold R² against length alone.
 *
 * @param importance the importance of a sentence (importance in the report is log(1 + it))
 */
export async function analyzeCorpus(
  records: readonly CorpusRecord[],
  vectors: WordVectors,
  dict: WordDictionary,
  importance: SentenceImportance,
  options: CorpusOptions = {},
): Promise<CorpusReport> {
  const t0 = performance.now();
  const maxWords = options.maxSentenceWords ?? 100;
  const correlations: CorrelationRow[] = [];
  const points: Record<string, { cos: number[]; importance: number[] }> = {};
  let diffs: Float32Array[] = [];
  let targets: number[] = [];
  let lengths: number[] = [];
  let cosines: number[] = [];
  let groups: number[] = [];
  for (const fn of ['mean', 'sif', 'arora'] as const) {
    const embedder = createWordVectorEmbedder(vectors, { function: fn });
    const cos: number[] = [];
    const imp: number[] = [];
    const len: number[] = [];
    const grp: number[] = [];
    const localDiffs: Float32Array[] = [];
    for (const [k, r] of records.entries()) {
      const all = splitDocuments(r.documents);
      if (all.length === 0) continue;
      const doc = await embedDocument(all, embedder);
      all.forEach((s, i) => {
        if (doc.empty.includes(i) || s.words > maxWords) return;
        const v = doc.vectors[i] as Float32Array;
        cos.push(dot(v, doc.documentVector));
        imp.push(Math.log(1 + importance(s.text, r.references)));
        len.push(Math.log(s.words));
        grp.push(k);
        if (fn === 'arora') localDiffs.push(subtract(v, doc.documentVector));
      });
      options.onProgress?.(`embedding (${fn})`, k + 1, records.length);
    }
    correlations.push({ vectorFunction: fn, sentences: cos.length, r: pearson(cos, imp), partialR: partialCorrelation(cos, imp, len), lengthR: pearson(len, imp) });
    points[fn] = { cos, importance: imp };
    if (fn === 'arora') {
      diffs = localDiffs;
      targets = imp;
      lengths = len;
      cosines = cos;
      groups = grp;
    }
  }
  const t1 = performance.now();
  const folds = options.folds ?? 5;
  const fit = (over: string, columns: Columns, names: readonly string[], keep: number, control: boolean, label?: (j: number) => Coefficient['words']): LassoFit => {
    const controls = control ? [lengths] : [];
    const model = lassoRegression(columns, targets, { controls, keep });
    const features: Coefficient[] = [];
    model.weights.forEach((w, j) => {
      if (w === 0) return;
      const words = label?.(j);
      features.push({ feature: names[j] as string, weight: w, partialR: partialCorrelation(Array.from(columns[j] as ArrayLike<number>), targets, lengths), ...(words === undefined ? {} : { words }) });
    });
    features.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    const cv = (cols: Columns, ctl: Columns, alpha: number) => crossValidatedR2(targets, groups, folds, (train) => lassoRegression(cols, targets, { controls: ctl, alpha, rows: train }).predict);
    const cvR2 = cv(columns, controls, model.alpha);
    const baselineCvR2 = control ? cv([], controls, 0) : 0;
    const cosineCvR2 = cv([], [...controls, cosines], 0);
    return { over, control: control ? 'log length' : 'none', candidates: columns.length, features, alpha: model.alpha, cvR2, baselineCvR2, cosineCvR2, folds };
  };
  const d = vectors.dimensions;
  const dimColumns = Array.from({ length: d }, (_, j) => Float64Array.from(diffs, (v) => v[j] as number));
  const dimNames = dimColumns.map((_, j) => `dim ${j}`);
  const labelDim = (j: number) => dimensionWords(vectors, j);
  const keep = options.keep ?? 6;
  const tl = performance.now();
  const dimensions = fit('sentence - document (raw dimensions, arora)', dimColumns, dimNames, keep, true, labelDim);
  const dimensionsUncontrolled = fit('sentence - document (raw dimensions, arora)', dimColumns, dimNames, keep, false, labelDim);
  let lassoMs = performance.now() - tl;

  if (options.atoms === false) {
    return { records: records.length, correlations, dimensions, dimensionsUncontrolled, atoms: null, points, timings: { embedMs: t1 - t0, equationsMs: 0, lassoMs } };
  }
  // word-equation atoms of (sentence - document), scaled back by its norm so they add up to it
  const te = performance.now();
  const n = diffs.length;
  const syn = dict.syntactic.length;
  const synColumns = dict.syntactic.map(() => new Float64Array(n));
  const used = new Map<number, Map<number, number>>(); // atom -> sample -> weight
  diffs.forEach((v, i) => {
    const scale = norm(v);
    if (scale === 0) return;
    const code = sparseCode(v, dict, { alpha: options.alpha ?? 0.1 });
    for (let s = 0; s < syn; s++) (synColumns[s] as Float64Array)[i] = (code.syntactic[s] as number) * scale;
    code.weights.forEach((w, a) => {
      if (w === 0) return;
      let m = used.get(a);
      if (m === undefined) used.set(a, (m = new Map()));
      m.set(i, w * scale);
    });
    if (i % 50 === 0) options.onProgress?.('word equations', i + 1, n);
  });
  const equationsMs = performance.now() - te;
  const minShare = options.minAtomShare ?? 0.01;
  const offered = [...used.entries()].filter(([, m]) => m.size >= Math.max(10, minShare * n)).map(([a]) => a).sort((a, b) => a - b);
  // a syntactic atom the vectors are built orthogonal to (C0 for arora) leaves float noise
  // (~1e-8) that standardising would blow up into a spurious feature: offered only when real
  const rms = (c: Float64Array) => Math.sqrt(c.reduce((a, x) => a + x * x, 0) / (c.length || 1));
  const atomColumns: Float64Array[] = [];
  const atomNames: string[] = [];
  synColumns.forEach((c, k) => {
    if (rms(c) < 1e-4) return;
    atomColumns.push(c);
    atomNames.push(dict.syntactic[k]?.name as string);
  });
  for (const a of offered) {
    const col = new Float64Array(n);
    for (const [i, w] of used.get(a) ?? []) col[i] = w;
    atomColumns.push(col);
    atomNames.push(dict.words[a] as string);
  }
  const ta = performance.now();
  const atoms = fit('word-equation atoms of sentence - document (arora)', atomColumns, atomNames, options.keepAtoms ?? 10, true);
  lassoMs += performance.now() - ta;
  return { records: records.length, correlations, dimensions, dimensionsUncontrolled, atoms, points, timings: { embedMs: t1 - t0, equationsMs, lassoMs } };
}

const fmt = (x: number, digits = 3) => (Object.is(Math.round(x * 10 ** digits), -0) ? (0).toFixed(digits) : x.toFixed(digits));

function fitMarkdown(title: string, f: LassoFit): string[] {
  const withWords = f.features.some((c) => c.words !== undefined);
  return [
    `${title}: ${f.features.length} of ${f.candidates} features kept (control: ${f.control}). Out-of-fold R² (${f.folds} folds by document): ${fmt(f.cvR2)} with them, ${fmt(f.baselineCvR2)} for ${f.control === 'none' ? 'the mean' : 'length alone'}, ${fmt(f.cosineCvR2)} for ${f.control === 'none' ? 'cos(sentence, document) alone' : 'length + cos(sentence, document)'}.`,
    '',
    withWords ? '| feature | weight (per SD) | partial r | words (+) | words (-) |' : '| feature | weight (per SD) | partial r |',
    withWords ? '|---|---:|---:|---|---|' : '|---|---:|---:|',
    ...f.features.map((c) =>
      withWords
        ? `| ${c.feature} | ${fmt(c.weight, 4)} | ${fmt(c.partialR)} | ${c.words?.positive.join(', ') ?? ''} | ${c.words?.negative.join(', ') ?? ''} |`
        : `| ${c.feature} | ${fmt(c.weight, 4)} | ${fmt(c.partialR)} |`,
    ),
    '',
  ];
}

/** Markdown rendering of a corpus report. */
export function corpusMarkdown(name: string, report: CorpusReport): string {
  const n = report.correlations[0]?.sentences ?? 0;
  return [
    `### ${name} (${report.records} records, ${n} sentences)`,
    '',
    'Pearson r of cos(sentence, document) with importance log(1 + ROUGE-1 recall of the sentence alone); partial r controls for log sentence length.',
    '',
    '| vector function | sentences | r(cos, importance) | partial r (log length controlled) | r(log length, importance) |',
    '|---|---:|---:|---:|---:|',
    ...report.correlations.map((c) => `| ${c.vectorFunction} | ${c.sentences} | ${fmt(c.r)} | ${fmt(c.partialR)} | ${fmt(c.lengthR)} |`),
    '',
    ...fitMarkdown('Lasso of importance on the raw dimensions of (sentence - document), arora vectors, log length as an unpenalised control', report.dimensions),
    ...fitMarkdown('The same without the length control (the paper\'s regression)', report.dimensionsUncontrolled),
    ...(report.atoms === null ? [] : fitMarkdown('The same lasso (length controlled) over the word-equation atoms of (sentence - document): basis words and syntactic atoms', report.atoms)),
  ].join('\n');
}
