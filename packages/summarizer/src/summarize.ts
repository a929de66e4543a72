import { embedDocument, similarities, type DocumentVectorMode, type SentenceEmbedder } from '@vecsum/embeddings';
import { cosine, isZero, normalize, addScaled } from '@vecsum/embeddings/math';
import { resolveBudget, sentenceCosts, summaryCost, totalCost, type Budget } from './budget.js';
import { SummarizerError } from './errors.js';
import { cosineWithNorms, squaredNorms } from './explain/cosines.js';
import { explainSentences } from './explain/explain.js';
import type { Summary } from './explain/types.js';
import { decideEligibility, excludeFragments } from './prepare/eligibility.js';
import { excludeDoubtful } from './prepare/doubtful.js';
import { validateOptions } from './prepare/validate-options.js';
import { DEFAULT_MAX_INPUT_CHARS, inputDocuments, segmentInput, type SummarizeInput } from './prepare/input.js';
import { summaryText, truncateToFill } from './select/finalize.js';
import { positionPrior, positionsInDocument } from './select/position-prior.js';
import { createRandom } from '@vecsum/embeddings/math';
import { rankByScore } from './select/rank.js';
import { createSession } from './select/session.js';
import type { PickNote, SelectionContext, SelectorName, SelectorOptions } from './select/types.js';
import { getSelector, isSelectorChoice, type SelectorChoice } from './selectors/registry.js';
import { planMeta, planScores } from './score/prepare-scores.js';
import type { Eligibility } from './prepare/eligibility.js';
import type { Sentence, Vector } from '@vecsum/embeddings';
import type { ResolvedBudget } from './budget.js';

export interface SummarizeOptions extends SelectorOptions {
  readonly budget: Budget;
  /** Default `auto`: the plan scorer (score/plan.ts; the evaluation behind it in docs/results.md). */
  readonly selector?: SelectorChoice;
  /** `document` (default): summary in source order; `rank`: in pick order. */
  readonly order?: 'document' | 'rank';
  /** Query-focused mode: the target vector leans towards the query's vector. */
  readonly query?: string;
  /** Weight of the query in the target, in [0, 1] (default 0.5). */
  readonly queryWeight?: number;
  /** Weight of the position prior added to the cosine of the embedding selectors (default 0: none; not used by auto). */
  readonly positionWeight?: number;
  /** Cut one more sentence to fill the budget exactly (the paper's evaluation). Default false. */
  readonly truncate?: boolean;
  /** Pull in the preceding sentence of a dangling pick when it fits. Default false. */
  readonly resolveDangling?: boolean;
  readonly documentVector?: DocumentVectorMode;
  readonly removeDocumentComponent?: boolean;
  /** Longer sentences are not candidates (default 100 words, as in the paper). */
  readonly maxSentenceWords?: number;
  /** Cosine at which a sentence of another document counts as a duplicate (default 0.97). */
  readonly duplicateThreshold?: number;
  /**
   * Lines of the input that may not be the text's own (a web page's lines that read like page
   * furniture: `ReadResult.doubtful` of @vecsum/reader). A sentence on such a line is not picked
   * while at least three other candidates remain; it still counts in the document vector.
   */
  readonly doubtfulLines?: readonly string[];
  /** Default 10 MiB of text; beyond it INPUT_TOO_LARGE. */
  readonly maxInputChars?: number;
  /** Seed of the random selector (default 1). */
  readonly seed?: number;
  /**
   * false: do not explain every sentence (`sentences` is empty; the text, picks, trace and meta
   * are the same), for callers that only show the summary, such as the API under explain=false.
   * Default true.
   */
  readonly explain?: boolean;
  readonly signal?: AbortSignal;
}

/**
 * Summarizes a text or a set of documents: prepare (split, budget) -> embed -> score (auto's
 * plan, or the cosine for the paper's selectors) -> select under the budget -> finalize
 * (truncation, order) -> explain every sentence.
 *
 * Throws SummarizerError: EMPTY_DOCUMENT, INVALID_BUDGET, UNKNOWN_SELECTOR, INVALID_OPTION,
 * INPUT_TOO_LARGE (and EmbeddingError from the embedder).
 *
 * @example
 * const summary = await summarize(article, embedder, { budget: { sentences: 3 } });
 * console.log(summary.text);
 */
