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
  learned: 'picked: highest learned score',
  redundant: 'skipped: redundant with',
  budget: 'skipped: did not fit the budget',
  'not-selected': 'not selected',
  'no-vector': 'skipped: no known words',
  'too-long': 'skipped: too long',
  heading: 'skipped: heading',
  duplicate: 'skipped: duplicate of',
};

/** Plain words for the learned model's features (see learned/features.ts). */
export const FACTOR_TEXT: Readonly<Record<string, string>> = {
  cosine: 'close to the document',
  cosineRank: 'rank by closeness',
  positionPrior: 'early position',
  firstSentence: 'first sentence',
  secondSentence: 'second sentence',
  thirdSentence: 'third sentence',
  relativePosition: 'place in the document',
  logWords: 'length',
  forwardCentrality: 'echoed by later sentences',
  backwardCentrality: 'echoes earlier sentences',
  degreeCentrality: 'similar to the rest',
  wordFrequency: 'uses the frequent words',
  wordFrequencyRank: 'rank by frequent words',
  logSentences: 'document length',
  documents: 'number of documents',
  logMeanWords: 'typical sentence length',
  leadBonus: 'among the opening sentences',
  lengthPenalty: 'length under a sentence budget',
  frequencyBonus: 'frequent words under a word budget',
};

type Explained = Pick<ScoredSentence, 'reason' | 'redundantWith' | 'gain' | 'dangling' | 'picked'> & Partial<Pick<ScoredSentence, 'factors'>>;

/** One line saying why a sentence was picked or skipped, e.g. "skipped: redundant with #4". */
export function describeReason(s: Explained): string {
  let r = REASON_TEXT[s.reason] ?? s.reason;
  if (s.redundantWith !== null) r += ` #${s.redundantWith}`;
  if (s.reason === 'gap' && s.gain !== null) r += ` (gain ${s.gain >= 0 ? '+' : ''}${s.gain.toFixed(3)})`;
  if (s.reason === 'learned' && s.factors != null && s.factors.length > 0) {
    const top = s.factors.slice(0, 2).map((f) => `${FACTOR_TEXT[f.feature] ?? f.feature} ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`);
    r += ` (${top.join(', ')})`;
  }
  if (s.dangling && s.picked) r += '; opens with a dangling reference';
  return r;
}
