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
/** The words before the ellipsis that must stand elsewhere when a header precedes them (without spaces: about 60 characters of text). */
const TAIL_CHARS = 50;
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
    // its words up to the ellipsis, or their last TAIL_CHARS (spaces aside) after a header of its own (Jira's collapsed copy of each
    // comment: "Ravi Shah added a comment - 15/Oct/25 08:41 Thanks for the clear reproduction. In the new protocol the ..."; round 34)
    const head = compact(squash(el.textContent).replace(ELLIPSIS, ''));
    const tail = head.slice(-TAIL_CHARS);
    if ([head, tail].some((words) => occursTwice(page, words))) el.remove();
  }
}

function occursTwice(page: string, words: string): boolean {
  const first = page.indexOf(words);
  return first >= 0 && page.indexOf(words, first + 1) >= 0;
}