export async function summarize(input: SummarizeInput, embedder: SentenceEmbedder, options: SummarizeOptions): Promise<Summary> {
  const t0 = performance.now();
  const choice = options.selector ?? 'auto';
  if (!isSelectorChoice(choice)) getSelector(choice); // throws UNKNOWN_SELECTOR
  validateOptions(options);
  const documents = inputDocuments(input, options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS);
  const sentences = segmentInput(documents);
  // a ratio is of the sentences proper: headings are not summary material
  const budget = resolveBudget(options.budget, sentences.filter((s) => s.heading !== true).length || sentences.length);
  refuseQuadraticBeforeEmbedding(sentences, choice, options);
  const t1 = performance.now();
  const embedded = await embedInput(sentences, embedder, options);
  const t2 = performance.now();
  const costs = sentenceCosts(sentences, budget.unit);
  const scoring = scoreInput(documents, sentences, embedded, { budget, costs }, choice, options);
  const ctx: SelectionContext = {
    ...(scoring.plan === undefined ? {} : { plan: scoring.plan }),
    sentences,
    vectors: embedded.doc.vectors,
    target: embedded.target,
    importance: scoring.importance,
    eligible: scoring.eligibility.eligible,
    join: embedded.doc.join,
    random: createRandom(options.seed ?? 1),
    vectorFunction: 'function' in embedder && typeof embedder.function === 'string' ? embedder.function : embedder.id,
  };
  const session = createSession(ctx, budget, costs, {
    resolveDangling: options.resolveDangling === true,
    stopAtFirstOverflow: options.truncate === true && budget.unit !== 'sentences',
  });
  getSelector(scoring.selector).select(ctx, session, options);
  const record = session.record();
  const truncated =
    options.truncate === true || record.picked.length === 0 ? truncateToFill(sentences, record, budget, rankByScore(ctx, scoring.importance)) : null;
  if (record.picked.length === 0 && truncated !== null) scoring.warnings.push('TRUNCATED_TO_FIT');
  const t3 = performance.now();
  return finalize({ sentences, embedded, scoring, record, truncated, budget, choice, embedder, options, times: [t0, t1, t2, t3] });
}

interface Embedded {
  readonly doc: Awaited<ReturnType<typeof embedDocument>>;
  readonly target: Vector;
  readonly warnings: string[];
}

