import { isElement, squash, type DomDocument } from './dom.js';

/**
 * A dateline set as a line of its own beside the story's date (round 30, after batch 32's Economist article: `<time>Jan 15th
 * 2026</time> | <span>ÉVORA</span> · 4 min read`): the place in capitals, a byline of the page, not a line of its text. A place
 * written in the first paragraph ("CAMBRIDGE, Md. — ...") opens the story and stays.
 */
const PLACE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,30}$/u;

/** Removes the place lines that sit beside a <time> in its box. */
export function removeDatelines(doc: DomDocument): void {
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    const box = time.parentNode;
    if (box === null || !isElement(box)) continue;
    for (const el of Array.from(box.children)) {
      if (el !== time && (el.tagName === 'SPAN' || el.tagName === 'SMALL') && PLACE.test(squash(el.textContent))) el.remove();
    }
  }
}
