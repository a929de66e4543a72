import { isHeadingLike, tokenize } from '@vecsum/embeddings';
import { rankByScore } from '../select/rank.js';
import type { Selector } from '../select/types.js';
import { SummarizerError } from '../errors.js';
import { checkModelFeatures, scoreSentences, type LearnedModel } from '../learned/model.js';
import { LEARNED_MODEL } from '../learned/shipped-model.js';
import { correctScores } from '../learned/selection.js';

/**
 * Learned: sentences in descending score of a small model (gradient-boosted trees or logistic
 * regression) over interpretable features (position, length, cosine to the document, PacSum
 * directed centrality, word frequency), trained on oracle extracts of the dev data by
 * packages/eval/scripts/train-learned.ts and shipped as learned/shipped-model.ts; measured by
 * cross-validation across documents (docs/results.md). A candidate sharing a word trigram with
 * a picked sentence is skipped as redundant (trigram blocking, as in BertSum), unless
 * `trigramBlocking` is false; headings ("City Council Votes to Restore the River") are exempt.
 */
/**
 * Trigram blocking is on (in `auto` mode) when the budget is at most this share of the input:
 * in a tight summary a repeated phrase wastes room; in a long one (BBC's references keep about
 * 40 % of the article) it blocks sentences the summary needs. Chosen on the dev data (CV).
 */
export const BLOCKING_MAX_COMPRESSION = 0.25;

/** Share of a's trigrams that b also has. */
function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / a.size;
}

export const learned: Selector = {
  name: 'learned',
  select(ctx, session, options) {
    // From summarize, ctx.importance is the learned score with its budget corrections (and any
    // position weight); called on its own, the selector computes the same.
    const scores =
      ctx.learned !== undefined
        ? ctx.importance
        : (() => {
            const model = learnedModelOf(options);
            const budget = { unit: session.unit, limit: session.remaining };
            return correctScores(model, scoreSentences(ctx, model), ctx.sentences, ctx.eligible, budget).scores;
          })();
    let documentCost = 0;
    for (let i = 0; i < ctx.sentences.length; i++) documentCost += session.cost(i);
    const mode = options.trigramBlocking ?? 'auto';
    const blocking = mode === 'auto' ? session.remaining <= BLOCKING_MAX_COMPRESSION * documentCost : mode;
    const trigramsOf = new Map<number, Set<string>>();
    const trigrams = (i: number): Set<string> => {
      let t = trigramsOf.get(i);
      if (t === undefined) {
        const w = tokenize((ctx.sentences[i] as { text: string }).text);
        t = new Set<string>();
        for (let k = 0; k + 2 < w.length; k++) t.add(`${w[k]} ${w[k + 1]} ${w[k + 2]}`);
        trigramsOf.set(i, t);
      }
      return t;
    };
    // A heading announces the sentence after it and shares its words by design: it neither
    // blocks nor is blocked.
    const heading = (i: number): boolean => isHeadingLike((ctx.sentences[i] as { text: string }).text);
    for (const i of rankByScore(ctx, scores)) {
      if (session.done) return;
      if (blocking && session.fits(i) && !heading(i)) {
        const mine = trigrams(i);
        const clash = session.picked.find((p) => !heading(p) && sharedShare(mine, trigrams(p)) > 0);
        if (clash !== undefined) {
          session.reject(i, { reason: 'redundant', redundantWith: clash, score: scores[i] as number });
          continue;
        }
      }
      session.pick(i, { reason: 'learned', score: scores[i] as number });
    }
  },
};

/** The model `learned` uses: the caller's (checked against this version's features) or the shipped one. */
export function learnedModelOf(options: { readonly learnedModel?: LearnedModel }): LearnedModel {
  const model = options.learnedModel ?? LEARNED_MODEL;
  const problem = checkModelFeatures(model);
  if (problem !== null) throw new SummarizerError('INVALID_OPTION', problem);
  return model;
}
