import { isElement, isInside, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { isProseLine } from './sentences.js';

/**
 * A life story in a box named `bio` (round 88, after batch 324's memorial page): "bio" names an author's or a poster's short
 * blurb, furniture wherever it sits, but a memorial or a biographical dictionary calls the page's own text its bio (Find a Grave's
 * `section-bio` around "Biography" and the life story of the person buried, set as paragraphs or as runs of text between `<br>`s:
 * recall 24 % and 3 % on batches 293 and 232, whose biographies were dropped whole). A box whose only furniture word is `bio` and
 * that holds BIOGRAPHY_MIN_PARAGRAPHS paragraphs of prose or more is the page's text; an author's blurb is one or two paragraphs.
 */
const BIO = /(^|[\s_-])bio(?=$|[\s_-])/gi;
const BIOGRAPHY_MIN_PARAGRAPHS = 3;
const PARAGRAPH_MIN_CHARS = 120;
/** Links may make up less than this share of a paragraph (a list of links is not a life story). */
const MAX_LINK_SHARE = 0.3;
/** Elements that end a run of inline text (a paragraph between them is a block of its own). */
const BLOCK = /^(?:P|DIV|LI|UL|OL|DL|DT|DD|SECTION|ARTICLE|BLOCKQUOTE|TABLE|TR|TD|TH|H[1-6]|FIGURE|HEADER|FOOTER|ASIDE|NAV|FORM|PRE|BR|HR)$/;

/** Whether `el`, named `names`, is a biography: a box whose only furniture word (`isFurnitureName`) is `bio`, holding paragraphs of prose. */
export function isBiography(el: DomElement, names: string, isFurnitureName: (names: string) => boolean, headline?: DomElement): boolean {
  if (names.match(BIO) === null || isFurnitureName(names.replace(BIO, '$1'))) return false;
  const paragraphs = proseParagraphs(el);
  return paragraphs >= BIOGRAPHY_MIN_PARAGRAPHS || (paragraphs >= 1 && followsHeadline(el, headline));
}

/**
 * Whether `el` comes right after the page's headline, or the box that holds it, among its siblings (HEADLINE_NEAR elements at most
 * before it): the bio of a profile page, whose headline is the person's name (round 119, after batch 508's Wix instructor page:
 * `<div id="bio">` two boxes under "Professor Marisol Ventura" and her rank). An author's blurb closes the article instead.
 */
function followsHeadline(el: DomElement, headline: DomElement | undefined): boolean {
  if (headline === undefined) return false;
  const parent = el.parentNode;
  if (parent === null || !isElement(parent)) return false;
  const kids = Array.from(parent.children);
  const at = kids.indexOf(el);
  // (the headline's own box, not the article's around it, and nothing of length between: an essay's author blurb comes after its text)
  const most = squash(headline.textContent).length + BOX_MAX_EXTRA;
  for (const box of kids.slice(Math.max(0, at - HEADLINE_NEAR), at).reverse()) {
    if (squash(box.textContent).length > most) return false;
    if (box === headline || isInside(headline, box)) return true;
  }
  return false;
}
const HEADLINE_NEAR = 2;
/** What the headline's box may hold beside it (a label, a date), in characters. */
const BOX_MAX_EXTRA = 200;

/**
 * Paragraphs of prose in `el`: runs of text between block elements and line breaks (a `<p>`, or text set between `<br>`s), each of
 * PARAGRAPH_MIN_CHARS or more, ending as a sentence does, with few links.
 */
export function proseParagraphs(el: DomElement): number {
  let count = 0;
  let run: DomNode[] = [];
  const close = (): void => {
    if (run.length > 0 && isParagraph(run)) count++;
    run = [];
  };
  const walk = (box: DomElement): void => {
    for (let node = box.firstChild; node !== null; node = node.nextSibling) {
      if (isElement(node) && BLOCK.test(node.tagName)) {
        close();
        walk(node);
        close();
      } else if (isElement(node) || node.nodeType === TEXT_NODE) run.push(node);
    }
  };
  walk(el);
  close();
  return count;
}

function isParagraph(run: readonly DomNode[]): boolean {
  const text = squash(run.map((n) => n.textContent ?? '').join(''));
  if (!isProseLine(text, PARAGRAPH_MIN_CHARS)) return false;
  let links = 0;
  for (const n of run) {
    if (!isElement(n)) continue;
    if (n.tagName === 'A') links += squash(n.textContent).length;
    else for (const a of Array.from(n.querySelectorAll('a'))) links += squash(a.textContent).length;
  }
  return links < MAX_LINK_SHARE * text.length;
}
