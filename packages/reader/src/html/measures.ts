import { isElement, squash, type DomElement } from './dom.js';

/**
 * A quantity before its unit (round 14, after batch 15's recipe page: `<span
 * data-ingredient-quantity>1/2</span> <span data-ingredient-unit>cup</span> <span>unsalted
 * butter</span>`): recipe cards (Dotdash Meredith's structured ingredients, WP Recipe Maker's
 * `wprm-recipe-ingredient-amount`, Tasty Recipes) set the amount of each ingredient in an element
 * of its own, so a bare "2" or "1/2" stands alone in its element as a counter or a date would.
 * Followed by a unit of measure in a list item it is part of the line ("2 cups rolled oats"), never a stamp.
 */
const AMOUNT = /^(?:\d+(?:[.,]\d+)?(?:\s+\d+\/\d+)?(?:\s*\/\s*\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,/]\d+)?)?|\d*\s*[½⅓⅔¼¾⅛⅜⅝⅞])$/;
const UNIT = new RegExp(
  '^(?:cups?|tablespoons?|tbsps?|tbs|teaspoons?|tsps?|ounces?|oz|fl oz|pounds?|lbs?|grams?|g|kilograms?|kg|milligrams?|mg' +
    '|millilit(?:er|re)s?|ml|lit(?:er|re)s?|pints?|quarts?|qts?|gallons?|pinch(?:es)?|dash(?:es)?|cloves?|cans?|packages?' +
    '|sticks?|slices?|sprigs?|stalks?|bunch(?:es)?|heads?|pieces?|handfuls?|drops?|inch(?:es)?|cm|mm|sheets?|large|medium|small)\\b',
  'i',
);

/** An ingredient is a list item: the amount sits at most this many levels inside it (a recipe's "Servings 10 slices" line is not). */
const ITEM_DEPTH = 3;

/** True when `el`, inside a list item, holds only an amount and the text right after it (a sibling) starts with a unit of measure. */
export function isQuantity(el: DomElement): boolean {
  if (!AMOUNT.test(squash(el.textContent)) || !inListItem(el)) return false;
  for (let sib = el.nextSibling; sib !== null; sib = sib.nextSibling) {
    const text = squash(sib.textContent ?? '');
    if (text === '') continue;
    return UNIT.test(text);
  }
  return false;
}

function inListItem(el: DomElement): boolean {
  let node = el.parentNode;
  for (let depth = 0; depth < ITEM_DEPTH && node !== null && isElement(node); depth++, node = node.parentNode) if (node.tagName === 'LI') return true;
  return false;
}

/**
 * A statistic's figure over its label (round 28, after batch 28's NGO report: `<p class="stat-number">5 years</p><p
 * class="stat-label">the average age at which a water point first broke down completely</p>`): a figure reads as a time span
 * ("5 years", "54 minutes") by its words, and the line after it goes on in lower case, as a phrase that needs it.
 */
export function isStatFigure(el: DomElement): boolean {
  if (!/^\d[\d.,]*(?:%|\s+\p{L}+)$/u.test(squash(el.textContent))) return false;
  for (let sib = el.nextSibling; sib !== null; sib = sib.nextSibling) {
    const text = squash(sib.textContent ?? '');
    if (text === '') continue;
    return isElement(sib) && sib.tagName === 'P' && /^\p{Ll}/u.test(text) && text.split(' ').length >= STAT_LABEL_WORDS;
  }
  return false;
}
const STAT_LABEL_WORDS = 4;
