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

export function createSession(
  ctx: SelectionContext,
  budget: ResolvedBudget,
  costs: readonly number[],
  options: SessionOptions = {},
): SelectionSession & { record(): SessionRecord } {
  const picked: number[] = [];
  const isPicked = new Uint8Array(costs.length);
  const picks = new Map<number, PickNote>();
  const rejects = new Map<number, RejectNote>();
  const refused: number[] = [];
  const trace: TraceStep[] = [];
  const sep = separatorCost(budget.unit);
  const d = ctx.target.length;
  const partSum = new Float32Array(d);
  let used = 0;
  let closed = false;
  const overflow = options.stopAtFirstOverflow === true;

  const cost = (i: number): number => (costs[i] as number) + (picked.length > 0 ? sep : 0);
  const open = (i: number): boolean => !closed && ctx.eligible[i] === true && isPicked[i] === 0;
  const fits = (i: number): boolean => open(i) && used + cost(i) <= budget.limit;
  // Open candidates by cost, cheapest first: `done` looks at the cheapest one still open, so a
  // selector walking a ranking and asking `done` at every step stays linear.
  const byCost = costs.map((_, i) => i).filter((i) => ctx.eligible[i] === true).sort((a, b) => (costs[a] as number) - (costs[b] as number) || a - b);
  let cheapest = 0;
  const isDone = (): boolean => {
    if (closed) return true;
    while (cheapest < byCost.length && isPicked[byCost[cheapest] as number] === 1) cheapest++;
    if (cheapest >= byCost.length) return true;
    return overflow ? used >= budget.limit : used + cost(byCost[cheapest] as number) > budget.limit;
  };
  const candidates = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < costs.length; i++) if (overflow ? open(i) && used < budget.limit : fits(i)) out.push(i);
    return out;
  };

  return {
    get picked() {
      return picked;
    },
    get remaining() {
      return budget.limit - used;
    },
    unit: budget.unit,
    get done() {
      return isDone();
    },
    cost,
    fits,
    candidates,
    fitsSet(indices) {
      let total = used;
      let n = picked.length;
      for (const i of indices) {
        if (ctx.eligible[i] !== true || isPicked[i] === 1) return false;
        total += (costs[i] as number) + (n > 0 ? sep : 0);
        n++;
      }
      return total <= budget.limit;
    },
    pick(index, note) {
      if (!fits(index)) {
        if (open(index) && !refused.includes(index)) {
          refused.push(index);
          if (overflow) closed = true;
        }
        return false;
      }
      used += cost(index);
      picked.push(index);
      isPicked[index] = 1;
      picks.set(index, note);
      rejects.delete(index);
      addScaled(partSum, ctx.join.parts[index] as Float32Array);
      const summaryVector = ctx.join.finish(partSum, new Float32Array(d));
      trace.push({ step: trace.length + 1, index, note, similarity: cosine(summaryVector, ctx.target) });
      const sentence = ctx.sentences[index];
      const prev = ctx.sentences[index - 1];
      if (options.resolveDangling === true && sentence !== undefined && prev !== undefined && prev.docIndex === sentence.docIndex && prev.heading !== true && isDangling(sentence.text)) {
        if (isPicked[prev.index] === 0 && used + cost(prev.index) <= budget.limit) {
          used += cost(prev.index);
          picked.push(prev.index);
          isPicked[prev.index] = 1;
          const contextNote: PickNote = { reason: 'context', score: 0 };
          picks.set(prev.index, contextNote);
          rejects.delete(prev.index);
          addScaled(partSum, ctx.join.parts[prev.index] as Float32Array);
          trace.push({ step: trace.length + 1, index: prev.index, note: contextNote, similarity: cosine(ctx.join.finish(partSum, new Float32Array(d)), ctx.target) });
        }
      }
      return true;
    },
    reject(index, note) {
      if (isPicked[index] === 0 && !rejects.has(index)) rejects.set(index, note);
    },
    fork: () => createSession(ctx, budget, costs, options),
    record: () => ({ picked: [...picked], trace: [...trace], picks, rejects, refused: [...refused], used }),
  };
}
