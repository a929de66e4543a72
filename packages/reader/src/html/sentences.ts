import { squash, type DomElement } from './dom.js';

/**
 * What makes a line read as prose, one definition for every rule that asks (session 16: six modules each carried their own).
 * The text given is squashed (no line breaks).
 */

/** Ends as a sentence does: a stop, a question or exclamation mark or an ellipsis, maybe inside closing quotes or brackets. */
export const endsSentence = (text: string): boolean => /[.!?…]["'”’)\]]*$/.test(text);

/** Holds the end of a sentence somewhere: a lower-case letter, then a stop (maybe inside closing quotes), then a space or the end. */
const SENTENCE_END = /\p{Ll}[.!?]["'”’)]*(?:\s|$)/gu;
export const holdsSentence = (text: string): boolean => sentenceEnds(text) > 0;

/** How many sentence ends (as holdsSentence finds them) the text holds. */
export const sentenceEnds = (text: string): number => text.match(SENTENCE_END)?.length ?? 0;

/** A paragraph of prose: at least `minChars` long, ending in a stop, a question or exclamation mark (maybe inside closing quotes). */
export const isProseLine = (text: string, minChars: number): boolean => text.length >= minChars && /[.!?]["'”’)]*$/.test(text);

/**
 * Characters in the paragraphs of `el` that read as sentences (40 characters or more, ending as a sentence does). A paragraph
 * holding paragraphs counts through them: Readability turns a box of one paragraph into a paragraph, so its pick nests them, and
 * counted twice, a pick of two thirds of a HubSpot page outweighed the whole page (round 113).
 */
export function proseChars(el: DomElement): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (p.querySelectorAll('p').length > 0) continue;
    const text = squash(p.textContent);
    if (text.length >= PROSE_MIN_CHARS && endsSentence(text)) n += text.length;
  }
  return n;
}
const PROSE_MIN_CHARS = 40;
