/**
 * The features of one block of text (a paragraph, a list item, a line) that the learned furniture
 * model reads: its words and word pairs, how it opens and ends, its length and its symbols. The
 * trainer (scripts/train-furniture-model.ts) and the model (model.ts) share this one definition.
 *
 * One feature reads the block against the rest of its text: the share of its content words that
 * the rest of the article uses too. A notice, a prompt or a menu line speaks of the site, not of
 * the article's subject ("Sign up for our newsletter", "This article is more than 5 years old"); a
 * sentence of the article shares its words ("This article covers soil testing ..." under a text
 * on soil tests).
 */
import { ENGLISH_STOPWORDS } from '@vecsum/embeddings/stopwords';

/** Lower-case word tokens; a run of digits is "<n>" (dates and counts are not words of a notice). */
export function blockWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => (/^\p{N}+$/u.test(w) ? '<n>' : w.replace('’', "'")));
}

const LENGTHS: ReadonlyArray<readonly [number, string]> = [
  [1, '1'],
  [2, '2'],
  [3, '3'],
  [5, '4-5'],
  [8, '6-8'],
  [12, '9-12'],
  [20, '13-20'],
  [35, '21-35'],
];

function lengthBucket(n: number): string {
  for (const [max, label] of LENGTHS) if (n <= max) return label;
  return '36+';
}

/** How a block ends: a sentence's stop, a colon, a bracket, a digit, a word... */
function ending(text: string): string {
  const last = text.trimEnd().slice(-1);
  if (last === '') return 'none';
  if ('.!?'.includes(last)) return last;
  if (':;,'.includes(last)) return ':';
  if (')]}"”’\''.includes(last)) return ')';
  if (/\p{N}/u.test(last)) return 'digit';
  if (/\p{L}/u.test(last)) return 'word';
  return 'symbol';
}

const SYMBOLS: ReadonlyArray<readonly [string, RegExp]> = [
  ['bar', /\s[|·•]\s/],
  ['copyright', /©|\(c\)/i],
  ['at', /@/],
  ['address', /https?:\/\/|www\.|\.com\b/i],
  ['arrow', /[→»›←«‹]/],
  ['bracket', /^\[|\]$/],
];

/** A block's content words: no stop word, no number. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => w !== '<n>' && !ENGLISH_STOPWORDS.has(w) && !ENGLISH_STOPWORDS.has(w.replace(/'.*$/, '')));
}

/** The content words of a text, counted: the context a block is read against. */
export type WordCounts = Map<string, number>;

export function countWords(words: readonly string[], into: WordCounts = new Map()): WordCounts {
  for (const w of words) into.set(w, (into.get(w) ?? 0) + 1);
  return into;
}

/** How often the rest of the text uses a word. */
export interface WordContext {
  get(word: string): number | undefined;
}

/** The share of the block's distinct content words that the context (the rest of the text) holds, as a bucket. */
function sharedBucket(content: readonly string[], rest: WordContext): string {
  const distinct = [...new Set(content)];
  if (distinct.length === 0) return 'none';
  const share = distinct.filter((w) => (rest.get(w) ?? 0) > 0).length / distinct.length;
  return share === 0 ? '0' : share < 0.25 ? 'low' : share < 0.5 ? 'some' : share < 0.75 ? 'half' : 'most';
}

/**
 * The feature names of a block (each present once). `rest` is the content words of the rest of the
 * article, without this block's own.
 */
export function blockFeatures(text: string, rest: WordContext): string[] {
  const words = blockWords(text);
  const out = new Set<string>();
  for (const w of words) out.add(`w:${w}`);
  for (let i = 1; i < words.length; i++) out.add(`b:${words[i - 1]} ${words[i]}`);
  if (words.length > 0) {
    out.add(`f:${words[0]}`);
    out.add(`l:${words[words.length - 1]}`);
  }
  if (words.length > 1) out.add(`f2:${words[0]} ${words[1]}`);
  out.add(`len:${lengthBucket(words.length)}`);
  out.add(`end:${ending(text)}`);
  const capitals = (text.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
  const share = words.length === 0 ? 0 : capitals / words.length;
  out.add(`caps:${share >= 0.75 ? 'most' : share >= 0.4 ? 'many' : 'few'}`);
  for (const [name, re] of SYMBOLS) if (re.test(text)) out.add(`sym:${name}`);
  out.add(`shared:${sharedBucket(contentWords(words), rest)}`);
  return [...out];
}
