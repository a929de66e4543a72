import { addScaled, cosine } from '@vecsum/embeddings/math';
import { separatorCost, type ResolvedBudget } from '../budget.js';
import { isDangling } from '../explain/dangling.js';
import type { PickNote, RejectNote, SelectionContext, SelectionSession } from './types.js';

/** One step of a selector's trace. */
export interface TraceStep {
  readonly step: number;
  readonly index: number;
  readonly note: PickNote;
  /** cos(summary vector, target) once this sentence joined the summary. */
  readonly similarity: number;
}

export interface SessionRecord {
  readonly picked: readonly number[];
  readonly trace: readonly TraceStep[];
  readonly picks: ReadonlyMap<number, PickNote>;
  readonly rejects: ReadonlyMap<number, RejectNote>;
  /** Sentences a selector tried to pick that did not fit (first refusal first). */
  readonly refused: readonly number[];
  readonly used: number;
}

/** A SelectionSession over per-sentence costs, plus the record it leaves behind. */
export interface SessionOptions {
  /**
   * When a sentence opening with a dangling reference ("He", "However") is picked, pick the
   * sentence before it in the same document too, if it fits.
   */
  resolveDangling?: boolean;
  /**
   * The paper's stopping rule (used with `truncate`): candidates are not filtered by the budget,
   * and the first pick that does not fit closes the session; `summarize` then cuts that
   * sentence to fill the budget exactly.
   */
  stopAtFirstOverflow?: boolean;
}

/**
 * What a session has picked so far: the picks in order with their notes, the rejects and
 * refusals, the cost used, and the summary vector's running sum behind each trace step.
 */
function createLedger(ctx: SelectionContext, costs: readonly number[], sep: number) {
  const picked: number[] = [];
  const picks = new Map<number, PickNote>();
  const trace: TraceStep[] = [];
  const partSum = new Float32Array(ctx.target.length);
  const ledger = {
    picked,
    isPicked: new Uint8Array(costs.length),
    rejects: new Map<number, RejectNote>(),
    refused: [] as number[],
    used: 0,
    /** Cost of adding sentence i now: its own, plus a separator after the first pick. */
    cost: (i: number): number => costs[i]! + (picked.length > 0 ? sep : 0),
    add(index: number, note: PickNote): void {
      ledger.used += ledger.cost(index);
      picked.push(index);
      ledger.isPicked[index] = 1;
      picks.set(index, note);
      ledger.rejects.delete(index);
      addScaled(partSum, ctx.join.parts[index]!);
      const summaryVector = ctx.join.finish(partSum, new Float32Array(partSum.length));
      trace.push({ step: trace.length + 1, index, note, similarity: cosine(summaryVector, ctx.target) });
    },
    /** Whether adding `indices` (in order) to the picks stays within `limit`. */
    fitsSet(indices: Iterable<number>, limit: number): boolean {
      let total = ledger.used;
      let n = picked.length;
      for (const i of indices) {
        if (ctx.eligible[i] !== true || ledger.isPicked[i] === 1) return false;
        total += costs[i]! + (n > 0 ? sep : 0);
        n++;
      }
      return total <= limit;
    },
    record: (): SessionRecord => ({ picked: [...picked], trace: [...trace], picks, rejects: ledger.rejects, refused: [...ledger.refused], used: ledger.used }),
  };
  return ledger;
}

/**
 * The cheapest eligible sentence not yet picked, for `done`: a pointer into the eligible
 * sentences by cost that only moves forward, so a selector asking `done` at every step of a
 * ranking stays linear.
 */
function cheapestOpen(ctx: SelectionContext, costs: readonly number[], isPicked: Uint8Array): () => number | undefined {
  const byCost = costs
    .map((_, i) => i)
    .filter((i) => ctx.eligible[i] === true)
    .sort((a, b) => costs[a]! - costs[b]! || a - b);
  let at = 0;
  return () => {
    while (at < byCost.length && isPicked[byCost[at]!] === 1) at++;
    return byCost[at];
  };
}

/** The sentence before `index` when `index` opens with a dangling reference in the same document. */
function danglingContext(ctx: SelectionContext, index: number): number | undefined {
  const sentence = ctx.sentences[index];
  const prev = ctx.sentences[index - 1];
  if (sentence === undefined || prev === undefined || prev.docIndex !== sentence.docIndex || prev.heading === true) return undefined;
  return isDangling(sentence.text) ? prev.index : undefined;
}

export function createSession(
  ctx: SelectionContext,
  budget: ResolvedBudget,
  costs: readonly number[],
  options: SessionOptions = {},
): SelectionSession & { record(): SessionRecord } {
  const s = createLedger(ctx, costs, separatorCost(budget.unit));
  const limit = budget.limit;
  const overflow = options.stopAtFirstOverflow === true;
  const nextCheapest = cheapestOpen(ctx, costs, s.isPicked);
  let closed = false;

  const open = (i: number): boolean => !closed && ctx.eligible[i] === true && s.isPicked[i] === 0;
  const fits = (i: number): boolean => open(i) && s.used + s.cost(i) <= limit;
  const refuse = (i: number): void => {
    if (!open(i) || s.refused.includes(i)) return;
    s.refused.push(i);
    if (overflow) closed = true;
  };

  return {
    get picked() {
      return s.picked;
    },
    get remaining() {
      return limit - s.used;
    },
    unit: budget.unit,
    get done() {
      const c = closed ? undefined : nextCheapest();
      if (c === undefined) return true;
      return overflow ? s.used >= limit : s.used + s.cost(c) > limit;
    },
    cost: s.cost,
    fits,
    candidates() {
      const out: number[] = [];
      for (let i = 0; i < costs.length; i++) if (overflow ? open(i) && s.used < limit : fits(i)) out.push(i);
      return out;
    },
    fitsSet: (indices) => s.fitsSet(indices, limit),
    pick(index, note) {
      if (!fits(index)) {
        refuse(index);
        return false;
      }
      s.add(index, note);
      const prev = options.resolveDangling === true ? danglingContext(ctx, index) : undefined;
      if (prev !== undefined && s.isPicked[prev] === 0 && s.used + s.cost(prev) <= limit) s.add(prev, { reason: 'context', score: 0 });
      return true;
    },
    reject(index, note) {
      if (s.isPicked[index] === 0 && !s.rejects.has(index)) s.rejects.set(index, note);
    },
    fork: () => createSession(ctx, budget, costs, options),
    record: s.record,
  };
}
