import { isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { holdsSentence } from './sentences.js';

/**
 * A product card: a picture, a name, a price and a button, and no sentence (round 31, after batch 34's newsletter: "Mirik Valley
 * First Flush 2026" / "£9.50 / 50g" / "Shop now" under each product's image). A shop's grid, not the letter's text. Found from the
 * price line alone on its line, climbing while the box stays short, holds that one price and no sentence; it goes when it holds an
 * image.
 */
/** A price alone on its line ("£9.50 / 50g", "from $21.40 per adult"): furniture-lines.ts reads it as a line too. */
export const PRICE = /^(?:from )?[£$€]\s?\d[\d,]*(?:\.\d{2})?(?:\s*(?:\/|per)\s*\d*\s?\p{L}{1,10})?$/iu;
/** A product's stock line ("14 in stock", "Only 7 left in stock", "Out of stock"; round 159: 26 in the gold, all furniture). */
const STOCK = /^(?:(?:only )?\d[\d,]* (?:left )?in stock|(?:in|out of|low) stock|only \d+ left)!?$/i;
/** The product lines furniture-lines.ts reads as furniture: a price, a stock line. */
export const PRODUCT_LINES: readonly RegExp[] = [PRICE, STOCK];
const CARD_MAX_CHARS = 160;

/** Removes product cards from `doc` in place (before the furniture pass takes their price lines). */
export function removeProductCards(doc: DomDocument): void {
  for (const line of Array.from(doc.querySelectorAll('p, span, div, td'))) {
    if (line.parentNode === null || squashedLength(line, 40) > 30 || !PRICE.test(squash(line.textContent))) continue;
    let card: DomElement | undefined;
    for (let up: DomNode | null = line.parentNode; up !== null && isElement(up) && !isPageBox(up); up = up.parentNode) {
      if (squashedLength(up, CARD_MAX_CHARS + 1) > CARD_MAX_CHARS) break;
      const text = squash(up.textContent);
      if (holdsSentence(text) || text.split(/[£$€]\s?\d/).length > 2) break;
      card = up;
    }
    if (card !== undefined && card.querySelectorAll('img').length > 0) card.remove();
  }
}
