import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * A document set as printed pages (round 15, after batch 16's 10-K filing): EDGAR filings, Word's
 * and LibreOffice's HTML exports and typeset reports mark each page break with a CSS
 * `page-break-before: always` / `break-before: page` (or `-after`) on a block. The pages before the
 * first one that holds prose are the front matter: a cover (the regulator's name, the form, the
 * registrant's table of check boxes and numbers) and a table of contents, never the text. They go,
 * page by page, until a page holds a paragraph of prose. Only breaks between siblings are read (the
 * pages of one container); a page with prose stops the sweep, so a document whose first page is
 * its text keeps everything.
 */
const BREAK_BEFORE = /(?:page-break-before|break-before)\s*:\s*(?:always|page)/i;
const BREAK_AFTER = /(?:page-break-after|break-after)\s*:\s*(?:always|page)/i;
/** A paragraph of prose: this long and ending as a sentence does. */
const PROSE_MIN_CHARS = 150;
const SENTENCE_END = /[.!?]["”’)]?$/;

/** Removes the front-matter pages of a paged document from `doc` in place. */
export function removeFrontPages(doc: DomDocument): void {
  const first = Array.from(doc.querySelectorAll('[style]')).find((el) => isBreak(el));
  const container = first?.parentNode;
  if (first === undefined || container === null || container === undefined) return;
  let page: DomNode[] = [];
  for (let node = container.firstChild; node !== null; ) {
    const next: DomNode | null = node.nextSibling;
    const before = isElement(node) && BREAK_BEFORE.test(node.getAttribute('style') ?? '');
    if (before && page.length > 0) {
      if (!dropIfFront(page)) return;
      page = [];
    }
    page.push(node);
    if (isElement(node) && BREAK_AFTER.test(node.getAttribute('style') ?? '')) {
      if (!dropIfFront(page)) return;
      page = [];
    }
    node = next;
  }
}

const isBreak = (el: DomElement): boolean => BREAK_BEFORE.test(el.getAttribute('style') ?? '') || BREAK_AFTER.test(el.getAttribute('style') ?? '');

/** Removes the page's nodes when it holds no prose; false (the sweep stops) when it does. */
function dropIfFront(page: DomNode[]): boolean {
  if (page.some(holdsProse)) return false;
  for (const node of page) {
    if (isElement(node)) node.remove();
    else node.textContent = '';
  }
  return true;
}

function holdsProse(node: DomNode): boolean {
  if (!isElement(node)) return isProse(squash(node.textContent ?? ''));
  const blocks = [node, ...Array.from(node.querySelectorAll('p, div, li, td'))];
  return blocks.some((b) => isProse(squash(b.textContent)));
}

const isProse = (text: string): boolean => text.length >= PROSE_MIN_CHARS && SENTENCE_END.test(text);
