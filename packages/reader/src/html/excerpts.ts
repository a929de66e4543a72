import { squash, squashedLength, type DomDocument } from './dom.js';

/**
 * A truncated repeat of the page's own text: a block that ends in an ellipsis and whose words, up to it, stand in full
 * elsewhere on the page (round 29, after batch 31's GitHub Discussions page: the "Answered by" box above the thread shows the
 * answer's first 200 characters and "…", and the answer follows in full). A teaser of another page is not a repeat: its full
 * text is not on this one.
 */
const ELLIPSIS = /(?:…|\.\.\.)$/;
const EXCERPT_MIN_CHARS = 80;
const EXCERPT_MAX_CHARS = 600;
const BLOCKS = 'p, div, blockquote, span';

/** Whitespace matters not: an excerpt joins a heading to its paragraph ("What changed In 3.0 ..."). */
const compact = (text: string): string => text.replace(/\s+/g, '');

/** Removes the truncated repeats of the page's text from `doc` in place. */
export function removeTruncatedRepeats(doc: DomDocument): void {
  const candidates = Array.from(doc.querySelectorAll(BLOCKS)).filter((el) => {
    const length = squashedLength(el, EXCERPT_MAX_CHARS + 1);
    return length >= EXCERPT_MIN_CHARS && length <= EXCERPT_MAX_CHARS && el.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6').length === 0;
  });
  const excerpts = candidates.filter((el) => ELLIPSIS.test(squash(el.textContent)));
  if (excerpts.length === 0) return;
  const page = compact(doc.body?.textContent ?? '');
  for (const el of excerpts) {
    const head = compact(squash(el.textContent).replace(ELLIPSIS, ''));
    const first = page.indexOf(head);
    if (first >= 0 && page.indexOf(head, first + 1) >= 0) el.remove();
  }
}
