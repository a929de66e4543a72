import { adjacentNode, isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { isPostHashtagLine } from './structure.js';
import { proseChars } from './sentences.js';

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

/**
 * A list of resources: every item opens with a link, names its source in brackets, links again, and holds no other words than
 * a few, nor a sentence ("<a>Tinnitus: Overview</a> (National Hearing Council) <a>Also in Spanish</a>" under MedlinePlus's
 * "Start Here"; round 34). Links to other pages, whatever heading they stand under. A list of one link per item (a podcast's
 * show-note links, a wiki's drops "Warden's Halberd (guaranteed)") is the page's own and stays.
 */
export function isResourceList(el: DomElement): boolean {
  const items = Array.from(el.children).filter((c) => c.tagName === 'LI');
  if (items.length < 2 || items.length !== el.children.length) return false;
  return items.every((li) => {
    const text = squash(li.textContent);
    const first = li.firstElementChild;
    if (first === null || first.tagName !== 'A' || !text.startsWith(squash(first.textContent)) || text.length > RESOURCE_MAX_CHARS) return false;
    let rest = text;
    for (const a of Array.from(li.querySelectorAll('a'))) rest = rest.replace(squash(a.textContent), ' ');
    const words = rest
      .replace(/\([^()]*\)/g, ' ')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    const sourced = /\([^()]{2,80}\)/.test(rest) && li.querySelectorAll('a').length >= 2;
    return sourced && words.length <= RESOURCE_MAX_WORDS && !/[.!?]$/.test(text);
  });
}
const RESOURCE_MAX_CHARS = 160;
const RESOURCE_MAX_WORDS = 3;

/** A short block of mostly links with no blocks inside: "Have more questions? Submit a request", "Older post Newer post". */
export function isShortLinkBlock(el: DomElement): boolean {
  if (el.querySelectorAll('p, div, section, ul, ol, h1, h2, h3, h4, h5, h6, table').length > 0) return false;
  const squashed = squash(el.textContent);
  const text = squashed.length;
  return text > 0 && text <= 80 && linkChars(el) / text >= 0.4 && !VERSION_NOTE.test(squashed);
}

/**
 * Removes the short link blocks and lone link paragraphs of `doc`, a post's hashtag line aside. An accordion's question set as a
 * link that goes nowhere (round 103, after batch 464: Elementor's `<a class="elementor-accordion-title" tabindex="0">How long is
 * the contract?</a>` over its answer) opens the answer below it: a question whose links have no address, or one inside the page,
 * is the page's FAQ, not a way elsewhere, and its links become text (Readability too reads a link line as a menu).
 */
export function removeShortLinkBlocks(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('div, section, p'))) {
    if (el.parentNode === null || !(el.tagName === 'P' ? isLoneLinkParagraph(el) : isShortLinkBlock(el)) || isPostHashtagLine(el)) continue;
    const links = Array.from(el.querySelectorAll('a'));
    if (!squash(el.textContent).endsWith('?') || !links.every((a) => /^(?:#|javascript:|$)/i.test(a.getAttribute('href')?.trim() ?? ''))) {
      el.remove();
      continue;
    }
    for (const a of links) {
      const span = a.ownerDocument.createElement('span');
      span.append(...Array.from(a.childNodes));
      a.before(span);
      a.remove();
    }
  }
}
/** A reference page's version note, its version linked ("Added in <a>API level 36</a>": Android; round 41, after batch 57). */
const VERSION_NOTE = /^(?:added|introduced|deprecated|removed|changed|available) in:?\s/i;

const LONE_LINK_MAX_WORDS = 3;

/**
 * A paragraph that is one short link and nothing else, no sentence ("<p><a href="/archive/">Archive index</a></p>" over a
 * chat archive's topic; round 24, after batch 24): a way elsewhere, set as a line of its own. A sentence that is a link keeps
 * its stop, and a label its colon.
 */
export function isLoneLinkParagraph(el: DomElement): boolean {
  if (!isLinkParagraph(el) || squash(el.textContent).split(' ').length > LONE_LINK_MAX_WORDS) return false;
  // one of a run of such paragraphs is a list of links set as paragraphs (a release's annexes under "For More Information"; round 28)
  const near = [adjacentNode(el, 'previous'), adjacentNode(el, 'next')];
  return !near.some((s) => s !== null && isElement(s) && s.tagName === 'P' && isLinkParagraph(s));
}

/** A paragraph that is one link and nothing else, no sentence. */
function isLinkParagraph(el: DomElement): boolean {
  const links = el.querySelectorAll('a');
  const text = squash(el.textContent);
  if (links.length !== 1 || el.children.length !== 1 || text === '' || /[.!?:;,]$/.test(text)) return false;
  return squash(links[0]?.textContent ?? null) === text;
}

/**
 * A link card: a link around two blocks or more of short text, a title over a blurb (Next.js's "Next Steps" cards,
 * "<a><div>route.js</div><div>API reference for the route.js special file.</div></a>"; round 49, after batch 132). A way to
 * another page, whatever it says: article text is not set inside one link.
 */
export function isLinkCard(a: DomElement): boolean {
  const blocks = Array.from(a.children).filter((c) => LINK_CARD_BLOCK.test(c.tagName));
  return blocks.length >= 2 && squash(a.textContent).length <= LINK_CARD_MAX_CHARS;
}
const LINK_CARD_BLOCK = /^(?:DIV|P|H[2-6]|SECTION|HEADER)$/;
const LINK_CARD_MAX_CHARS = 300;

/**
 * Removes the page's link cards, unless they hold most of its prose: then the page is a listing and the cards are its text (round
 * 111, after batch 495's community cinema season, four film cards under a line of introduction: recall 32 %). Cards beside an
 * article (related stories, "next steps") hold less prose than the article.
 */
export function removeLinkCards(doc: DomDocument): void {
  const cards = Array.from(doc.querySelectorAll('a')).filter(isLinkCard);
  const inCards = cards.reduce((n, a) => n + proseChars(a), 0);
  if (doc.body !== null && inCards > 0 && inCards >= LISTING_SHARE * proseChars(doc.body)) return;
  for (const a of cards) if (a.parentNode !== null) a.remove();
}
/** Share of the page's prose its link cards hold on a listing page. */
const LISTING_SHARE = 0.5;
