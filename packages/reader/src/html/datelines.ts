import { isElement, squash, type DomDocument } from './dom.js';

/**
 * A dateline set as a line of its own beside the story's date (round 30, after batch 32's Economist article: `<time>Jan 15th
 * 2026</time> | <span>ÉVORA</span> · 4 min read`): the place in capitals, a byline of the page, not a line of its text. A place
 * written in the first paragraph ("CAMBRIDGE, Md. — ...") opens the story and stays.
 */
const PLACE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,30}$/u;

/**
 * A dateline in an element of its own (round 46, after batch 124): CNN's `<cite class="source__cite">` at the head of the first
 * paragraph ("Harlow Springs, Arizona CNN —"), and the New York Times's "Reporting from Calder Flats, Nev." line under the byline.
 * A place written as the paragraph's own words ("ALDERCREST, Md. — ...") stays, as above.
 */
const CITED_DATELINE = '.source__cite, .source__location';
const REPORTING_FROM = /^Report(?:ing|ed) from (?:\p{Lu}[\p{L}.'’-]*(?:,? (?:and )?| ))*\p{Lu}[\p{L}.'’-]*\.?$/u;

/** Removes the place lines that sit beside a <time> in its box, and the datelines set apart from the text. */
export function removeDatelines(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(CITED_DATELINE))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('span, div, p'))) {
    if (el.parentNode !== null && el.children.length === 0 && REPORTING_FROM.test(squash(el.textContent))) el.remove();
  }
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    const box = time.parentNode;
    if (box === null || !isElement(box)) continue;
    for (const el of Array.from(box.children)) {
      if (el !== time && (el.tagName === 'SPAN' || el.tagName === 'SMALL') && PLACE.test(squash(el.textContent))) el.remove();
    }
  }
}
