import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { descriptions } from './standfirst.js';

/**
 * The post a page's description quotes, inside a box named as furniture (round 39, after batch 45's Yelp and Amazon review
 * pages): a review page's one review sits in a box named as reviews ("Recommended Reviews", `customer_review-R2KX...`), which
 * the furniture pass removed whole, and the page read its address box instead (recall 2 and 4 %). The page's description
 * (<meta name="description">, og:description) quotes the review ("Dana K. gave Nonna Teresa Trattoria 5 stars: We booked ...",
 * the review's title): the entry holding that quote is the page's article, and only the rest of the box is furniture.
 */

/** A quote this long at least, from the description whole or from its part after the last colon. */
const QUOTE_MIN_CHARS = 30;
/** The quote's opening this long is what an entry must hold. */
const QUOTE_PRINT_CHARS = 60;

/** The openings of what the page's descriptions quote, lower-cased. */
export function descriptionQuotes(doc: DomDocument): string[] {
  const out = new Set<string>();
  for (const d of descriptions(doc)) {
    for (const quote of [d, d.split(/:\s+/).at(-1) ?? '']) if (quote.length >= QUOTE_MIN_CHARS) out.add(quote.slice(0, QUOTE_PRINT_CHARS));
  }
  return [...out];
}

/**
 * The entry of `box` holding a quote: from the innermost element holding it, up to the element whose siblings are entries of
 * its own kind (the review among reviews), or `box` itself. Undefined when `box` holds no quote.
 */
export function quotedEntry(box: DomElement, quotes: readonly string[]): DomElement | undefined {
  const holds = (el: DomElement): boolean => {
    const text = squash(el.textContent).toLowerCase();
    return quotes.some((q) => text.includes(q));
  };
  if (quotes.length === 0 || !holds(box)) return undefined;
  let node = box;
  for (let inner = Array.from(node.children).find(holds); inner !== undefined; inner = Array.from(node.children).find(holds)) node = inner;
  while (node !== box) {
    const parent = node.parentNode;
    if (parent === null || !isElement(parent)) return undefined;
    const kind = `${node.tagName} ${node.getAttribute('class') ?? ''}`;
    if (Array.from(parent.children).some((c) => c !== node && `${c.tagName} ${c.getAttribute('class') ?? ''}` === kind)) return node;
    node = parent;
  }
  return box;
}
