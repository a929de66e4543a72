import type { SentenceEmbedder, WordVectors } from '@vecsum/embeddings';
import { summarize, type SummarizeInput, type SummarizeOptions } from '@vecsum/summarizer';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { BASIS_KINDS, type BasisKind } from '../word-equations/text-basis.js';
import type { WordEquation } from '../word-equations/word-equation.js';
import { analyze, type AnalysisReport } from './analyze.js';

/** How well one basis writes a document's vectors, and how many of the words shown are the text's. */
export interface BasisFit {
  readonly basis: BasisKind;
  /** Basis words there were to choose from. */
  readonly words: number;
  /** cos(reconstruction, vector) of the document vector. */
  readonly document: number;
  /** Mean over the picks of cos(reconstruction, pick vector). */
  readonly picks: number;
  /** Mean over the picks of cos(reconstruction, pick - document). */
  readonly minusDocument: number;
  /** cos(reconstruction, document - summary). */
  readonly gap: number;
  /** Non-zero word atoms of the document's equation. */
  readonly documentL0: number;
  /** Share of the listed words (every equation of the report) that occur in the text. */
  readonly listedInText: number;
  /** Wall time of the report. */
  readonly ms: number;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function equations(r: AnalysisReport): WordEquation[] {
  return [r.document.equation, r.gap.equation, ...r.sentences.flatMap((s) => [s.equation, s.minusDocument]), ...r.steps.map((s) => s.gap)];
}

/** Fit of a report's equations (see `BasisFit`). */
export function fitOf(r: AnalysisReport, ms: number): BasisFit {
  const listed = equations(r).flatMap((e) => e.atoms);
  return {
    basis: r.basis.kind,
    words: r.basis.words,
    document: r.document.equation.reconstructionCosine,
    picks: mean(r.sentences.map((s) => s.equation.reconstructionCosine)),
    minusDocument: mean(r.sentences.map((s) => s.minusDocument.reconstructionCosine)),
    gap: r.gap.equation.reconstructionCosine,
    documentL0: r.document.equation.l0,
    listedInText: listed.length === 0 ? 1 : listed.filter((a) => a.inText === true).length / listed.length,
    ms,
  };
}

/**
 * The same summary explained with each basis (`text` and `vocab`): the fit of each. The
 * summary is made once (default: auto, 3 sentences) so both reports explain the same picks.
 */
export async function compareBases(
  input: SummarizeInput,
  embedder: SentenceEmbedder,
  vectors: WordVectors,
  dict: WordDictionary,
  options: Partial<SummarizeOptions> & { readonly alpha?: number } = {},
): Promise<BasisFit[]> {
  const { alpha, ...summarizeOptions } = options;
  const summary = await summarize(input, embedder, { selector: 'auto', budget: { sentences: 3 }, ...summarizeOptions });
  const fits: BasisFit[] = [];
  for (const basis of BASIS_KINDS) {
    const t = performance.now();
    const report = await analyze(input, embedder, vectors, dict, { ...summarizeOptions, summary, basis, ...(alpha === undefined ? {} : { alpha }) });
    fits.push(fitOf(report, performance.now() - t));
  }
  return fits;
}
