import type { Sentence } from '@vecsum/embeddings';
import { cosine, createRandom, isZero, normalize } from '@vecsum/embeddings/math';
import fc from 'fast-check';
import { costOf, resolveBudget, sentenceCosts, type Budget } from '../budget.js';
import { createSession, type SessionOptions, type SessionRecord } from '../select/session.js';
import type { SelectionContext, SelectionSession, Selector, SelectorOptions } from '../select/types.js';

export interface ContextSpec {
  /** One vector per sentence; normalised to unit length (zero stays zero). */
  readonly vectors: readonly (readonly number[])[];
  /** Sentence texts; default `s<i>` repeated `words[i]` times (or once). */
  readonly texts?: readonly string[];
  /** Word counts used to make texts when `texts` is not given (default 1 each). */
  readonly words?: readonly number[];
  /** Target; default the normalised sum of the vectors. Normalised. */
  readonly target?: readonly number[];
  /** Candidates; default every sentence with a non-zero vector. */
  readonly eligible?: readonly boolean[];
  /** Seed of ctx.random (default 1). */
  readonly seed?: number;
}

/**
 * A hand-built SelectionContext (tests only): one document, sentences joined by spaces,
 * importance = cosine to the target, join = normalised sum of the sentence vectors (mean-vector
 * composition, not exact).
 */
export function makeContext(spec: ContextSpec): SelectionContext {
  const n = spec.vectors.length;
  const d = spec.vectors[0]?.length ?? spec.target?.length ?? 1;
  const vectors = spec.vectors.map((v) => normalize(Float32Array.from(v)));
  const texts = spec.texts ?? Array.from({ length: n }, (_, i) => Array.from({ length: Math.max(1, spec.words?.[i] ?? 1) }, () => `s${i}`).join(' '));
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    return { index, docIndex: 0, text, start, end: start + text.length, words: costOf(text, 'words') };
  });
  const sumAll = new Float32Array(d);
  for (const v of vectors) for (let j = 0; j < d; j++) sumAll[j] = sumAll[j]! + v[j]!;
  const target = normalize(spec.target === undefined ? sumAll : Float32Array.from(spec.target));
  return {
    sentences,
    vectors,
    target,
    importance: vectors.map((v) => cosine(v, target)),
    eligible: spec.eligible === undefined ? vectors.map((v) => !isZero(v)) : [...spec.eligible],
    join: { exact: false, parts: vectors, finish: (v, out) => normalize(v, out) },
    random: createRandom(spec.seed ?? 1),
    vectorFunction: 'test',
  };
}

/** A session over the context's sentences with a budget resolved as `summarize` does. */
export function makeSession(ctx: SelectionContext, budget: Budget, options: SessionOptions = {}): SelectionSession & { record(): SessionRecord } {
  const resolved = resolveBudget(budget, ctx.sentences.length);
  return createSession(ctx, resolved, sentenceCosts(ctx.sentences, resolved.unit), options);
}

/** Runs a selector on a fresh session; returns the session's record. */
export function runSelector(
  selector: Selector,
  ctx: SelectionContext,
  budget: Budget,
  options: SelectorOptions = {},
  sessionOptions: SessionOptions = {},
): SessionRecord {
  const session = makeSession(ctx, budget, sessionOptions);
  selector.select(ctx, session, options);
  return session.record();
}

/** A random selection problem: 2-30 sentences of dimension 3-8 with word counts and a budget. */
export interface RandomCase {
  readonly vectors: number[][];
  readonly words: number[];
  readonly eligible: boolean[];
  readonly budget: Budget;
  readonly stopAtFirstOverflow: boolean;
}

export const randomCase: fc.Arbitrary<RandomCase> = fc.record({ n: fc.integer({ min: 2, max: 30 }), d: fc.integer({ min: 3, max: 8 }) }).chain(({ n, d }) =>
  fc.record({
    // small integers: exact ties and duplicate vectors happen, as they do in real text
    vectors: fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
    words: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: n, maxLength: n }),
    eligible: fc.array(fc.constantFrom(true, true, true, false), { minLength: n, maxLength: n }),
    budget: fc.oneof(
      fc.integer({ min: 1, max: 8 }).map((s): Budget => ({ sentences: s })),
      fc.integer({ min: 1, max: 150 }).map((w): Budget => ({ words: w })),
    ),
    stopAtFirstOverflow: fc.boolean(),
  }),
);

/**
 * The invariants every selector keeps, checked on random cases: picks are distinct, eligible,
 * within the budget, and the same on a second run.
 */
export function checkSelectorInvariants(selector: Selector, options: SelectorOptions = {}, numRuns = 150): void {
  fc.assert(
    fc.property(randomCase, (c) => {
      const make = () => makeContext({ vectors: c.vectors, words: c.words, eligible: c.vectors.map((v, i) => c.eligible[i]! && v.some((x) => x !== 0)) });
      const ctx = make();
      const sessionOptions = { stopAtFirstOverflow: c.stopAtFirstOverflow && !('sentences' in c.budget) };
      const a = runSelector(selector, ctx, c.budget, options, sessionOptions);
      const b = runSelector(selector, make(), c.budget, options, sessionOptions);
      if (new Set(a.picked).size !== a.picked.length) throw new Error(`duplicate picks ${a.picked.join(',')}`);
      for (const i of a.picked) if (ctx.eligible[i] !== true) throw new Error(`ineligible pick ${i}`);
      if ('words' in c.budget) {
        const total = a.picked.reduce((s, i) => s + ctx.sentences[i]!.words, 0);
        if (total > c.budget.words) throw new Error(`${total} words > ${c.budget.words}`);
      }
      if ('sentences' in c.budget && a.picked.length > c.budget.sentences) throw new Error(`${a.picked.length} sentences > ${c.budget.sentences}`);
      if (JSON.stringify(a.picked) !== JSON.stringify(b.picked)) throw new Error(`not deterministic: ${a.picked.join(',')} vs ${b.picked.join(',')}`);
      for (const [i, note] of a.rejects) {
        if (a.picked.includes(i) || !a.picked.includes(note.redundantWith)) throw new Error(`bad reject ${i} -> ${note.redundantWith}`);
      }
    }),
    { numRuns },
  );
}
