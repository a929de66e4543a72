import type { ScoredSentence, Summary } from '@vecsum/summarizer';
import { FACTOR_TEXT } from '@vecsum/summarizer/reasons';

/*
 * Every text a person reads numbers sentences from 1 ("sentence 4"); the JSON `index` is 0-based.
 * Each number is named for what it is: score, rank by score, closeness, place, pick order.
 */

/** The 1-based number a person reads for a 0-based sentence index. */
export const sentenceNumber = (index: number): number => index + 1;
export const sentenceName = (index: number): string => `sentence ${sentenceNumber(index)}`;

const ORDINAL_SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIX[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const signed = (x: number, digits = 2): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

const PICKED: Readonly<Record<string, string>> = {
  importance: 'it is among the sentences closest in meaning to the whole document',
  gap: 'it brought the summary closest to the meaning of the whole document',
  nonredundant: 'it scored high and does not repeat an earlier pick',
  diversity: 'it is close to the document and adds something the other picks do not say',
  centrality: 'it is the most like the other sentences (central to the text)',
  cluster: 'it stands for one group of similar sentences',
  component: 'it is the strongest example of one of the document’s main themes',
  combination: 'it belongs to the combination of sentences closest to the document',
  position: 'of its place near the start (the lead selector takes the opening sentences)',
  random: 'the random selector drew it (a baseline for comparison)',
  far: 'it is the farthest from the document (a contrast baseline)',
  context: 'the next picked sentence refers back to it and needs it as context',
  truncated: 'it was cut short to fill the rest of the budget',
};

/** What each selector chooses by, for "others served that better". */
const CRITERION: Readonly<Record<string, string>> = {
  greedy: 'how close the whole summary gets to the document',
  mmr: 'closeness to the document balanced against repeating earlier picks',
  lexrank: 'how central each sentence is among the others',
  cluster: 'covering each group of similar sentences',
  pca: 'covering the document’s main themes',
  'brute-force': 'the best combination of sentences as a whole',
  'max-sim': 'the best combination of sentences as a whole',
  lead: 'position: the opening sentences first',
  random: 'chance',
  far: 'distance from the document',
};

/** The model's strongest factors in words, e.g. "first sentence (+1.20), close to the document (+0.40)". */
export function factorSummary(s: ScoredSentence, top = 2): string | null {
  if (s.factors == null || s.factors.length === 0) return null;
  return s.factors
    .slice(0, top)
    .map((f) => `${FACTOR_TEXT[f.feature] ?? f.feature} (${signed(f.contribution)})`)
    .join(', ');
}

/** Cost of a sentence in the budget's unit, in words. */
function costText(s: ScoredSentence, summary: Summary): string {
  const { unit, used, limit } = summary.meta;
  if (unit === 'sentences') return `the summary already has ${used} of its ${limit} sentences`;
  const cost = unit === 'words' ? s.words : s.text.length;
  const name = unit === 'words' ? 'words' : 'characters';
  return `it has ${cost} ${name}, and the summary already uses ${used} of its ${limit}`;
}

function candidates(summary: Summary): number {
  return summary.sentences.filter((x) => x.rank !== null).length;
}

function pickedText(s: ScoredSentence, summary: Summary): string {
  const why = PICKED[s.reason];
  let text: string;
  if (s.reason === 'scored' || why === undefined) {
    const place = s.rank === 1 ? 'highest' : `${ordinal(s.rank ?? 0)}-highest`;
    text = s.rank === null ? 'Picked.' : `Picked: it has the ${place} score of the ${candidates(summary)} candidates (score ${s.importance.toFixed(2)}).`;
    const factors = factorSummary(s);
    if (factors !== null) text += ` What moved its score most: ${factors}.`;
  } else {
    text = `Picked because ${why}.`;
    if (s.reason === 'gap' && s.gain !== null) text += ` It added ${signed(s.gain, 3)} to the summary’s closeness to the document.`;
  }
  if (s.dangling) text += ' It opens with a word that refers back (“He”, “This”, “However”), so it may read oddly alone.';
  return text;
}

function notSelectedText(s: ScoredSentence, summary: Summary): string {
  const picks = summary.sentences.filter((x) => x.picked);
  const lowest = picks.reduce<ScoredSentence | null>((lo, x) => (lo === null || x.importance < lo.importance ? x : lo), null);
  const rank = s.rank === null ? '' : ` (${ordinal(s.rank)} of ${candidates(summary)})`;
  if (lowest === null) return `Not picked: it scored ${s.importance.toFixed(2)}${rank}, and nothing was picked.`;
  if (s.importance < lowest.importance) {
    return (
      `Not picked: it scored ${s.importance.toFixed(2)}${rank}, below the lowest-scoring pick (${sentenceName(lowest.index)},` +
      ` ${lowest.importance.toFixed(2)}).`
    );
  }
  const by = CRITERION[summary.meta.selectorUsed] ?? 'its own measure';
  return (
    `Not picked: it scored ${s.importance.toFixed(2)}${rank}, but the ${summary.meta.selectorUsed} selector chooses by ${by},` +
    ` and other sentences served that better.`
  );
}

/** A full explanation in plain words, composed from the fields of the summary JSON. */
export function composeExplanation(s: ScoredSentence, summary: Summary): string {
  if (s.picked) return pickedText(s, summary);
  switch (s.reason) {
    case 'redundant':
      return s.redundantWith === null
        ? `Not picked: it repeats a sentence already in the summary (similarity ${s.redundancy.toFixed(2)}).`
        : `Not picked: it repeats ${sentenceName(s.redundantWith)}, which is already in the summary (similarity to the closest pick` +
            ` ${s.redundancy.toFixed(2)}).`;
    case 'duplicate':
      return `Not picked: it duplicates ${s.redundantWith === null ? 'a sentence of another document' : sentenceName(s.redundantWith)}.`;
    case 'budget':
      return `Not picked: it would not fit the budget: ${costText(s, summary)}.`;
    case 'no-vector':
      return 'Not picked: the model knows none of its words, so its meaning cannot be compared.';
    case 'too-long':
      return `Not picked: at ${s.words} words it is longer than a summary sentence may be.`;
    case 'fragment':
      return 'Not picked: a few words that do not end as a sentence, like a label or a table cell, are not summary sentences.';
    case 'heading':
      return 'Not picked: it is a heading, and headings are never summary sentences.';
    case 'doubtful':
      return "Not picked: it reads like the page's furniture (a notice or a promo) rather than the article.";
    default:
      return notSelectedText(s, summary);
  }
}

/** The text explaining one sentence: the server’s `explanation` when it sends one, else composed here. */
export function explanationOf(s: ScoredSentence, summary: Summary): string {
  const given = 'explanation' in s ? s.explanation : undefined;
  return typeof given === 'string' && given.trim() !== '' ? given : composeExplanation(s, summary);
}

/** The named numbers of one sentence, for the explanation's table. */
export function namedNumbers(s: ScoredSentence, summary: Summary): [string, string][] {
  const n = candidates(summary);
  const closeness = summary.sentences.filter((x) => x.rank !== null && x.cosine > s.cosine).length + 1;
  return [
    ['Score (what the selector ranked by)', s.importance.toFixed(3)],
    ['Rank by score', s.rank === null ? 'not a candidate' : `${ordinal(s.rank)} of ${n} candidates`],
    ['Closeness to the document (cosine)', s.cosine.toFixed(3)],
    ['Rank by closeness', s.rank === null ? 'not a candidate' : `${ordinal(closeness)} of ${n} candidates`],
    ['Place in its document', s.reason === 'heading' ? 'a heading' : `${ordinal(s.position + 1)} sentence (headings not counted)`],
    ['Similarity to the closest pick', s.redundancy.toFixed(3)],
    ['Gain in closeness when picked', s.gain === null ? 'not measured by this selector' : signed(s.gain, 3)],
    ['Order picked', s.pickOrder === null ? 'not picked' : `${ordinal(s.pickOrder)} pick`],
    ['Length in words', String(s.words)],
  ];
}
