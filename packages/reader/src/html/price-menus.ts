import { isElement, squash, type DomElement } from './dom.js';

/**
 * A price menu named as a menu (round 153, after batch 610's GoDaddy price list, whose `widget-menu` held the whole page: recall 0):
 * a restaurant's, a salon's or a clinic's list of what it sells, with a heading and three prices or more set as lines of their own,
 * none of them inside a link. A site's navigation menu is links; a shop's mega menu prices its products inside their links. In the
 * corpus such boxes are the article 20 times of 20.
 */
const MIN_PRICES = 3;
/** A price in a short line of its own ("£32.00", "30 mins · £32.00", "$18.49 / lb"). */
const PRICED_LINE = /(?:^|[\s·|(])[£$€]\s?\d/u;
const PRICED_LINE_MAX_CHARS = 60;

export function isPriceMenu(el: DomElement): boolean {
  if (el.querySelectorAll('h2, h3, h4, h5, h6').length === 0) return false;
  let prices = 0;
  for (const block of Array.from(el.querySelectorAll('p, li, span, td, div'))) {
    const text = squash(block.textContent);
    if (block.children.length > 0 || text.length > PRICED_LINE_MAX_CHARS || !PRICED_LINE.test(text) || inLink(block, el)) continue;
    if (++prices >= MIN_PRICES) return true;
  }
  return false;
}

function inLink(el: DomElement, root: DomElement): boolean {
  for (let up: DomElement | null = el; up !== null && up !== root; up = up.parentNode !== null && isElement(up.parentNode) ? up.parentNode : null) {
    if (up.tagName === 'A') return true;
  }
  return false;
}
