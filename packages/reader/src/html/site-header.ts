import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * A blog's name set as the page's only `<h1>` (round 7, after batch 8's Tumblr post): themes of
 * Tumblr, old Blogger and WordPress put the site name in an `<h1>` at the top of every page and the
 * post's title in an `<h2>`. The `<title>` tells them apart: it reads "site name — post title".
 * When the single `<h1>` is one part of the `<title>` and an `<h2>` is the other, the `<h1>` is
 * the site's name: it goes, with the small `<header>` it sits in (the blog's description, "bookbinding,
 * paper, the occasional cat"), and the post's title becomes the headline.
 */

const SEPARATOR = /\s+[-|·–—»:]\s+/;
const HEADER_MAX_CHARS = 300;

/** Removes a site-name <h1> (and its small header) from `doc` in place; the post's title (the <h2>) when it did. */
export function removeSiteNameHeading(doc: DomDocument): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const h1 = h1s[0];
  if (h1s.length !== 1 || h1 === undefined) return undefined;
  const parts = squash(doc.title).toLowerCase().split(SEPARATOR);
  const site = squash(h1.textContent).toLowerCase();
  if (parts.length !== 2 || !parts.includes(site)) return undefined;
  const post = parts.find((p) => p !== site) ?? '';
  const title = Array.from(doc.querySelectorAll('h2')).find((h) => squash(h.textContent).toLowerCase() === post);
  if (title === undefined) return undefined;
  const header = enclosingHeader(h1);
  (header !== undefined && squash(header.textContent).length <= HEADER_MAX_CHARS ? header : h1).remove();
  return squash(title.textContent);
}

function enclosingHeader(el: DomElement): DomElement | undefined {
  for (let n = el.parentNode; n !== null && isElement(n); n = n.parentNode) {
    if (n.tagName === 'HEADER') return n;
    if (/^(?:BODY|MAIN|ARTICLE)$/.test(n.tagName)) return undefined;
  }
  return undefined;
}