/** Sentence and document vectors; the target leans towards the query when one is given. */
async function embedInput(sentences: readonly Sentence[], embedder: SentenceEmbedder, options: SummarizeOptions): Promise<Embedded> {
  const doc = await embedDocument(sentences, embedder, {
    ...(options.documentVector === undefined ? {} : { documentVector: options.documentVector }),
    ...(options.removeDocumentComponent === undefined ? {} : { removeDocumentComponent: options.removeDocumentComponent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const warnings = [...doc.warnings];
  if (options.query === undefined || options.query.trim() === '') return { doc, target: doc.documentVector, warnings };
  const q = (await embedder.embed([options.query])).vectors[0];
  if (q === undefined || isZero(q)) {
    warnings.push('QUERY_NO_VECTOR');
    return { doc, target: doc.documentVector, warnings };
  }
  const w = options.queryWeight ?? 0.5;
  return {
    doc,
    target: normalize(
      addScaled(
        Float32Array.from(doc.documentVector).map((x) => x * (1 - w)),
        q,
        w,
      ),
    ),
    warnings,
  };
}

interface Scoring {
  readonly selector: SelectorName;
  readonly importance: number[];
  readonly eligibility: Eligibility;
  readonly plan?: NonNullable<SelectionContext['plan']>;
  readonly warnings: string[];
}

/** Candidates and the score selectors rank by: auto's plan scores, or cosine to the target (+ position prior). */
function scoreInput(
  documents: readonly string[],
  sentences: readonly Sentence[],
  embedded: Embedded,
  { budget, costs }: { readonly budget: ResolvedBudget; readonly costs: readonly number[] },
  choice: SelectorChoice,
  options: SummarizeOptions,
): Scoring {
  const { doc, target, warnings } = embedded;
  const maxSentenceWords = options.maxSentenceWords ?? 100;
  const eligibility = decideEligibility(sentences, doc.vectors, doc.empty, { maxSentenceWords, duplicateThreshold: options.duplicateThreshold ?? 0.97 });
  excludeDoubtful(documents, sentences, options.doubtfulLines ?? [], eligibility.eligible, eligibility.excluded);
  if (totalCost(costs, budget.unit) <= budget.limit) {
    warnings.push('WHOLE_DOCUMENT');
    eligibility.eligible.fill(true);
    eligibility.excluded.clear();
  } else if (doc.empty.length === sentences.length) {
    // no vectors at all (e.g. a language the model does not cover): the lead, said so
    warnings.push('NO_VECTORS');
    sentences.forEach((s, i) => {
      eligibility.eligible[i] = s.words <= maxSentenceWords && s.heading !== true;
      if (eligibility.eligible[i]) eligibility.excluded.delete(i);
    });
    // the lead of a page in another language skips its labels too ("查看: |回复:")
    excludeFragments(sentences, eligibility.eligible, eligibility.excluded);
    excludeDoubtful(documents, sentences, options.doubtfulLines ?? [], eligibility.eligible, eligibility.excluded);
    return { selector: 'lead', importance: positionPrior(sentences), eligibility, warnings };
  }
  if (choice === 'auto' || choice === 'scored') {
    // `rest` leaves a sentence out of the document vector; with a query the target is not that vector
    const join = target === doc.documentVector ? { join: doc.join } : {};
    const scored = planScores({ documents, sentences, vectors: doc.vectors, target, eligible: eligibility.eligible, budget, ...join }, options.planConstants);
    return { ...scored, eligibility, warnings };
  }
  const prior = positionPrior(sentences);
  const pw = options.positionWeight ?? 0;
  const importance = similarities(doc.vectors, target).map((c, i) => c + pw * prior[i]!);
  return { selector: choice, importance, eligibility, warnings };
}

interface Finalize {
  readonly sentences: readonly Sentence[];
  readonly embedded: Embedded;
  readonly scoring: Scoring;
  readonly record: ReturnType<ReturnType<typeof createSession>['record']>;
  readonly truncated: { readonly index: number; readonly text: string } | null;
  readonly budget: ResolvedBudget;
  readonly choice: SelectorChoice;
  readonly embedder: SentenceEmbedder;
  readonly options: SummarizeOptions;
  readonly times: readonly [number, number, number, number];
}

/** The summary text (a cut fragment always last), its vector's similarity, and every sentence explained. */
function finalize(f: Finalize): Summary {
  const { sentences, embedded, scoring, record, truncated, options } = f;
  const whole = options.order === 'rank' ? [...record.picked] : [...record.picked].sort((a, b) => a - b);
  const outOrder = truncated === null ? whole : [...whole, truncated.index];
  const picks = new Map(record.picks);
  if (truncated !== null) picks.set(truncated.index, { reason: 'truncated', score: scoring.importance[truncated.index]! });
  const textOf = (i: number): string => (truncated?.index === i ? truncated.text : sentences[i]!.text);
  const partSum = new Float32Array(embedded.target.length);
  for (const i of outOrder) addScaled(partSum, embedded.doc.join.parts[i]!);
  const sentencesOut = options.explain === false ? [] : explainAll(f, outOrder, picks);
  const texts = outOrder.map(textOf);
  return {
    text: summaryText(texts),
    picked: outOrder,
    sentences: sentencesOut,
    trace: record.trace,
    truncated,
    meta: metaOf(f, texts, partSum),
  };
}

/** Every input sentence with its explanation, in document order. */
function explainAll(f: Finalize, outOrder: readonly number[], picks: Map<number, PickNote>): Summary['sentences'] {
  const { sentences, embedded, scoring, record, budget } = f;
  const { vectors, documentVector } = embedded.doc;
  const norms = squaredNorms(vectors);
  const documentNorm = squaredNorms([documentVector])[0]!;
  return explainSentences({
    sentences,
    vectors,
    norms,
    // similarities(vectors, documentVector), with each norm summed once
    cosines: vectors.map((v, i) => cosineWithNorms(v, documentVector, norms[i]!, documentNorm)),
    importance: scoring.importance,
    positions: positionsInDocument(sentences),
    eligibility: scoring.eligibility,
    record: { ...record, picked: outOrder, picks },
    unit: budget.unit,
    remaining: budget.limit - record.used,
    ...(scoring.plan === undefined ? {} : { plan: scoring.plan }),
  });
}

/** The summary's meta: the plan, the budget used, the summary vector's similarity, timings and warnings. */
function metaOf(f: Finalize, texts: readonly string[], partSum: Float32Array): Summary['meta'] {
  const { sentences, embedded, scoring, budget, options } = f;
  const [t0, t1, t2, t3] = f.times;
  return {
    selector: f.choice,
    selectorUsed: scoring.selector,
    ...(scoring.plan === undefined ? {} : { plan: planMeta(scoring.plan) }),
    embedderId: f.embedder.id,
    budget: options.budget,
    unit: budget.unit,
    limit: budget.limit,
    used: summaryCost(texts, budget.unit),
    order: options.order ?? 'document',
    documentCount: new Set(sentences.map((s) => s.docIndex)).size,
    sentenceCount: sentences.length,
    similarity: cosine(embedded.doc.join.finish(partSum), embedded.doc.documentVector),
    timings: { segmentMs: t1 - t0, embedMs: t2 - t1, selectMs: t3 - t2, totalMs: performance.now() - t0 },
    warnings: scoring.warnings,
  };
}

/**
 * lexrank and cluster compare every pair of candidates, so they refuse more than
 * `maxSentences` (default 2000); the count is checked here, before any embedding, on the
 * sentences that can be candidates at all (not headings, not too long).
 */
function refuseQuadraticBeforeEmbedding(sentences: readonly Sentence[], choice: SelectorChoice, options: SummarizeOptions): void {
  if (choice !== 'lexrank' && choice !== 'cluster') return;
  const cap = options.maxSentences ?? 2000;
  const maxWords = options.maxSentenceWords ?? 100;
  const n = sentences.filter((s) => s.heading !== true && s.words <= maxWords).length;
  if (n > cap) {
    throw new SummarizerError(
      'INPUT_TOO_LARGE',
      `${choice} compares every pair of sentences: ${n} candidate sentences exceed its cap of ${cap} ` +
        '(raise maxSentences, or use auto or near, which take any length)',
    );
  }
}
