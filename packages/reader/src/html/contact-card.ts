import { squash, type DomDocument, type DomElement } from './dom.js';
import { sectionOf } from './notes.js';

/**
 * A contact card beside a release (round 12, after batch 13's agency release): US federal sites
 * built on USWDS set the press officer in a summary box headed "Contact" ("Dana Whitfield, Office
 * of Public Affairs", a `tel:` and a `mailto:` link), and newsrooms and wire pages set "Media
 * contact" / "Press contacts" cards the same way: a name, an office, a phone number and an
 * address, no sentence. The card goes with its heading. A "Contact" section of a guide stays
 * (boilerplate.ts keeps the heading): it says in sentences how to get in touch.
 */
const CONTACT_HEADING = /^(?:(?:media|press|news|investor|public affairs|communications)\s+)?contacts?\s*:?$/i;
const CARD_MAX_CHARS = 300;
/** A line that reads as a sentence: words, then a full stop, question or exclamation mark. */
const SENTENCE = /\p{L}{2,}[.!?]["'”’)]*$/u;

/** Removes the contact cards of `doc` in place (before the link and phone rules take their lines apart). */
export function removeContactCards(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null || !CONTACT_HEADING.test(squash(h.textContent))) continue;
    const card = sectionOf(h);
    if (isCard(card.slice(1))) for (const el of card) el.remove();
  }
}

/** Short lines with a phone or mail link among them, none a sentence. */
function isCard(body: readonly DomElement[]): boolean {
  const text = squash(body.map((el) => el.textContent ?? '').join(' '));
  const lines = body.flatMap((el) => Array.from(el.querySelectorAll('p, li, div, dd')).concat(el)).map((el) => squash(el.textContent));
  const linked = body.some((el) => el.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]').length > 0);
  return text.length > 0 && text.length <= CARD_MAX_CHARS && linked && !lines.some((l) => SENTENCE.test(l));
}
