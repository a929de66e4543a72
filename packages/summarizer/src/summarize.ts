import { embedDocument, similarities, type DocumentVectorMode, type SentenceEmbedder } from '@vecsum/embeddings';
import { cosine, isZero, normalize, addScaled } from '@vecsum/embeddings/math';
import { resolveBudget, sentenceCosts, summaryCost, type Budget } from './budget.js';
import { SummarizerError } from './errors.js';
import { explainSentences } from './explain/explain.js';
import type { Summary } from './explain/types.js';
import { decideEligibility } from './prepare/eligibility.js';
import { DEFAULT_MAX_INPUT_CHARS, inputDocuments, segmentInput, type SummarizeInput } from './prepare/input.js';
import { summaryText, truncateToFill } from './select/finalize.js';
import { positionPrior, positionsInDocument } from './select/position-prior.js';
import { createRandom } from '@vecsum/embeddings/math';
import { rankByScore } from './select/rank.js';
import { createSession } from './select/session.js';
import type { SelectionContext, SelectorName, SelectorOptions } from './select/types.js';
import { getSelector, isSelectorChoice, type SelectorChoice } from './selectors/registry.js';
import { autoPositionWeight, autoSelector } from './selectors/auto.js';
import { learnedModelOf } from './selectors/learned.js';
import { scoreSentences } from './learned/model.js';
import { correctScores } from './learned/selection.js';

