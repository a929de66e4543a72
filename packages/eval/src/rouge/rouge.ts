import { EvalError } from '../errors.js';
import { aggregateCounts, type RougeCounts } from './aggregate.js';
import { lcsLength, summaryLevelLcs } from './lcs.js';
import { clippedMatches, countNgrams, type NgramCounts } from './ngrams.js';
import { createTokenizer, splitLines, type Tokenizer } from './tokenize.js';
import { truncateToLimit, type RougeLimit } from './truncate.js';
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

type ParsedMetric = { readonly kind: 'n'; readonly n: number } | { readonly kind: 'L' } | { readonly kind: 'Lsum' };

/** A summary after truncation and tokenisation, with its n-gram tables built on demand. */
class PreparedText {
  readonly sentences: readonly (readonly string[])[];
  readonly tokens: readonly string[];
  readonly #ngrams = new Map<number, NgramCounts>();
  constructor(text: string, tokenizer: Tokenizer, limit: RougeLimit | undefined) {
    const kept = limit === undefined ? text : truncateToLimit(text, limit);
    this.sentences = splitLines(kept).map(tokenizer);
    this.tokens = this.sentences.flat();
  }
  ngrams(n: number): NgramCounts {
    let counts = this.#ngrams.get(n);
    if (counts === undefined) {
      counts = countNgrams(this.tokens, n);
      this.#ngrams.set(n, counts);
    }
    return counts;
  }
}

const AGGREGATES: readonly RougeAggregate[] = ['average', 'best', 'macro'];

function parseMetric(metric: string): ParsedMetric {
  if (metric === 'rougeL') return { kind: 'L' };
  if (metric === 'rougeLsum') return { kind: 'Lsum' };
  const match = /^rouge([1-9][0-9]*)$/.exec(metric);
  if (match === null) {
    throw new EvalError(
      'INVALID_ARGUMENT',
      `unknown ROUGE metric "${metric}": expected rougeN (N >= 1), "rougeL" or "rougeLsum"`,
    );
  }
  return { kind: 'n', n: Number(match[1]) };
}

function countsFor(metric: ParsedMetric, reference: PreparedText, peer: PreparedText): RougeCounts {
  switch (metric.kind) {
    case 'n': {
      const r = reference.ngrams(metric.n);
      const p = peer.ngrams(metric.n);
      return { hits: clippedMatches(r, p), referenceCount: r.total, peerCount: p.total };
    }
    case 'L':
      return {
        hits: lcsLength(reference.tokens, peer.tokens),
        referenceCount: reference.tokens.length,
        peerCount: peer.tokens.length,
      };
    case 'Lsum': {
      const c = summaryLevelLcs(reference.sentences, peer.sentences);
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
export function createRougeScorer<M extends RougeMetric = DefaultRougeMetric>(
  references: readonly string[],
  options: RougeOptions<M> = {},
): RougeScorer<M> {
  if (!Array.isArray(references) || references.some((r) => typeof r !== 'string')) {
    throw new EvalError('INVALID_ARGUMENT', 'references must be an array of strings');
  }
  if (references.length === 0) throw new EvalError('EMPTY_INPUT', 'at least one reference is needed');
  const metrics = [...new Set(options.metrics ?? (DEFAULT_ROUGE_METRICS as readonly RougeMetric[] as readonly M[]))];
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
export function scoreRouge<M extends RougeMetric = DefaultRougeMetric>(
  peer: string,
  references: readonly string[],
  options: RougeOptions<M> = {},
): RougeScores<M> {
  return createRougeScorer(references, options).score(peer);
}
