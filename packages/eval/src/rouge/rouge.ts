import { EvalError } from '../errors.js';
import { aggregateCounts, type RougeCounts } from './aggregate.js';
import { lcsLength, summaryLevelLcs } from './lcs.js';
import { clippedMatches, countNgrams, type NgramCounts } from './ngrams.js';
import { countSkipBigrams } from './skip-bigrams.js';
import { createTokenizer, splitLines, type Tokenizer } from './tokenize.js';
import { truncateBytesForLcs, truncateToLimit, type RougeLimit } from './truncate.js';
import {
  DEFAULT_ROUGE_METRICS,
  type DefaultRougeMetric,
  type RougeAggregate,
  type RougeMetric,
  type RougeOptions,
  type RougeScore,
  type RougeScores,
} from './types.js';

/** Scores peers against a fixed set of references, which are tokenised once. */
export interface RougeScorer<M extends RougeMetric = DefaultRougeMetric> {
  /** The metrics this scorer computes, in order. */
  readonly metrics: readonly M[];
  /** Scores one peer summary (see {@link scoreRouge}). */
  score(peer: string): RougeScores<M>;
  /** Raw per-reference counts for each metric, before aggregation. */
  counts(peer: string): { readonly [K in M]: readonly RougeCounts[] };
}

type ParsedMetric =
  | { readonly kind: 'n'; readonly n: number }
  | { readonly kind: 'skip'; readonly maxGap: number; readonly unigrams: boolean; readonly key: string }
  | { readonly kind: 'L' }
  | { readonly kind: 'Lsum' };

/** A summary after truncation and tokenisation, with its n-gram tables built on demand. */
class PreparedText {
  /** Tokens of each sentence line of the truncated text (ROUGE's `readText`). */
  readonly sentences: readonly (readonly string[])[];
  readonly tokens: readonly string[];
  /** Sentences for summary-level ROUGE-L (ROUGE's `readText_LCS`; differs only under `-b`). */
  readonly lcsSentences: readonly (readonly string[])[];
  readonly #tables = new Map<string, NgramCounts>();
  constructor(text: string, tokenizer: Tokenizer, limit: RougeLimit | undefined) {
    const kept = limit === undefined ? text : truncateToLimit(text, limit);
    this.sentences = splitLines(kept).map(tokenizer);
    this.tokens = this.sentences.flat();
    this.lcsSentences = limit !== undefined && 'bytes' in limit ? splitLines(truncateBytesForLcs(text, limit.bytes)).map(tokenizer) : this.sentences;
  }
  ngrams(n: number): NgramCounts {
    return this.#table(`n${n}`, () => countNgrams(this.tokens, n));
  }
  skipBigrams(metric: { readonly maxGap: number; readonly unigrams: boolean; readonly key: string }): NgramCounts {
    return this.#table(metric.key, () => countSkipBigrams(this.tokens, metric.maxGap, metric.unigrams));
  }
  #table(key: string, build: () => NgramCounts): NgramCounts {
    let counts = this.#tables.get(key);
    if (counts === undefined) {
      counts = build();
      this.#tables.set(key, counts);
    }
    return counts;
  }
}

const AGGREGATES: readonly RougeAggregate[] = ['average', 'best', 'macro'];

function parseMetric(metric: string): ParsedMetric {
  if (metric === 'rougeL') return { kind: 'L' };
  if (metric === 'rougeLsum') return { kind: 'Lsum' };
  const ngram = /^rouge([1-9][0-9]*)$/.exec(metric);
  if (ngram !== null) return { kind: 'n', n: Number(ngram[1]) };
  const skip = /^rougeS(U?)(0|[1-9][0-9]*)$/.exec(metric);
  if (skip !== null) return { kind: 'skip', maxGap: Number(skip[2]), unigrams: skip[1] === 'U', key: metric };
  throw new EvalError('INVALID_ARGUMENT', `unknown ROUGE metric "${metric}": expected rougeN (N >= 1), rougeSk or rougeSUk (k >= 0), "rougeL" or "rougeLsum"`);
}

function tableCounts(reference: NgramCounts, peer: NgramCounts): RougeCounts {
  return { hits: clippedMatches(reference, peer), referenceCount: reference.total, peerCount: peer.total };
}

function countsFor(metric: ParsedMetric, reference: PreparedText, peer: PreparedText): RougeCounts {
  switch (metric.kind) {
    case 'n':
      return tableCounts(reference.ngrams(metric.n), peer.ngrams(metric.n));
    case 'skip':
      return tableCounts(reference.skipBigrams(metric), peer.skipBigrams(metric));
    case 'L':
      return {
        hits: lcsLength(reference.tokens, peer.tokens),
        referenceCount: reference.tokens.length,
        peerCount: peer.tokens.length,
      };
    case 'Lsum': {
      const clip = { reference: reference.tokens, peer: peer.tokens };
      const c = summaryLevelLcs(reference.lcsSentences, peer.lcsSentences, clip);
      return { hits: c.hits, referenceCount: c.referenceTokens, peerCount: c.peerTokens };
    }
  }
}