export interface SummarizeOptions extends SelectorOptions {
  readonly budget: Budget;
  /** Default `auto` (see selectors/auto.ts for the evaluation behind it). */
  readonly selector?: SelectorChoice;
  /** `document` (default): summary in source order; `rank`: in pick order. */
  readonly order?: 'document' | 'rank';
  /** Query-focused mode: the target vector leans towards the query's vector. */
  readonly query?: string;
  /** Weight of the query in the target, in [0, 1] (default 0.5). */
  readonly queryWeight?: number;
  /** Weight of the position prior added to importance (default 0: none). */
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
  /** Default 10 MiB of text; beyond it INPUT_TOO_LARGE. */
  readonly maxInputChars?: number;
  /** Seed of the random selector (default 1). */
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

/**
 * Summarizes a text or a set of documents: split, embed, score, select under the budget,
 * explain every sentence.
 *
 * Throws SummarizerError: EMPTY_DOCUMENT, INVALID_BUDGET, UNKNOWN_SELECTOR, INVALID_OPTION,
 * INPUT_TOO_LARGE (and EmbeddingError from the embedder).
 *
 * @example
 * const summary = await summarize(article, embedder, { budget: { words: 100 }, selector: 'greedy' });
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
  const t1 = performance.now();

  const doc = await embedDocument(sentences, embedder, {
    ...(options.documentVector === undefined ? {} : { documentVector: options.documentVector }),
    ...(options.removeDocumentComponent === undefined ? {} : { removeDocumentComponent: options.removeDocumentComponent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const warnings = [...doc.warnings];
  let target = doc.documentVector;
  if (options.query !== undefined && options.query.trim() !== '') {
    const q = (await embedder.embed([options.query])).vectors[0];
    if (q === undefined || isZero(q)) warnings.push('QUERY_NO_VECTOR');
    else {
      const w = options.queryWeight ?? 0.5;
      target = normalize(addScaled(Float32Array.from(target).map((x) => x * (1 - w)), q, w));
    }
  }
  const t2 = performance.now();

  const cosines = similarities(doc.vectors, doc.documentVector);
  const prior = positionPrior(sentences);
  let selectorName: SelectorName = choice === 'auto' ? autoSelector(documents.length, budget) : choice;
  const pw = options.positionWeight ?? (choice === 'auto' ? autoPositionWeight(documents.length, selectorName) : 0);
  let importance = similarities(doc.vectors, target).map((c, i) => c + pw * (prior[i] as number));
  const eligibility = decideEligibility(sentences, doc.vectors, doc.empty, {
    maxSentenceWords: options.maxSentenceWords ?? 100,
    duplicateThreshold: options.duplicateThreshold ?? 0.97,
  });
  if (summaryCost(sentences.map((s) => s.text), budget.unit) <= budget.limit) {
    warnings.push('WHOLE_DOCUMENT');
    eligibility.eligible.fill(true);
    eligibility.excluded.clear();
  } else if (doc.empty.length === sentences.length) {
    warnings.push('NO_VECTORS');
    selectorName = 'lead';
    sentences.forEach((s, i) => {
      eligibility.eligible[i] = s.words <= (options.maxSentenceWords ?? 100);
      if (eligibility.eligible[i]) eligibility.excluded.delete(i);
    });
  }

  // `learned` ranks by its model's score: it becomes the importance the summary reports.
  const learnedScores = selectorName === 'learned' ? scoreSentences({ sentences, vectors: doc.vectors, target, eligible: eligibility.eligible }, learnedModelOf(options)) : undefined;
  const adjusted = learnedScores === undefined ? undefined : correctScores(learnedScores.model, learnedScores, sentences, eligibility.eligible, budget);
  if (adjusted !== undefined) importance = adjusted.scores.map((x, i) => x + pw * (prior[i] as number));
  const ctx: SelectionContext = {
    ...(learnedScores === undefined ? {} : { learned: learnedScores }),
    sentences,
    vectors: doc.vectors,
    target,
    importance,
    eligible: eligibility.eligible,
    join: doc.join,
    random: createRandom(options.seed ?? 1),
    vectorFunction: 'function' in embedder && typeof embedder.function === 'string' ? embedder.function : embedder.id,
  };
  const costs = sentenceCosts(sentences, budget.unit);
  const session = createSession(ctx, budget, costs, {
    resolveDangling: options.resolveDangling === true,
    stopAtFirstOverflow: options.truncate === true && budget.unit !== 'sentences',
  });
  getSelector(selectorName).select(ctx, session, options);
  const record = session.record();
  const order = rankByScore(ctx, importance);
  const truncated =
    options.truncate === true || record.picked.length === 0
      ? truncateToFill(sentences, record, budget, order.length > 0 ? order : sentences.map((s) => s.index))
      : null;
  if (record.picked.length === 0 && truncated !== null) warnings.push('TRUNCATED_TO_FIT');
  const t3 = performance.now();

  const pickedAll = truncated === null ? record.picked : [...record.picked, truncated.index];
  const picks = new Map(record.picks);
  if (truncated !== null) picks.set(truncated.index, { reason: 'truncated', score: importance[truncated.index] as number });
  const outOrder = options.order === 'rank' ? pickedAll : [...pickedAll].sort((a, b) => a - b);
  const textOf = (i: number): string => (truncated?.index === i ? truncated.text : (sentences[i] as typeof sentences[number]).text);
  const partSum = new Float32Array(target.length);
  for (const i of pickedAll) addScaled(partSum, doc.join.parts[i] as Float32Array);
  const summaryVector = doc.join.finish(partSum);
  const sentencesOut = explainSentences({
    sentences,
    vectors: doc.vectors,
    cosines,
    importance,
    positions: positionsInDocument(sentences),
    eligibility,
    record: { ...record, picked: pickedAll, picks },
    ...(learnedScores === undefined ? {} : { learned: learnedScores }),
    ...(adjusted === undefined ? {} : { adjustment: adjusted.factors }),
  });
  const used = summaryCost(outOrder.map(textOf), budget.unit);
  return {
    text: summaryText(outOrder.map(textOf)),
    picked: outOrder,
    sentences: sentencesOut,
    trace: record.trace,
    truncated,
    meta: {
      selector: choice,
      selectorUsed: selectorName,
      embedderId: embedder.id,
      budget: options.budget,
      unit: budget.unit,
      limit: budget.limit,
      used,
      order: options.order ?? 'document',
      documentCount: documents.length,
      sentenceCount: sentences.length,
      similarity: cosine(summaryVector, doc.documentVector),
      timings: { segmentMs: t1 - t0, embedMs: t2 - t1, selectMs: t3 - t2, totalMs: performance.now() - t0 },
      warnings,
    },
  };
}

function validateOptions(o: SummarizeOptions): void {
  const check = (ok: boolean, what: string): void => {
    if (!ok) throw new SummarizerError('INVALID_OPTION', what);
  };
  if (o.order !== undefined) check(o.order === 'document' || o.order === 'rank', `order must be document or rank, got ${JSON.stringify(o.order)}`);
  if (o.queryWeight !== undefined) check(o.queryWeight >= 0 && o.queryWeight <= 1, `queryWeight must be in [0, 1], got ${o.queryWeight}`);
  if (o.positionWeight !== undefined) check(Number.isFinite(o.positionWeight), `positionWeight must be a finite number`);
  if (o.factor !== undefined) check(Number.isFinite(o.factor) && o.factor >= 0, `factor must be >= 0, got ${o.factor}`);
  if (o.lambda !== undefined) check(o.lambda >= 0 && o.lambda <= 1, `lambda must be in [0, 1], got ${o.lambda}`);
  if (o.maxSentenceWords !== undefined) check(Number.isInteger(o.maxSentenceWords) && o.maxSentenceWords > 0, 'maxSentenceWords must be a positive integer');
  if (o.duplicateThreshold !== undefined) check(o.duplicateThreshold > 0 && o.duplicateThreshold <= 1, 'duplicateThreshold must be in (0, 1]');
  if (o.query !== undefined) check(typeof o.query === 'string', 'query must be a string');
}
