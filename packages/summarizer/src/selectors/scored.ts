import { cosine, dot, norm } from '@vecsum/embeddings/math';
import { rankByScore } from '../select/rank.js';
import type { SelectionContext, SelectionSession, Selector } from '../select/types.js';
import type { Factor } from '../score/scorer.js';
import { contentWords } from '../score/lexical.js';
import { fillConcepts } from './concept-fill.js';

/** Redundancy is checked against at most this many picks (keeps a whole-text budget linear). */
const REDUNDANCY_CHECKED_PICKS = 64;

/**
 * Several documents retell the same events: a candidate whose content words are mostly (this
 * share of the shorter sentence's, at least NEAR_REPEAT_MIN_WORDS of them) those of a picked
 * sentence repeats it, and a cluster's summary skips it. Not tuned for ROUGE: on the DUC 2004
 * dev clusters it leaves 100-word summaries unchanged and costs recall in long ones, which gain
 * ROUGE by retelling (docs/results.md).
 */
const NEAR_REPEAT_SHARE = 0.6;
const NEAR_REPEAT_MIN_WORDS = 4;

type RepeatTest = (i: number, p: number) => boolean;

/**
 * The default's selector (what `auto` runs): sentences by the plan's linear score (cosine
 * importance, position, word overlap, frequency, length; score/plan.ts), plus, when the plan
 * weighs it, a gap term: how much closer a sentence is to what the summary still lacks (the
 * document vector minus its projection on the summary vector) than to the document itself.
 * When the plan weighs shared facts (clusters under a length budget), the gap is over the
 * concepts the documents share instead (concept-fill.ts).
 * A candidate as close as the plan's redundancy threshold to a picked sentence is skipped.
 * Every pick records the factors of its score, which sum to it exactly.
 */
export const scored: Selector = {
  name: 'scored',
  select(ctx, session) {
    const plan = ctx.plan;
    if (plan === undefined) throw new Error('scored: summarize() prepares the plan');
    const repeats = plan.kind === 'cluster' ? nearRepeatTest(ctx) : undefined;
    if (plan.concepts > 0) fillConcepts(ctx, session, (i, score, factors) => pickOrSkip(ctx, session, i, score, factors, repeats));
    else if (plan.gap === 0) walkRanking(ctx, session, repeats);
    else fillGaps(ctx, session, repeats);
  },
};

/** True when sentence i's content words are mostly those of sentence p (or the reverse). */
function nearRepeatTest(ctx: SelectionContext): RepeatTest {
  const words = new Map<number, Set<string>>();
  const wordsOf = (i: number): Set<string> => {
    let w = words.get(i);
    if (w === undefined) {
      w = new Set(contentWords(ctx.sentences[i]!.text));
      words.set(i, w);
    }
    return w;
  };
  return (i, p) => {
    const a = wordsOf(i);
    const b = wordsOf(p);
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    if (small.size < NEAR_REPEAT_MIN_WORDS) return false;
    let common = 0;
    for (const t of small) if (large.has(t)) common++;
    return common >= NEAR_REPEAT_SHARE * small.size;
  };
}

function redundantWith(ctx: SelectionContext, session: SelectionSession, i: number, repeats: RepeatTest | undefined): number | undefined {
  const threshold = ctx.plan?.redundancy ?? 1;
  if (threshold >= 1 && repeats === undefined) return undefined;
  const picked = session.picked;
  const v = ctx.vectors[i]!;
  for (let k = 0; k < Math.min(picked.length, REDUNDANCY_CHECKED_PICKS); k++) {
    const p = picked[k]!;
    if (threshold < 1 && dot(v, ctx.vectors[p]!) >= threshold) return p;
    if (repeats?.(i, p) === true) return p;
  }
  return undefined;
}

/** Picks sentence i unless it repeats a pick (then records why); true when it was picked. */
function pickOrSkip(
  ctx: SelectionContext,
  session: SelectionSession,
  i: number,
  score: number,
  factors: readonly Factor[],
  repeats: RepeatTest | undefined,
): boolean {
  const clash = session.fits(i) ? redundantWith(ctx, session, i, repeats) : undefined;
  if (clash === undefined) return session.pick(i, { reason: 'scored', score, factors });
  session.reject(i, { reason: 'redundant', redundantWith: clash, score });
  return false;
}

/** Without a gap term the score never changes: walk the ranking once (n log n). */
function walkRanking(ctx: SelectionContext, session: SelectionSession, repeats: RepeatTest | undefined): void {
  const scores = ctx.importance;
  for (const i of rankByScore(ctx, scores)) {
    if (session.done) return;
    pickOrSkip(ctx, session, i, scores[i]!, ctx.plan?.factors(i) ?? [], repeats);
  }
}

/** With a gap term: at each step the best score + gap x (cos to the gap - cos to the document). */
function fillGaps(ctx: SelectionContext, session: SelectionSession, repeats: RepeatTest | undefined): void {
  const plan = ctx.plan!;
  const d = ctx.target.length;
  const sum = new Float32Array(d);
  const gapVector = new Float32Array(d);
  const skipped = new Set<number>();
  while (!session.done) {
    let hasGap = false;
    if (session.picked.length > 0) {
      const size = norm(sum) || 1;
      const along = dot(ctx.target, sum) / size;
      for (let k = 0; k < d; k++) gapVector[k] = ctx.target[k]! - (along * sum[k]!) / size;
      hasGap = dot(gapVector, gapVector) > 1e-12;
    }
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestGap = 0;
    for (const i of session.candidates()) {
      if (skipped.has(i)) continue;
      const v = ctx.vectors[i]!;
      const gap = hasGap ? plan.gap * (cosine(v, gapVector) - dot(v, ctx.target)) : 0;
      const s = ctx.importance[i]! + gap;
      if (s > bestScore) {
        best = i;
        bestScore = s;
        bestGap = gap;
      }
    }
    if (best < 0) return;
    const factors = [...plan.factors(best), ...(bestGap !== 0 ? [{ feature: 'gap' as const, contribution: bestGap }] : [])];
    if (!pickOrSkip(ctx, session, best, bestScore, factors, repeats)) {
      skipped.add(best);
      continue;
    }
    const v = ctx.vectors[best]!;
    for (let k = 0; k < d; k++) sum[k] = sum[k]! + v[k]!;
  }
}
