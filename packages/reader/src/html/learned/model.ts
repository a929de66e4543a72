/**
 * The learned furniture model: a logistic regression over a block's features (features.ts), fitted
 * on the gold of the training page sets (scripts/train-furniture-model.ts; the fitted weights and
 * their manifest are furniture-model.json). It reads the Markdown the rules made and drops a line
 * the rules kept when the model is sure it is page furniture: a notice, a prompt, a label line.
 */
import { blockFeatures, blockWords, contentWords, countWords, type WordContext, type WordCounts } from './features.js';

export interface FurnitureModel {
  bias: number;
  /** Feature name -> weight; a feature not listed weighs 0. */
  weights: ReadonlyMap<string, number>;
  /** A line goes when its probability of being furniture is at least this. */
  threshold: number;
  /** Lines with fewer words are left to the rules (a short line is seldom a summary's sentence). */
  minWords: number;
  /** A kept line is doubtful (a summary does not pick it) when its probability is at least this; absent: none. */
  doubt?: number;
}

/** The model's probability that one block of text is page furniture; `rest` is the rest of the text's content words. */
export function furnitureProbability(model: FurnitureModel, text: string, rest: WordContext): number {
  let z = model.bias;
  for (const f of blockFeatures(text, rest)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The model as the JSON asset stores it: the feature names and their weights in two lists. */
export interface FurnitureModelAsset {
  bias: number;
  threshold: number;
  doubt?: number;
  minWords: number;
  features: readonly string[];
  weights: readonly number[];
}

export function modelFromAsset(asset: FurnitureModelAsset): FurnitureModel {
  if (asset.features.length !== asset.weights.length) throw new Error('furniture model: features and weights differ in length');
  const weights = new Map<string, number>();
  asset.features.forEach((f, i) => weights.set(f, asset.weights[i]!));
  return { bias: asset.bias, threshold: asset.threshold, minWords: asset.minWords, weights, ...(asset.doubt === undefined ? {} : { doubt: asset.doubt }) };
}

const HEADING = /^#{1,6} /;
const ITEM = /^(?:[-*] |\d+\. )/;

/** What the model makes of the rules' Markdown: the text it keeps, and the kept lines it doubts. */
export interface LearnedReading {
  /** The Markdown without the lines the model is sure are furniture. */
  readonly text: string;
  /**
   * Kept lines whose probability of being furniture is at least the model's `doubt` (below its
   * `threshold`), as they appear in `text`: body lines now and then, too often a notice to pick
   * for a summary. Empty when the model has no `doubt`.
   */
  readonly doubtful: readonly string[];
}

/**
 * A row that prices something: a price among other words, in a line that is no sentence (a row of a price list or a fare
 * table; not a lone price, which the rules read, nor a subscription appeal's "Subscribe now for just $2.50 a month.").
 */
const PRICED = /\S.*(?:^|\s)[£$€]\s?\d|(?:^|\s)[£$€]\s?\d.*\s\S/u;
const isPricedRow = (text: string): boolean => PRICED.test(text) && !/[.!?]$/.test(text.trim()) && text.length <= PRICED_ROW_MAX_CHARS;
const PRICED_ROW_MAX_CHARS = 120;

/**
 * The model over the rules' Markdown: a line goes when the model is sure it is furniture, and
 * is doubtful when it is likely. Headings stay (the title and the section structure are the
 * rules' work), and so does a text's only line of prose. No model, no change.
 */
export function readWithModel(markdown: string, model: FurnitureModel | null): LearnedReading {
  if (model === null) return { text: markdown, doubtful: [] };
  const lines = markdown.split('\n');
  const prose = lines.filter((l) => l.trim() !== '' && !HEADING.test(l));
  if (prose.length < 2) return { text: markdown, doubtful: [] };
  const texts = lines.map((l) => l.replace(HEADING, '').replace(ITEM, ''));
  const own = texts.map((t) => contentWords(blockWords(t)));
  const all = countWords(own.flat());
  const drop = new Set<number>();
  const doubt = new Set<number>();
  lines.forEach((line, i) => {
    if (line.trim() === '' || HEADING.test(line)) return;
    if (blockWords(texts[i]!).length < model.minWords) return;
    const p = furnitureProbability(model, texts[i]!, without(all, own[i]!));
    // (a line that prices something, a price list's or a fare table's row, is the page's data, whatever its item's words: the
    // model, fitted on words, took "French Marigold £0.90 £7.50" for a menu; it may doubt such a line, not drop it; round 143)
    if (p >= model.threshold && !isPricedRow(texts[i]!)) drop.add(i);
    else if (p >= model.threshold) doubt.add(i);
    else if (model.doubt !== undefined && p >= model.doubt) doubt.add(i);
  });
  const doubtful = [...doubt].map((i) => lines[i]!.trim());
  if (drop.size === 0 || drop.size >= prose.length) return { text: markdown, doubtful };
  const text = lines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, doubtful };
}

/** The Markdown without the lines the model is sure are furniture (`readWithModel`'s text). */
export function withoutLearnedFurniture(markdown: string, model: FurnitureModel | null): string {
  return readWithModel(markdown, model).text;
}

/** Word counts less one block's own words (a view: nothing is copied). */
export function without(counts: WordCounts, words: readonly string[]): WordContext {
  const mine = countWords(words);
  return { get: (w) => (counts.get(w) ?? 0) - (mine.get(w) ?? 0) };
}
