import { embedDocument, splitDocuments, type EmbeddedDocument, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { AnalysisError } from '../errors.js';
import { addScaled, cosine, norm, normalize, subtract } from '@vecsum/embeddings/math';
import { summarize, type SummarizeInput, type SummarizeOptions, type Summary } from '@vecsum/summarizer';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { textDictionary, textWords, type BasisKind } from '../word-equations/text-basis.js';
import { wordEquation, type Atom, type WordEquation } from '../word-equations/word-equation.js';
import { dimensionLabeller, topContributions, topDimensions, type DimensionLabeller, type DimensionShare } from './dimensions.js';
import { encode, type SparseAutoencoder } from '../sae/sparse-autoencoder.js';

export interface AnalyzeOptions extends Partial<SummarizeOptions> {
  /** Dimensions listed per vector (default 8). */
  readonly top?: number;
  /** Word-equation L1 weight (default 0.1). */
  readonly alpha?: number;
  /**
   * Basis words of the equations and dimension labels: `text` (default), the content words of
   * the analysed text; `vocab`, the dictionary's fixed vocabulary (words not in the text are
   * marked `inText: false`).
   */
  readonly basis?: BasisKind;
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
  /** Where the equations' words come from, and how many there were to choose from. */
  readonly basis: { readonly kind: BasisKind; readonly words: number };
  /** One line that says what the equations and dimension labels mean. */
  readonly note: string;
  readonly summary: { readonly text: string; readonly picked: readonly number[]; readonly similarity: number };
  readonly document: { readonly equation: WordEquation; readonly features?: readonly ActiveFeature[] };
  readonly sentences: readonly SentenceAnalysis[];
  readonly summaryContributions: readonly DimensionShare[];
  readonly gap: { readonly norm: number; readonly dimensions: readonly DimensionShare[]; readonly equation: WordEquation };
  readonly steps: readonly GapStep[];
}

/** One line that says what the equations and the dimension labels of a report mean. */
export function equationNote(kind: BasisKind): string {
  const meaning = "(+ leans toward a word's meaning, - away from it; cos: how well the sum matches)";
  return kind === 'text'
    ? `Each equation writes a meaning vector as a weighted sum of this text's own words ${meaning}; dimensions are labelled by the` +
        ` text's words that load most on them.`
    : `Each equation writes a meaning vector as a weighted sum of words from a fixed vocabulary, marked when not in this text` +
        ` ${meaning}; dimensions are labelled by the vocabulary's words that load most on them.`;
}

interface Basis {
  readonly kind: BasisKind;
  readonly dict: WordDictionary;
  readonly eq: (v: ArrayLike<number>, list?: number) => WordEquation;
  readonly labels: DimensionLabeller | undefined;
}

/** The basis of the report's equations and labels: the text's content words or the dictionary's vocabulary. */
function basisOf(sentences: readonly string[], vectors: WordVectors | undefined, dict: WordDictionary, options: AnalyzeOptions): Basis {
  const kind = options.basis ?? 'text';
  const alpha = options.alpha ?? 0.1;
  if (vectors === undefined) {
    if (kind === 'text') throw new AnalysisError('INVALID_ARGUMENT', "the text basis needs the word vectors (or use basis 'vocab')");
    return { kind, dict, eq: (v, list = 10) => wordEquation(v, dict, { alpha, top: list }), labels: undefined };
  }
  const words = textWords(sentences, vectors);
  const basis = kind === 'text' ? textDictionary(words, vectors, dict) : dict;
  return {
    kind,
    dict: basis,
    eq: (v, list = 10) => wordEquation(v, basis, { alpha, top: list, inText: words.all }),
    labels: dimensionLabeller(vectors, words.all, kind === 'text' ? words.rows : undefined),
  };
}

/** For each selector step after the first: the gap before it, its equation, and how the pick loads on it. */
function gapSteps(doc: EmbeddedDocument, order: readonly number[], sums: readonly Float32Array[], basis: Basis): GapStep[] {
  const d = doc.documentVector;
  const usable = doc.vectors.map((_, i) => i).filter((i) => !doc.empty.includes(i));
  // from the second pick on (before the first, the gap is the document: see `document`)
  return order
    .map((next, k) => ({ next, k }))
    .slice(1)
    .map(({ next, k }) => {
      const gap = normalize(subtract(d, sums[k - 1]!));
      const gapEq = basis.eq(gap);
      const nextEq = basis.eq(doc.vectors[next]!, basis.dict.atoms);
      const nextWeights = new Map(nextEq.atoms.map((a) => [a.word, a.weight]));
      const before = new Set(order.slice(0, k));
      const open = usable.filter((i) => !before.has(i));
      const cosNext = cosine(doc.vectors[next]!, gap);
      return {
        step: k + 1,
        next,
        gap: gapEq,
        nextCosineToGap: cosNext,
        gapCosineRank: 1 + open.filter((i) => cosine(doc.vectors[i]!, gap) > cosNext).length,
        candidates: open.length,
        shared: gapEq.atoms.filter((a) => Math.sign(nextWeights.get(a.word) ?? 0) === Math.sign(a.weight)).map((a) => a.word),
        nextLoadings: gapEq.atoms.map((a) => ({ word: a.word, weight: nextWeights.get(a.word) ?? 0, ...(a.inText === undefined ? {} : { inText: a.inText }) })),
      };
    });
}

/** The top five SAE features active on a vector (none without a model). */
function saeFeatures(sae: SparseAutoencoder | undefined, v: Float32Array): { features?: ActiveFeature[] } {
  if (sae === undefined) return {};
  return {
    features: Array.from(encode(sae, v), (activation, feature) => ({ feature, activation }))
      .filter((a) => a.activation > 0)
      .sort((a, b) => b.activation - a.activation)
      .slice(0, 5),
  };
}

/** The summary's vector after each pick, joined as the summarizer joins sentences. */
function summarySoFar(doc: EmbeddedDocument, order: readonly number[]): Float32Array[] {
  const n = doc.documentVector.length;
  const acc = new Float32Array(n);
  return order.map((i) => {
    addScaled(acc, doc.join.parts[i]!);
    return doc.join.finish(acc, new Float32Array(n));
  });
}

/**
 * The per-document dimension report: which dimensions drive each picked sentence's cosine
 * and the summary's, the gap (document minus summary) with its dimensions, word equations of
 * the document, each pick, pick minus document and the remaining gap, and for each selector
 * step the gap's equation and whether the next pick loads on it (cos(next, gap), its rank
 * among the open sentences, its weights on the gap's atoms). Equations and labels use the
 * text's own words by default (`basis`).
 *
 * `vectors` labels raw dimensions with words and finds the text's words (omit it to skip the
 * labels; the text basis needs it); the dictionary must be of the same word-vector table as
 * the embedder (its syntactic atoms serve both bases).
 */
export async function analyze(
  input: SummarizeInput,
  embedder: SentenceEmbedder,
  vectors: WordVectors | undefined,
  dict: WordDictionary,
  options: AnalyzeOptions = {},
): Promise<AnalysisReport> {
  const top = options.top ?? 8;
  const features = (v: Float32Array) => saeFeatures(options.sae, v);
  const { top: _top, alpha: _alpha, sae: _sae, summary: given, basis: _basis, ...summarizeOptions } = options;
  const summary = given ?? (await summarize(input, embedder, { selector: 'auto', budget: { sentences: 3 }, ...summarizeOptions }));
  const docs = typeof input === 'string' ? [input] : input.documents;
  // the same vectors the summarizer used (same sentences, same document-vector options)
  const doc = await embedDocument(splitDocuments(docs), embedder, {
    ...(options.documentVector === undefined ? {} : { documentVector: options.documentVector }),
    ...(options.removeDocumentComponent === undefined ? {} : { removeDocumentComponent: options.removeDocumentComponent }),
  });
  const basis = basisOf(
    doc.sentences.map((s) => s.text),
    vectors,
    dict,
    options,
  );
  const { eq, labels } = basis;
  const d = doc.documentVector;
  const order = summary.trace.map((t) => t.index);
  const sums = summarySoFar(doc, order);
  const summaryVector = sums[sums.length - 1] ?? new Float32Array(d.length);
  const gapVector = subtract(d, summaryVector);
  return {
    model: embedder.id,
    selector: summary.meta.selectorUsed,
    basis: { kind: basis.kind, words: basis.dict.atoms },
    note: equationNote(basis.kind),
    summary: { text: summary.text, picked: summary.picked, similarity: summary.meta.similarity },
    document: { equation: eq(d), ...features(d) },
    sentences: summary.picked.map((i) => {
      const v = doc.vectors[i]!;
      const s = summary.sentences[i];
      return {
        index: i,
        text: s?.text ?? '',
        cosine: s?.cosine ?? 0,
        reason: s?.reason ?? '',
        contributions: topContributions(v, d, top, labels),
        equation: eq(v),
        minusDocument: eq(subtract(v, d)),
        ...features(v),
      };
    }),
    summaryContributions: topContributions(summaryVector, d, top, labels),
    gap: { norm: norm(gapVector), dimensions: topDimensions(normalize(gapVector), top, labels), equation: eq(gapVector) },
    steps: gapSteps(doc, order, sums, basis),
  };
}
