import { embedDocument, splitDocuments, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { addScaled, cosine, norm, normalize, subtract } from '@vecsum/embeddings/math';
import { summarize, type SummarizeInput, type SummarizeOptions, type Summary } from '@vecsum/summarizer';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { wordEquation, type Atom, type WordEquation } from '../word-equations/word-equation.js';
import { topContributions, topDimensions, type DimensionShare } from './dimensions.js';
import { encode, type SparseAutoencoder } from '../sae/sparse-autoencoder.js';

export interface AnalyzeOptions extends Partial<SummarizeOptions> {
  /** Dimensions listed per vector (default 8). */
  readonly top?: number;
  /** Word-equation L1 weight (default 0.1). */
  readonly alpha?: number;
  /** A trained sparse autoencoder: the report then lists the top active features. */
  readonly sae?: SparseAutoencoder;
  /** A summary already made of this input with this embedder (and these options): not redone. */
  readonly summary?: Summary;
}

/** A sparse-autoencoder feature active on a vector. */
export interface ActiveFeature {
  readonly feature: number;
  readonly activation: number;
}

export interface SentenceAnalysis {
  readonly index: number;
  readonly text: string;
  readonly cosine: number;
  readonly reason: string;
  /** Dimensions that make up cos(sentence, document), each labelled by its words. */
  readonly contributions: readonly DimensionShare[];
  readonly equation: WordEquation;
  /** Equation of sentence minus document: what the sentence adds or lacks. */
  readonly minusDocument: WordEquation;
  /** Top SAE features of the sentence (when a model is given). */
  readonly features?: readonly ActiveFeature[];
}

export interface GapStep {
  readonly step: number;
  /** The sentence picked at this step. */
  readonly next: number;
  /** Equation of the gap (document minus summary so far) before this pick: what was missing. */
  readonly gap: WordEquation;
  /** cos(next sentence, gap): positive when the pick fills the gap. */
  readonly nextCosineToGap: number;
  /** Rank of the pick's cos(sentence, gap) among the sentences not yet picked (1 = the highest). */
  readonly gapCosineRank: number;
  /** Sentences not yet picked (the field the rank is out of). */
  readonly candidates: number;
  /** Gap atoms (of the listed top) the next sentence's equation also uses with the same sign. */
  readonly shared: readonly string[];
  /** The next sentence's weights on the gap's listed atoms (0 when it does not use one). */
  readonly nextLoadings: readonly Atom[];
}

export interface AnalysisReport {
  readonly model: string;
  readonly selector: string;
  readonly summary: { readonly text: string; readonly picked: readonly number[]; readonly similarity: number };
  readonly document: { readonly equation: WordEquation; readonly features?: readonly ActiveFeature[] };
  readonly sentences: readonly SentenceAnalysis[];
  readonly summaryContributions: readonly DimensionShare[];
  readonly gap: { readonly norm: number; readonly dimensions: readonly DimensionShare[]; readonly equation: WordEquation };
  readonly steps: readonly GapStep[];
}

/**
 * The per-document dimension report: which dimensions drive each picked sentence's cosine
 * and the summary's, the gap (document minus summary) with its dimensions, word equations of
 * the document, each pick, pick minus document and the remaining gap, and for each selector
 * step the gap's equation and whether the next pick loads on it (cos(next, gap), its rank
 * among the open sentences, its weights on the gap's atoms).
 *
 * `vectors` labels raw dimensions with words (omit it to skip the labels); the dictionary
 * must be of the same word-vector table as the embedder.
 */
export async function analyze(
  input: SummarizeInput,
  embedder: SentenceEmbedder,
  vectors: WordVectors | undefined,
  dict: WordDictionary,
  options: AnalyzeOptions = {},
): Promise<AnalysisReport> {
  const top = options.top ?? 8;
  const sae = options.sae;
  const features = (v: Float32Array): { features?: ActiveFeature[] } => {
    if (sae === undefined) return {};
    const f = encode(sae, v);
    return {
      features: Array.from(f, (activation, feature) => ({ feature, activation }))
        .filter((a) => a.activation > 0)
        .sort((a, b) => b.activation - a.activation)
        .slice(0, 5),
    };
  };
  const eq = (v: ArrayLike<number>, list = 10) => wordEquation(v, dict, { alpha: options.alpha ?? 0.1, top: list });
  const { top: _top, alpha: _alpha, sae: _sae, summary: given, ...summarizeOptions } = options;
  const summary = given ?? (await summarize(input, embedder, { selector: 'auto', budget: { sentences: 3 }, ...summarizeOptions }));
  const docs = typeof input === 'string' ? [input] : input.documents;
  // the same vectors the summarizer used (same sentences, same document-vector options)
  const doc = await embedDocument(splitDocuments(docs), embedder, {
    ...(options.documentVector === undefined ? {} : { documentVector: options.documentVector }),
    ...(options.removeDocumentComponent === undefined ? {} : { removeDocumentComponent: options.removeDocumentComponent }),
  });
  const d = doc.documentVector;
  const order = summary.trace.map((t) => t.index);
  const sums: Float32Array[] = [];
  const acc = new Float32Array(d.length);
  for (const i of order) {
    addScaled(acc, doc.join.parts[i] as Float32Array);
    sums.push(doc.join.finish(acc, new Float32Array(d.length)));
  }
  const summaryVector = sums[sums.length - 1] ?? new Float32Array(d.length);
  const gapVector = subtract(d, summaryVector);
  const usable = doc.vectors.map((_, i) => i).filter((i) => !doc.empty.includes(i));
  // from the second pick on (before the first, the gap is the document: see `document`)
  const steps: GapStep[] = order.map((next, k) => ({ next, k })).slice(1).map(({ next, k }) => {
    const gap = normalize(subtract(d, sums[k - 1] as Float32Array));
    const gapEq = eq(gap);
    const nextEq = eq(doc.vectors[next] as Float32Array, dict.atoms);
    const nextWeights = new Map(nextEq.atoms.map((a) => [a.word, a.weight]));
    const before = new Set(order.slice(0, k));
    const open = usable.filter((i) => !before.has(i));
    const cosNext = cosine(doc.vectors[next] as Float32Array, gap);
    return {
      step: k + 1,
      next,
      gap: gapEq,
      nextCosineToGap: cosNext,
      gapCosineRank: 1 + open.filter((i) => cosine(doc.vectors[i] as Float32Array, gap) > cosNext).length,
      candidates: open.length,
      shared: gapEq.atoms.filter((a) => Math.sign(nextWeights.get(a.word) ?? 0) === Math.sign(a.weight)).map((a) => a.word),
      nextLoadings: gapEq.atoms.map((a) => ({ word: a.word, weight: nextWeights.get(a.word) ?? 0 })),
    };
  });
  return {
    model: embedder.id,
    selector: summary.meta.selectorUsed,
    summary: { text: summary.text, picked: summary.picked, similarity: summary.meta.similarity },
    document: { equation: eq(d), ...features(d) },
    sentences: summary.picked.map((i) => {
      const v = doc.vectors[i] as Float32Array;
      const s = summary.sentences[i];
      return {
        index: i,
        text: s?.text ?? '',
        cosine: s?.cosine ?? 0,
        reason: s?.reason ?? '',
        contributions: topContributions(v, d, top, vectors),
        equation: eq(v),
        minusDocument: eq(subtract(v, d)),
        ...features(v),
      };
    }),
    summaryContributions: topContributions(summaryVector, d, top, vectors),
    gap: { norm: norm(gapVector), dimensions: topDimensions(normalize(gapVector), top, vectors), equation: eq(gapVector) },
    steps,
  };
}
