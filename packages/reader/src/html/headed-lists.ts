import { isElement, squash, type DomElement } from './dom.js';
import { isFurnitureHeading } from './furniture-headings.js';
import { linkChars } from './link-blocks.js';

const HEADING_MAX_CHARS = 60;
const ITEMS_MAX = 12;
const PROSE_MIN_CHARS = 120;

/**
 * A list of links that the article itself heads and sets after its own prose (round 18, after batch 19's
 * podcast page: "Links from the episode" under the show notes): the article's list, not a menu or a rail,
 * though it is all links. Its heading is an h2-h4 of the article's (no furniture heading: "Related",
 * "More from ...", "Further reading"), right before it, and a paragraph of prose comes before the heading
 * in the same box; a rail or a sidebar widget sits in a box of its own.
 */
export function isHeadedBodyList(list: DomElement): boolean {
  const box = list.parentNode;
  if (box === null || !isElement(box) || list.querySelectorAll('li').length > ITEMS_MAX) return false;
  const before: DomElement[] = [];
  for (let node = box.firstChild; node !== null && node !== list; node = node.nextSibling) if (isElement(node)) before.push(node);
  const heading = before.at(-1);
  if (heading === undefined || !/^H[2-4]$/.test(heading.tagName)) return false;
  const title = squash(heading.textContent);
  if (title === '' || title.length > HEADING_MAX_CHARS || isFurnitureHeading(title)) return false;
  return before.slice(0, -1).some((el) => el.tagName === 'P' && isProse(el));
}

function isProse(p: DomElement): boolean {
  const text = squash(p.textContent).length;
  return text >= PROSE_MIN_CHARS && linkChars(p) < 0.3 * text;
}
