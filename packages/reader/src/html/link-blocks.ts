import { squash, type DomElement } from './dom.js';

/** The characters of a block's text that sit in links. */
export function linkChars(el: DomElement): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += squash(a.textContent).length;
  return n;
}

/** A list whose text is mostly links: menus, tag clouds, related-story lists. */
export function isLinkList(el: DomElement): boolean {
  const text = squash(el.textContent).length;
  return text > 0 && linkChars(el) / text > 0.6;
}

/** A short block of mostly links with no blocks inside: "Have more questions? Submit a request", "Older post Newer post". */
export function isShortLinkBlock(el: DomElement): boolean {
  if (el.querySelectorAll('p, div, section, ul, ol, h1, h2, h3, h4, h5, h6, table').length > 0) return false;
  const text = squash(el.textContent).length;
  return text > 0 && text <= 80 && linkChars(el) / text >= 0.4;
}