function validateOptions(options: RougeOptions): { aggregate: RougeAggregate; alpha: number } {
  const aggregate = options.aggregate ?? 'average';
  if (!AGGREGATES.includes(aggregate)) {
    throw new EvalError('INVALID_ARGUMENT', `aggregate must be one of ${AGGREGATES.join(', ')}, got "${String(aggregate)}"`);
  }
  const alpha = options.alpha ?? 0.5;
  if (!Number.isFinite(alpha) || alpha < 0 || alpha > 1) {
    throw new EvalError('INVALID_ARGUMENT', `alpha must be in [0, 1], got ${String(alpha)}`);
  }
  if (options.limit !== undefined) truncateToLimit('', options.limit); // validates the limit
  return { aggregate, alpha };
}

/**
 * Prepares references once for scoring many peers (the oracle and dataset runs use this).
 * Same semantics and errors as {@link scoreRouge}.
 */
export function createRougeScorer(references: readonly string[], options?: RougeOptions<never>): RougeScorer<DefaultRougeMetric>;
export function createRougeScorer<M extends RougeMetric>(
  references: readonly string[],
  options: RougeOptions<M> & { readonly metrics: readonly M[] },
): RougeScorer<M>;
/** Metrics known only at run time: read each score by its name. */
export function createRougeScorer(references: readonly string[], options: RougeOptions): RougeScorer<RougeMetric>;
export function createRougeScorer(references: readonly string[], options: RougeOptions = {}): RougeScorer<RougeMetric> {
  return scorerFor(references, options, options.metrics ?? DEFAULT_ROUGE_METRICS);
}

/** {@link createRougeScorer} once the metrics are known (given, or the defaults). */
function scorerFor<M extends RougeMetric>(references: readonly string[], options: RougeOptions, metricList: readonly M[]): RougeScorer<M> {
  if (!Array.isArray(references) || references.some((r) => typeof r !== 'string')) {
    throw new EvalError('INVALID_ARGUMENT', 'references must be an array of strings');
  }
  if (references.length === 0) throw new EvalError('EMPTY_INPUT', 'at least one reference is needed');
  const metrics = [...new Set(metricList)];
  if (metrics.length === 0) throw new EvalError('INVALID_ARGUMENT', 'metrics must not be empty');
  const parsed = metrics.map((m) => [m, parseMetric(m)] as const);
  const { aggregate, alpha } = validateOptions(options);
  const tokenizer = createTokenizer(options);
  const referenceLimit = options.limitReferences === false ? undefined : options.limit;
  const prepared = references.map((r) => new PreparedText(r, tokenizer, referenceLimit));

  const counts = (peer: string): { readonly [K in M]: readonly RougeCounts[] } => {
    if (typeof peer !== 'string') throw new EvalError('INVALID_ARGUMENT', 'peer must be a string');
    const p = new PreparedText(peer, tokenizer, options.limit);
    const out = {} as Record<M, readonly RougeCounts[]>;
    for (const [name, metric] of parsed) out[name] = prepared.map((r) => countsFor(metric, r, p));
    return out;
  };
  const score = (peer: string): RougeScores<M> => {
    const perReference = counts(peer);
    const out = {} as Record<M, RougeScore>;
    for (const name of metrics) out[name] = aggregateCounts(perReference[name], aggregate, alpha);
    return out;
  };
  return { metrics, score, counts };
}

/**
 * Scores a peer summary against one or more references with ROUGE-1.5.5 semantics: the peer
 * (and, by default, each reference) is truncated to `limit` before tokenising; tokens are
 * lower-cased ASCII alphanumerics, Porter-stemmed when longer than 3 characters (`stem`,
 * default on); ROUGE-N counts clipped n-gram matches; ROUGE-L is the LCS of the whole texts;
 * ROUGE-Lsum is the summary-level union LCS over `\n`-separated sentences; several references
 * are combined by `aggregate` (default: ROUGE `-f A`). Every figure is in [0, 1], unrounded.
 *
 * An empty peer (or one with no tokens) scores 0; a reference with no tokens adds nothing.
 *
 * @throws EvalError `EMPTY_INPUT` with no references; `INVALID_ARGUMENT` for an unknown metric,
 *   a bad limit, alpha or aggregate, or non-string input
 * @example
 * scoreRouge('the cat sat on the mat', ['a cat sat on a mat'], { metrics: ['rouge1', 'rouge2'] })
 * // { rouge1: { recall: 0.667, precision: 0.667, f1: 0.667 }, rouge2: { recall: 0.4, ... } }
 */
export function scoreRouge(peer: string, references: readonly string[], options?: RougeOptions<never>): RougeScores<DefaultRougeMetric>;
export function scoreRouge<M extends RougeMetric>(
  peer: string,
  references: readonly string[],
  options: RougeOptions<M> & { readonly metrics: readonly M[] },
): RougeScores<M>;
export function scoreRouge(peer: string, references: readonly string[], options: RougeOptions): RougeScores<RougeMetric>;
export function scoreRouge(peer: string, references: readonly string[], options: RougeOptions = {}): RougeScores<RougeMetric> {
  return scorerFor(references, options, options.metrics ?? DEFAULT_ROUGE_METRICS).score(peer);
}
