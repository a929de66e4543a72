import { squash, type DomDocument, type DomElement } from './dom.js';
import { boxedHead } from './notes.js';

/**
 * A call to action headed as a question to the reader (round 141, after batches 556 and 561: an Elementor locksmith's "Need a
 * locksmith right now?" over "Call Darren or Lee on ..., day or night."; a translator's "Need a translation today?"): the
 * heading asks whether the reader needs, wants or is ready for something, and what it heads is a line or two and a button,
 * no list or table. Blind pages label 200 such headings furniture and 3 article headings (session 42's count); an article's
 * section under such a question, a paragraph of its own and more, stays (tested).
 */
const CALL_QUESTION = /^(?:need|ready|looking|want|got|have(?! you\b)|interested|thinking)\b[^.!?]{3,60}\?$/i;
const CALL_MAX_CHARS = 200;

/** The boxes after the heading's box up to the next box that holds a heading. */
function sectionAfter(head: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (let next = head.nextElementSibling; next !== null; next = next.nextElementSibling) {
    if (/^H[1-6]$/.test(next.tagName) || next.querySelectorAll('h1, h2, h3, h4, h5, h6').length > 0) break;
    out.push(next);
  }
  return out;
}

/** Removes the calls to action headed as questions from `doc` in place. */
export function removeCallSections(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    if (h.parentNode === null || !CALL_QUESTION.test(squash(h.textContent))) continue;
    const head = boxedHead(h);
    const section = sectionAfter(head);
    const chars = section.reduce((n, el) => n + squash(el.textContent).length, 0);
    if (chars > CALL_MAX_CHARS || section.some((el) => /^(?:UL|OL|TABLE)$/.test(el.tagName) || el.querySelectorAll('ul, ol, table').length > 0)) continue;
    for (const el of [head, ...section]) el.remove();
  }
}
