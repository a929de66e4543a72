import { embedDocument, splitDocuments, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { addScaled, cosine, normalize, subtract } from '@vecsum/embeddings/math';
import { summarize, type SummarizeInput, type SummarizeOptions } from '@vecsum/summarizer';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { wordEquation, type WordEquation } from '../word-equations/word-equation.js';
import { topContributions, topDimensions, type DimensionShare } from './dimensions.js';
import { encode, type SparseAutoencoder } from '../sae/sparse-autoencoder.js';

export interface AnalyzeOptions extends Partial<SummarizeOptions> {
  /** Dimensions listed per vector (default 8). */
  readonly top?: number;
  /** Word-equation L1 weight (default 0.1). */
  readonly alpha?: number;
  /** A trained sparse autoencoder: the report then lists the top active features. */
  readonly sae?: SparseAutoencoder;
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
  /** Gap atoms the next sentence's equation also uses with the same sign. */
  readonly shared: readonly string[];
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
 * step the gap's equation and whether the next pick loads on it.
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
  const eq = (v: ArrayLike<number>) => wordEquation(v, dict, { alpha: options.alpha ?? 0.1, top: 10 });
  const summary = await summarize(input, embedder, { selector: 'greedy', budget: { sentences: 3 }, ...options } as SummarizeOptions);
  const docs = typeof input === 'string' ? [input] : input.documents;
  const doc = await embedDocument(splitDocuments(docs), embedder);
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
  const steps: GapStep[] = order.slice(1).map((next, k) => {
    const gap = normalize(subtract(d, sums[k] as Float32Array));
    const gapEq = eq(gap);
    const nextEq = eq(doc.vectors[next] as Float32Array);
    const nextWords = new Map(nextEq.atoms.map((a) => [a.word, Math.sign(a.weight)]));
    return {
      step: k + 2,
      next,
      gap: gapEq,
      nextCosineToGap: cosine(doc.vectors[next] as Float32Array, gap),
      shared: gapEq.atoms.filter((a) => nextWords.get(a.word) === Math.sign(a.weight)).map((a) => a.word),
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
    gap: { norm: Math.hypot(...gapVector), dimensions: topDimensions(normalize(gapVector), top, vectors), equation: eq(gapVector) },
    steps,
  };
}
