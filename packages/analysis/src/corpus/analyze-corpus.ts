import { createWordVectorEmbedder, embedDocument, splitDocuments, type WordVectors } from '@vecsum/embeddings';
import { dot, subtract } from '@vecsum/embeddings/math';
import { sentenceImportance, type DatasetRecord } from '@vecsum/eval';
import { lasso, type Dictionary } from '../lasso/fista.js';
import { dimensionWords } from '../report/dimensions.js';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { partialCorrelation, pearson } from './statistics.js';

export interface CorrelationRow {
  readonly vectorFunction: string;
  readonly sentences: number;
  /** Pearson r of cos(sentence, document) with log(1 + ROUGE-1 recall of the sentence). */
  readonly r: number;
  /** The same, controlling for log(sentence length). */
  readonly partialR: number;
  /** r of log(length) alone with importance, for comparison. */
  readonly lengthR: number;
}

export interface Coefficient {
  readonly feature: string;
  readonly weight: number;
  readonly words?: { readonly positive: readonly string[]; readonly negative: readonly string[] };
}

export interface CorpusReport {
  readonly records: number;
  readonly correlations: readonly CorrelationRow[];
  /** Lasso of importance on (sentence - document), arora vectors: the dimensions it keeps. */
  readonly dimensions: readonly Coefficient[];
  /** Lasso of importance on the projections of (sentence - document) on the basis words. */
  readonly atoms: readonly Coefficient[];
  /** For plots: cos and importance of every sentence, per vector function. */
  readonly points: Readonly<Record<string, { cos: number[]; importance: number[] }>>;
}

const centre = (y: readonly number[]) => {
  const m = y.reduce((a, b) => a + b, 0) / (y.length || 1);
  return y.map((v) => v - m);
};

/** Lasso regression y ~ X w (rows of X = samples), at the smallest alpha on a 0.7x path that keeps at most `keep` features. */
function sparseRegression(rows: readonly ArrayLike<number>[], y: readonly number[], keep: number): Float64Array {
  const n = rows.length;
  const p = (rows[0] as ArrayLike<number>).length;
  // our lasso fits x ~ Dᵀw with D = atoms x dims: atoms = features, dims = samples
  const matrix = new Float32Array(p * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) matrix[j * n + i] = (rows[i] as ArrayLike<number>)[j] as number;
  const dict: Dictionary = { atoms: p, dimensions: n, matrix };
  const target = centre(y);
  // alpha_max = max |X^T y|; walk down until `keep` features are active
  let amax = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (matrix[j * n + i] as number) * (target[i] as number);
    amax = Math.max(amax, Math.abs(s));
  }
  let w: Float64Array = new Float64Array(p);
  for (let a = amax * 0.9; a > amax * 1e-4; a *= 0.7) {
    const next = lasso(target, dict, { alpha: a, maxIterations: 500, threshold: 0 });
    if (next.filter((v) => v !== 0).length > keep) break;
    w = next;
  }
  return w;
}

/**
 * The corpus report on a dataset with references: correlation of cos(sentence, document)
 * with sentence importance for each vector function (with and without controlling for
 * length), and the lasso that finds the dimensions (and the basis-word directions) linked to
 * important sentences.
 */
export async function analyzeCorpus(records: readonly DatasetRecord[], vectors: WordVectors, dict: WordDictionary, options: { keep?: number } = {}): Promise<CorpusReport> {
  const correlations: CorrelationRow[] = [];
  const points: Record<string, { cos: number[]; importance: number[] }> = {};
  let diffs: Float32Array[] = [];
  let targets: number[] = [];
  for (const fn of ['mean', 'sif', 'arora'] as const) {
    const embedder = createWordVectorEmbedder(vectors, { function: fn });
    const cos: number[] = [];
    const imp: number[] = [];
    const len: number[] = [];
    const localDiffs: Float32Array[] = [];
    for (const r of records) {
      const sentences = splitDocuments(r.documents).filter((s) => s.words <= 100 && s.words >= 3);
      if (sentences.length === 0) continue;
      const doc = await embedDocument(sentences, embedder);
      sentences.forEach((s, i) => {
        if (doc.empty.includes(i)) return;
        const v = doc.vectors[i] as Float32Array;
        cos.push(dot(v, doc.documentVector));
        imp.push(Math.log(1 + sentenceImportance(s.text, r.references)));
        len.push(Math.log(s.words));
        if (fn === 'arora') localDiffs.push(subtract(v, doc.documentVector));
      });
    }
    correlations.push({ vectorFunction: fn, sentences: cos.length, r: pearson(cos, imp), partialR: partialCorrelation(cos, imp, len), lengthR: pearson(len, imp) });
    points[fn] = { cos, importance: imp };
    if (fn === 'arora') {
      diffs = localDiffs;
      targets = imp;
    }
  }
  const keep = options.keep ?? 6;
  const wDims = sparseRegression(diffs, targets, keep);
  const dimensions: Coefficient[] = [];
  wDims.forEach((w, j) => {
    if (w !== 0) dimensions.push({ feature: `dim ${j}`, weight: w, words: dimensionWords(vectors, j) });
  });
  dimensions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const projections = diffs.map((v) => {
    const out = new Float32Array(dict.atoms);
    for (let a = 0; a < dict.atoms; a++) out[a] = dot(dict.matrix.subarray(a * dict.dimensions, (a + 1) * dict.dimensions), v);
    return out;
  });
  const wAtoms = sparseRegression(projections, targets, Math.max(keep, 10));
  const atoms: Coefficient[] = [];
  wAtoms.forEach((w, a) => {
    if (w !== 0) atoms.push({ feature: dict.words[a] as string, weight: w });
  });
  atoms.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { records: records.length, correlations, dimensions, atoms, points };
}

/** Markdown rendering of a corpus report. */
export function corpusMarkdown(name: string, report: CorpusReport): string {
  const lines = [
    `### ${name} (${report.records} records)`,
    '',
    '| vector function | sentences | r(cos, importance) | partial r (length controlled) | r(log length, importance) |',
    '|---|---:|---:|---:|---:|',
    ...report.correlations.map((c) => `| ${c.vectorFunction} | ${c.sentences} | ${c.r.toFixed(3)} | ${c.partialR.toFixed(3)} | ${c.lengthR.toFixed(3)} |`),
    '',
    'Lasso of importance on (sentence - document), arora vectors: the dimensions it keeps, each with the words loading most on it.',
    '',
    '| dimension | weight | words (+) | words (-) |',
    '|---|---:|---|---|',
    ...report.dimensions.map((d) => `| ${d.feature} | ${d.weight.toFixed(4)} | ${d.words?.positive.join(', ') ?? ''} | ${d.words?.negative.join(', ') ?? ''} |`),
    '',
    'The same lasso over the projections of (sentence - document) on the basis words (labelled features):',
    '',
    report.atoms.map((a) => `${a.weight >= 0 ? '+' : '-'}${Math.abs(a.weight).toFixed(4)}·${a.feature}`).join('  '),
    '',
  ];
  return lines.join('\n');
}
