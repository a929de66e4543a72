import type { WordVectors } from '@vecsum/embeddings';
import { partialCorrelation, pearson } from '@vecsum/embeddings/math';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { atomColumns, codeDifferences, dimensionColumns } from './feature-columns.js';
import { fitLasso, type LassoFit } from './lasso-fit.js';
import { sampleSentences, type CorpusRecord, type SentenceImportance, type SentenceSample } from './sentence-sample.js';

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
  /** Compute the word-equation atoms and their lasso (default true; one word equation a sentence: see the README's benchmark). */
  atoms?: boolean;
  /** Sentences longer than this are not candidates (default 100 words, as the paper). */
  maxSentenceWords?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** The correlations of one vector function's sample. */
function correlationRow(s: SentenceSample): CorrelationRow {
  return {
    vectorFunction: s.vectorFunction,
    sentences: s.cos.length,
    r: pearson(s.cos, s.importance),
    partialR: partialCorrelation(s.cos, s.importance, s.logLength),
    lengthR: pearson(s.logLength, s.importance),
  };
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
  const pass = { maxWords: options.maxSentenceWords ?? 100, onProgress: options.onProgress };
  const mean = await sampleSentences(records, vectors, 'mean', importance, pass);
  const sif = await sampleSentences(records, vectors, 'sif', importance, pass);
  const arora = await sampleSentences(records, vectors, 'arora', importance, { ...pass, differences: true });
  const samples = [mean, sif, arora];
  const correlations = samples.map(correlationRow);
  const points = Object.fromEntries(samples.map((s) => [s.vectorFunction, { cos: s.cos, importance: s.importance }]));
  const embedMs = performance.now() - t0;

  const folds = options.folds ?? 5;
  const dimensionFit = { over: 'sentence - document (raw dimensions, arora)', ...dimensionColumns(arora.differences, vectors), keep: options.keep ?? 6, folds };
  const tl = performance.now();
  const dimensions = fitLasso(arora, { ...dimensionFit, control: true });
  const dimensionsUncontrolled = fitLasso(arora, { ...dimensionFit, control: false });
  let lassoMs = performance.now() - tl;
  const report = (atoms: LassoFit | null, equationsMs: number): CorpusReport => ({
    records: records.length,
    correlations,
    dimensions,
    dimensionsUncontrolled,
    atoms,
    points,
    timings: { embedMs, equationsMs, lassoMs },
  });
  if (options.atoms === false) return report(null, 0);

  const te = performance.now();
  const codes = codeDifferences(arora.differences, dict, options.alpha ?? 0.1, options.onProgress);
  const equationsMs = performance.now() - te;
  const offered = atomColumns(codes, dict, options.minAtomShare ?? 0.01);
  const ta = performance.now();
  const atoms = fitLasso(arora, {
    over: 'word-equation atoms of sentence - document (arora)',
    ...offered,
    keep: options.keepAtoms ?? 10,
    control: true,
    folds,
  });
  lassoMs += performance.now() - ta;
  return report(atoms, equationsMs);
}

const fmt = (x: number, digits = 3) => (Object.is(Math.round(x * 10 ** digits), -0) ? (0).toFixed(digits) : x.toFixed(digits));

function fitMarkdown(title: string, f: LassoFit): string[] {
  const withWords = f.features.some((c) => c.words !== undefined);
  return [
    `${title}: ${f.features.length} of ${f.candidates} features kept (control: ${f.control}). Out-of-fold R² (${f.folds} folds by` +
      ` document): ${fmt(f.cvR2)} with them, ${fmt(f.baselineCvR2)} for ${f.control === 'none' ? 'the mean' : 'length alone'},` +
      ` ${fmt(f.cosineCvR2)} for ${f.control === 'none' ? 'cos(sentence, document) alone' : 'length + cos(sentence, document)'}.`,
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
    ...fitMarkdown(
      'Lasso of importance on the raw dimensions of (sentence - document), arora vectors, log length as an unpenalised control',
      report.dimensions,
    ),
    ...fitMarkdown("The same without the length control (the paper's regression)", report.dimensionsUncontrolled),
    ...(report.atoms === null
      ? []
      : fitMarkdown('The same lasso (length controlled) over the word-equation atoms of (sentence - document): basis words and syntactic atoms', report.atoms)),
  ].join('\n');
}
