import { isElement, isInside, squash, TEXT_NODE, type DomDocument, type DomElement } from './dom.js';
import { isDateOnly } from './structure.js';

/**
 * Quotes of other posts (round 6, after batch 7's phpBB topic):
 *
 * - a quote header, the line forums put at the top of a quoted reply ("Clanger wrote: ↑Sun Mar
 *   09, 2025 7:02 pm", "Quote from: mopedmick on March 9", "Originally Posted by Clanger"), in a
 *   `<cite>` or as the quote's first short block: who said it, never what was said;
 * - a `<blockquote>` whose words are printed elsewhere on the page, the quote header aside: a
 *   reply quoting a post of the same thread, or a pull quote repeating the story (a summary would
 *   read the same sentences twice). A quote of anything not on the page stays.
 */

/** "<name> wrote:", then at most an arrow and a date (the rest, captured). */
const WROTE = /^.{1,60}?\s+(?:wrote|said|posted)\s*:\s*[↑^]?\s*(.*)$/i;
/** "Quote from: <name> on <date>", "Originally Posted by <name>": the whole block. */
const QUOTE_FROM = /^(?:quote from:|originally posted by)\s+[^.!?]{1,80}$/i;
/**
 * Where forums set a quote: a <blockquote>, or a box named as one (vBulletin's `<div class="bbcode_quote">` around a
 * `bbcode_postedby` line and the `message`; round 33, batch 35); of nested named boxes, the innermost is the quote.
 */
const QUOTE_BOXES = 'blockquote, div[class*="quote"]';
/** Only the first blockquotes are tested for repeats: each test reads the page's text once. */
const REPEAT_MAX_QUOTES = 200;
/** Quotes shorter than this are not tested for repeats (a phrase may well occur twice). */
const REPEAT_MIN_CHARS = 40;

/** The boxes a pull quote's `<q>` stands in as a block: a `<q>` anywhere else (a paragraph, a list item, a cell) is inline. */
const BLOCK_BOXES = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'BODY']);

/** A `<q>` standing alone as a block: in a block box, with no text of its own box beside it. */
function isBlockQ(q: DomElement): boolean {
  const box = q.parentNode;
  if (box === null || !isElement(box) || !BLOCK_BOXES.has(box.tagName)) return false;
  for (let n = box.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === TEXT_NODE && squash(n.textContent) !== '') return false;
  return true;
}

/** Removes quote headers, quotes that repeat the page's own text and `<q>` pull quotes from `doc` in place. */
export function removeQuotedPosts(doc: DomDocument): void {
  for (const q of Array.from(doc.querySelectorAll('q')).filter(isBlockQ)) q.remove();
  for (const el of quoteHeaderCandidates(doc)) {
    const text = squash(el.textContent);
    const rest = WROTE.exec(text)?.[1];
    if (el.parentNode !== null && (QUOTE_FROM.test(text) || (rest !== undefined && (rest === '' || isDateOnly(rest))))) el.remove();
  }
  const long = Array.from(doc.querySelectorAll(QUOTE_BOXES))
    .slice(0, 2 * REPEAT_MAX_QUOTES)
    .filter((q) => squash(q.textContent).length >= REPEAT_MIN_CHARS);
  const named = long.filter((q) => q.tagName !== 'BLOCKQUOTE');
  const quotes = long.filter((q) => q.tagName === 'BLOCKQUOTE' || !named.some((o) => isInside(o, q))).slice(0, REPEAT_MAX_QUOTES);
  if (quotes.length === 0 || doc.body === null) return;
  const page = squash(doc.body.textContent);
  for (const q of quotes) {
    const text = squash(q.textContent);
    const first = page.indexOf(text);
    // printed twice: the quote itself and the post (or paragraph) it repeats
    if (first >= 0 && page.indexOf(text, first + 1) >= 0) q.remove();
  }
}

/**
 * `blockquote cite, blockquote > p:first-child, blockquote > div:first-child`, in document order,
 * without `:first-child`: linkedom answers it by listing the parent's children for each <p>, so a
 * page of 20,000 paragraphs took minutes (issue 21). A blockquote's first element child is one step.
 */
function quoteHeaderCandidates(doc: DomDocument): DomElement[] {
  const firsts = new Set<DomElement>();
  for (const q of Array.from(doc.querySelectorAll(QUOTE_BOXES))) {
    // a box's first child with text: an empty icon box may come first (vBulletin's quote mark)
    let first = q.firstElementChild;
    while (first !== null && q.tagName !== 'BLOCKQUOTE' && squash(first.textContent) === '') first = first.nextElementSibling;
    if (first !== null && (first.tagName === 'P' || first.tagName === 'DIV')) firsts.add(first);
  }
  return Array.from(
    doc.querySelectorAll(
      `blockquote cite, ${QUOTE_BOXES.split(', ')
        .map((b) => `${b} > p, ${b} > div`)
        .join(', ')}`,
    ),
  ).filter((el) => el.tagName === 'CITE' || firsts.has(el));
}
