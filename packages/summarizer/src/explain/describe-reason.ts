import type { BudgetUnit } from '../budget.js';
import { FEATURE_TEXT, type Feature } from '../score/feature-names.js';
import type { Factor } from '../score/scorer.js';
import { toFixed } from './fixed.js';
import type { ScoredSentence } from './types.js';

/** Plain-words description of each reason code (shared by the CLI and the demo page). */
export const REASON_TEXT: Readonly<Record<string, string>> = {
  importance: 'picked: closest to the document',
  gap: 'picked: fills the gap between summary and document',
  nonredundant: 'picked: important and not redundant',
  diversity: 'picked: relevant and novel (MMR)',
  centrality: 'picked: central (LexRank)',
  cluster: 'picked: represents a cluster',
  component: 'picked: strongest on a principal component',
  combination: 'picked: part of the best combination',
  position: 'picked: position (lead)',
  random: 'picked: at random',
  far: 'picked: farthest from the document',
  context: 'picked: context for the next sentence',
  truncated: 'picked, cut to fit the budget',
  scored: 'picked: highest score',
  redundant: 'skipped: repeats',
  budget: 'skipped: did not fit the budget',
  'not-selected': 'not selected: scored below the picks',
  'no-vector': 'skipped: no word the model knows',
  'too-long': 'skipped: too long to be a summary sentence',
  heading: 'skipped: a heading',
  fragment: 'skipped: a fragment, not a sentence',
  doubtful: "skipped: reads like the page's furniture",
  duplicate: 'skipped: duplicate of',
};

/** Plain words for each factor of the default's score. */
export const FACTOR_TEXT: Readonly<Record<Feature | 'gap' | 'concepts', string>> = {
  ...FEATURE_TEXT,
  gap: 'covers what the summary still lacks',
  concepts: 'facts several documents share that the summary lacked',
};

type Explained = Pick<ScoredSentence, 'reason' | 'redundantWith' | 'gain' | 'dangling' | 'picked' | 'importance' | 'decidingScore' | 'pickOrder'> &
  Partial<Pick<ScoredSentence, 'factors'>>;

/** One line saying why a sentence was picked or skipped, e.g. "skipped: repeats #4". Sentence numbers are 1-based. */
export function describeReason(s: Explained): string {
  let r = REASON_TEXT[s.reason] ?? s.reason;
  if (s.redundantWith !== null) r += ` #${s.redundantWith + 1}`;
  if (s.reason === 'gap' && s.gain !== null) r += ` (gain ${signed(s.gain, 3)})`;
  if (s.reason === 'scored' && s.factors != null && s.factors.length > 0) r += ` (${s.factors.slice(0, 2).map(factorText).join(', ')})`;
  if (s.dangling && s.picked) r += '; opens with a dangling reference';
  return r;
}

export interface ExplanationContext {
  /** Score of the lowest pick made for its score, for "below the last pick". */
  readonly lastPickScore: number | null;
  /** Similarity to the sentence it repeats. */
  readonly similarity: number | null;
  /** By how much it would have overrun the budget. */
  readonly overBy: number | null;
  readonly unit: BudgetUnit;
}

const UNIT_WORD: Readonly<Record<BudgetUnit, string>> = { sentences: 'sentence', words: 'word', chars: 'character', bytes: 'byte' };

/**
 * The explanation a person reads: why this sentence was picked or not, in one sentence, with
 * the numbers that decided. Under `auto` a pick names its score's terms, which add up to the
 * score, and says when one term decided most of it ("mostly for its early position").
 */
export function explanationText(s: Explained, c: ExplanationContext): string {
  switch (s.reason) {
    case 'scored': {
      const factors = s.factors ?? [];
      const score = s.decidingScore ?? s.importance;
      const terms = factors.map(factorText).join(', ');
      const main = mainFactor(factors);
      const mostly = main === null ? '' : `, mostly for ${FACTOR_TEXT[main.feature]}`;
      return `Picked ${ordinal(s.pickOrder ?? 0)}${mostly}: score ${toFixed(score, 2)} = ${terms || '0'}.`;
    }
    case 'not-selected': {
      const below = c.lastPickScore === null ? '' : `, below the last pick (${toFixed(c.lastPickScore, 2)})`;
      const terms = s.factors != null && s.factors.length > 0 ? ` (${s.factors.map(factorText).join(', ')})` : '';
      return `Not picked: scored ${toFixed(s.importance, 2)}${terms}${below}.`;
    }
    case 'redundant':
      return `Not picked: repeats #${(s.redundantWith ?? 0) + 1}${c.similarity === null ? '' : ` (similarity ${toFixed(c.similarity, 2)})`}.`;
    case 'budget': {
      const n = c.overBy ?? 0;
      return `Not picked: it would exceed the budget by ${n} ${UNIT_WORD[c.unit]}${n === 1 ? '' : 's'}.`;
    }
    case 'duplicate':
      return `Not a candidate: it duplicates #${(s.redundantWith ?? 0) + 1}.`;
    case 'heading':
      return 'Not a candidate: a heading or title line (it still counts in the document vector).';
    case 'fragment':
      return 'Not a candidate: a few words that do not end as a sentence, like a label or a table cell (it still counts in the document vector).';
    case 'doubtful':
      return "Not a candidate: it reads like the page's furniture rather than the article (the reader's doubt; it still counts in the document vector).";
    case 'too-long':
      return 'Not a candidate: longer than the summary-sentence limit (100 words by default).';
    case 'no-vector':
      return 'Not a candidate: none of its words is known to the model.';
    case 'truncated':
      return 'Picked and cut to fill the rest of the budget exactly.';
    case 'context':
      return 'Picked as context: the next picked sentence opens with a reference to it.';
    default:
      return `${capitalize(describeReason(s))} (score ${toFixed(s.importance, 3)}).`;
  }
}

/** The factor behind more than half of the score's absolute terms, if one is. */
function mainFactor(factors: readonly Factor[]): Factor | null {
  const total = factors.reduce((n, f) => n + Math.abs(f.contribution), 0);
  const top = factors[0];
  return top !== undefined && total > 0 && Math.abs(top.contribution) > total / 2 ? top : null;
}

const factorText = (f: Factor): string => `${FACTOR_TEXT[f.feature]} ${signed(f.contribution, 2)}`;
const signed = (x: number, digits: 2 | 3): string => `${x >= 0 ? '+' : ''}${toFixed(x, digits)}`;
const capitalize = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
