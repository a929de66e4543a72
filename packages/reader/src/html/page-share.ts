import { isElement, isInside, squash, type DomElement, type DomNode } from './dom.js';

/**
 * Whether `el` holds nearly all of its page's text (round 131, after batch 533's Statuspage incident, whose masthead box was left
 * open around the whole page: removed by its name, it took the incident's updates and left nothing). A box named as furniture
 * around the page is the page's layout, whatever its name says; the furniture inside it goes by its own names.
 */
export function holdsMostOfPage(el: DomElement): boolean {
  const body = bodyOf(el);
  if (body === undefined) return false;
  let total = PAGE_CHARS.get(body);
  if (total === undefined) {
    total = squash(body.textContent).length;
    PAGE_CHARS.set(body, total);
  }
  // (and the page's headline, when it has one: a sidebar beside an <h1> holds no page around it, however much text it holds)
  const h1 = body.querySelectorAll('h1')[0];
  if (h1 !== undefined && !isInside(h1, el)) return false;
  return total >= PAGE_MIN_CHARS && squash(el.textContent).length >= PAGE_SHARE * total;
}

/** Each page's text length, read once, when the first box asks (later removals do not overstate a box's share). */
const PAGE_CHARS = new WeakMap<DomElement, number>();
const PAGE_MIN_CHARS = 400;
const PAGE_SHARE = 0.8;

function bodyOf(el: DomElement): DomElement | undefined {
  for (let node: DomNode | null = el; node !== null; node = node.parentNode) if (isElement(node) && node.tagName === 'BODY') return node;
  return undefined;
}
