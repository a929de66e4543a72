import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { isDateOnly } from './structure.js';

/**
 * Headings a chat or list archive sets over its messages and its page (round 24, after batch 24's
 * Zulip archive, as the zulip-archive tool, MHonArc and IRC log sites publish them):
 *
 * - a message's header: the sender's name and the message's time stamp as a link to it, set as a
 *   heading ("<h4>Priya Natarajan <a href="#401122">(Nov 03 2025 at 09:14)</a>:</h4>"). It is a
 *   byline over each message: a name of up to four words, then a date only (structure.ts's
 *   `isDateOnly`), in a link or a `<time>`, maybe a colon. A section heading that ends in a date
 *   ("Results for March 2025") has no stamp of its own in a link;
 * - a label and one link as the whole heading ("<h2>Stream: <a>help</a></h2>", "<h3>Topic: <a>
 *   Predictions off by an hour...</a></h3>"): where the page sits in the archive, navigation
 *   set as headings. When the link's text is a part of the <title> between its separators, it is
 *   the page's title (`labelledTitle`, read before the furniture pass removes the heading).
 */
const NAME = /^(?:[\p{Lu}@][\p{L}\p{N}.'’_-]*)(?:\s+[\p{Lu}@][\p{L}\p{N}.'’_-]*){0,3}$/u;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** "Stream:", "Topic:", "Category:", "Re:": one word and a colon. */
const LABEL = /^(\p{L}{2,20}):\s*(.+)$/u;
const LINK_MAX_WORDS = 3;
/** The separators of a <title>'s parts, "›" among them (zulip-archive's "help › Predictions ..."). */
const TITLE_SEPARATORS = /\s+[-|·–—»›]\s+/;

/** Removes message headers, author-and-date lines and label-and-link headings from `doc` in place. */
export function removePostHeaders(doc: DomDocument, title: string | undefined): void {
  for (const h of Array.from(doc.querySelectorAll(HEADINGS))) {
    if (h.parentNode !== null && (isMessageHeader(h) || isLabelLink(h, title))) h.remove();
  }
  for (const line of Array.from(doc.querySelectorAll('div, p, span'))) if (line.parentNode !== null && isAuthorDateLine(line)) line.remove();
}

/**
 * A line of an author's name as a link and a date after it ("<div class="tc-subtitle"><a>Marta</a> 14th January 2026 at
 * 9:32pm</div>", TiddlyWiki; round 27, after batch 27): a byline, whatever its class.
 */
function isAuthorDateLine(el: DomElement): boolean {
  if (el.children.length !== 1 || squashedLength(el, LINE_MAX_CHARS + 1) > LINE_MAX_CHARS) return false;
  const link = el.firstElementChild;
  if (link === null || link.tagName !== 'A') return false;
  const name = squash(link.textContent);
  const text = squash(el.textContent);
  return text.startsWith(name) && NAME.test(name) && isDateOnly(text.slice(name.length).trim());
}
const LINE_MAX_CHARS = 80;

/** The page's title when a heading sets it as a label and a link ("Topic: <a>...</a>") and the <title> holds it as a part. */
export function labelledTitle(doc: DomDocument): string | undefined {
  const parts = new Set(squash(doc.title).toLowerCase().split(TITLE_SEPARATORS));
  for (const h of Array.from(doc.querySelectorAll(HEADINGS))) {
    const linked = labelledLink(h);
    if (linked !== undefined && linked.length >= 10 && parts.has(linked.toLowerCase())) return linked;
  }
  return undefined;
}

function isMessageHeader(h: DomElement): boolean {
  const text = squash(h.textContent).replace(/\s*:$/, '');
  const stamps = Array.from(h.querySelectorAll('a, time')).filter((el) => isDateOnly(squash(el.textContent)));
  const stamp = stamps.at(-1);
  if (stamp === undefined) return false;
  const stampText = squash(stamp.textContent);
  if (!text.endsWith(stampText)) return false;
  return NAME.test(text.slice(0, text.length - stampText.length).trim());
}

/** A heading that is a label and one link (short, or the page's title). */
function isLabelLink(h: DomElement, title: string | undefined): boolean {
  const linked = labelledLink(h);
  if (linked === undefined) return false;
  return linked.split(' ').length <= LINK_MAX_WORDS || linked.toLowerCase() === title?.toLowerCase();
}

/** The link's text of a heading that is "Label: <a>text</a>" and nothing else. */
function labelledLink(h: DomElement): string | undefined {
  const rest = LABEL.exec(squash(h.textContent))?.[2];
  const links = Array.from(h.querySelectorAll('a'));
  if (rest === undefined || links.length !== 1 || h.querySelectorAll('p, div, li').length > 0) return undefined;
  const link = links[0];
  // a link to a place on the page is the heading's own anchor (API docs' "Class: <a href="#fs_dir">fs.Dir</a>")
  if (link === undefined || !isElement(link) || (link.getAttribute('href') ?? '#').startsWith('#')) return undefined;
  return squash(link.textContent) === rest ? rest : undefined;
}
