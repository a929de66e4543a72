import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * The boxes after a marked article body (round 11, after batch 12's film review): a page that
 * marks its text with schema.org microdata (`itemprop="articleBody"`, `reviewBody`) says where the
 * text ends. A headed box that follows the body inside the same item and holds no paragraph of
 * prose is the item's data, set beside the text: a review's credits ("Film Credits": cast, crew,
 * rating, running time), a "Where to watch" widget, a product's spec box. A headed box with prose
 * (a second part of the story, an author's afterword) stays.
 */
const BODY = '[itemprop="articleBody"], [itemprop="reviewBody"]';
const PROSE_CHARS = 120;

/** Removes the prose-free headed boxes after a page's one marked body from `doc` in place. */
export function removeAfterMarkedBody(doc: DomDocument): void {
  const bodies = Array.from(doc.querySelectorAll(BODY));
  if (bodies.length !== 1 || bodies[0] === undefined) return;
  const siblings = Array.from(bodies[0].parentNode?.childNodes ?? []);
  for (const n of siblings.slice(siblings.indexOf(bodies[0]) + 1)) if (isElement(n) && isHeadedData(n)) n.remove();
}

function isHeadedData(el: DomElement): boolean {
  const headed = /^H[2-4]$/.test(el.children[0]?.tagName ?? '');
  if (!headed) return false;
  return Array.from(el.querySelectorAll('p, li, dd, blockquote')).every((p) => squash(p.textContent).length < PROSE_CHARS);
}
