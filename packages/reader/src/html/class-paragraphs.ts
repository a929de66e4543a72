import { isElement, squash, type DomElement, type DomNode } from './dom.js';

/**
 * Paragraphs of the text whose class reads as furniture: the class every paragraph of a text carries (the Dictionary of Canadian
 * Biography's `bio-paragraph`; round 59), or every card's (a team page's `team-bio`; round 95) is the text's, not a widget's.
 */

/** A paragraph of prose: 80 characters or more, ending as a sentence does (a sentence may end on a number: "... before 2028."; round 43). */
export const isProse = (text: string): boolean => text.length >= 80 && /[\p{Ll}\p{N}%][.!?]['"”’)]*$/u.test(text);

/**
 * How many paragraphs of prose with `p`'s class sit beside it (itself included), or, for a bio, in cards side by side: a team
 * page's `<p class="team-bio">` in each member's card (round 95, after batch 395), up to CARD_DEPTH boxes up. (Not comments in
 * cards: a comment is furniture wherever it sits, and a review page's `comment` paragraphs came in with their reviewers' names.)
 */
export function proseSiblings(p: DomElement): number {
  const cls = p.getAttribute('class');
  if (cls === null) return 0;
  const depth = /(?:^|[\s_-])bio(?:$|[\s_-])/i.test(cls) ? CARD_DEPTH : 1;
  let box: DomNode | null = p.parentNode;
  for (let up = 0; up < depth && box !== null && isElement(box); up++, box = box.parentNode) {
    const alike = Array.from(box.querySelectorAll('p')).filter((q) => q.getAttribute('class') === cls && isProse(squash(q.textContent))).length;
    if (alike >= 3) return alike;
  }
  return 0;
}
const CARD_DEPTH = 3;
