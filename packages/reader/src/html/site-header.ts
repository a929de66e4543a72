import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { metaSiteNames } from './headline.js';

/**
 * A blog's name set as the page's only `<h1>` (round 7, after batch 8's Tumblr post): themes of
 * Tumblr, old Blogger and WordPress put the site name in an `<h1>` at the top of every page and the
 * post's title in an `<h2>`. The `<title>` tells them apart: it reads "site name — post title".
 * When the single `<h1>` is one part of the `<title>` and an `<h2>` is the other, the `<h1>` is
 * the site's name: it goes, with the small `<header>` it sits in (the blog's description, "bookbinding,
 * paper, the occasional cat"), and the post's title becomes the headline. So does an <h1> over an
 * entry heading the og:title names (sharedEntryHeading).
 */

const SEPARATOR = /\s+[-|·•–—»:]\s+|:\s+/;
const HEADER_MAX_CHARS = 300;

/** Removes a site-name <h1> (and its small header) from `doc` in place; the post's title (the <h2>) when it did. */
export function removeSiteNameHeading(doc: DomDocument): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const h1 = h1s[0];
  if (h1s.length !== 1 || h1 === undefined) return undefined;
  const parts = squash(doc.title).toLowerCase().split(SEPARATOR);
  const site = squash(h1.textContent).toLowerCase();
  // the first of three parts or more names the page, the site being last (Product Hunt's "Tidewell: Plan your days ... | Product Hunt"
  // over <h1>Tidewell</h1> and its tagline's <h2>; round 29)
  // (unless the site's meta tags or feed links name the <h1>: phpBB's "Berry Bench • View topic - <topic>"; round 41)
  if (parts.length >= 3 && parts[0] === site && !metaSiteNames(doc).has(site)) return undefined;
  // of three parts or more too ("Tiddler — Marta’s Workbench: notes from the shed", TiddlyWiki; round 27): the <h2> that is another part
  const others = parts.length >= 2 && parts.includes(site) ? parts.filter((p) => p !== site && p !== '') : undefined;
  const title =
    others !== undefined
      ? Array.from(doc.querySelectorAll('h2')).find((h) => others.includes(squash(h.textContent).toLowerCase()))
      : sharedEntryHeading(doc, h1);
  if (title === undefined) return undefined;
  const header = enclosingHeader(h1);
  (header !== undefined && squash(header.textContent).length <= HEADER_MAX_CHARS ? header : h1).remove();
  return squash(title.textContent);
}

/**
 * The entry's heading when the page declares it for sharing (round 12, after batch 13's Dreamwidth
 * entry: `<h1>fernwick’s notebook</h1>` over `<h3 class="entry-title">The allotment in March...</h3>`,
 * `<title>fernwick: The allotment...`): the og:title, which the <title> holds and the <h1> is
 * not, is the text of one <h2>-<h4> below the <h1>. LiveJournal and Dreamwidth styles, Blogger and
 * older WordPress themes head every page with the journal's name and each entry with a lower heading.
 */
function sharedEntryHeading(doc: DomDocument, h1: DomElement): DomElement | undefined {
  const meta = Array.from(doc.querySelectorAll('meta[property="og:title"]'))[0];
  const og = squash(meta?.getAttribute('content') ?? '').toLowerCase();
  if (og === '' || og === squash(h1.textContent).toLowerCase() || !squash(doc.title).toLowerCase().includes(og)) return undefined;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4'));
  const entries = headings.filter((h) => h.tagName !== 'H1' && squash(h.textContent).toLowerCase() === og);
  const entry = entries[0];
  return entries.length === 1 && entry !== undefined && headings.indexOf(entry) > headings.indexOf(h1) ? entry : undefined;
}

function enclosingHeader(el: DomElement): DomElement | undefined {
  for (let n = el.parentNode; n !== null && isElement(n); n = n.parentNode) {
    if (n.tagName === 'HEADER') return n;
    if (/^(?:BODY|MAIN|ARTICLE)$/.test(n.tagName)) return undefined;
  }
  return undefined;
}

/** A section label: one to three words, no sentence punctuation. */
const SECTION_LABEL = /^[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+){0,2}$/u;

/**
 * The section link set just above the headline, a "kicker" (round 7, after batch 8's AMP page:
 * "<a class="article-header__section">Local News</a><h1>..."): a link of one to three words that
 * is the `<h1>`'s previous sibling names the desk the story is filed under, never the story.
 */
export function removeSectionKicker(doc: DomDocument): void {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const h1 = h1s[0];
  if (h1s.length !== 1 || h1 === undefined) return;
  let prev = h1.parentNode === null ? null : previousElement(h1);
  // the link alone in a block of its own ("<p><a>Local News</a></p>")
  if (prev !== null && prev.tagName !== 'A' && prev.children.length === 1 && squash(prev.children[0]?.textContent ?? '') === squash(prev.textContent)) {
    prev = prev.children[0]?.tagName === 'A' ? prev : null;
  } else if (prev !== null && prev.tagName !== 'A') prev = null;
  if (prev !== null && SECTION_LABEL.test(squash(prev.textContent))) prev.remove();
}

function previousElement(el: DomElement): DomElement | null {
  const nodes = Array.from(el.parentNode?.childNodes ?? []);
  for (let i = nodes.indexOf(el) - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n === undefined) break;
    if (isElement(n)) return n;
    if (squash(n.textContent) !== '') return null;
  }
  return null;
}

/** A word processor's Title-styled paragraph: Google Docs' `p.title`, Word's `p.MsoTitle`. */
const TITLE_PARAGRAPH = 'p.title, p.MsoTitle';
const DOCUMENT_HEADER_MAX_CHARS = 120;

/**
 * A word-processor document published as a page (round 9, after batch 9's Google Docs publish):
 * its title is the paragraph set in the Title style (Google Docs' `<p class="title">`, Word's
 * `MsoTitle`), not the `<title>` (the file name) and not one of its Heading 1 sections, which are
 * `<h1>`s; short lines above it in the document are its page header ("Northgate Tenants'
 * Association · Working document"), removed. Undefined when the page has no Title paragraph.
 */
export function documentTitle(doc: DomDocument): string | undefined {
  const title = Array.from(doc.querySelectorAll(TITLE_PARAGRAPH)).find((p) => squash(p.textContent) !== '');
  if (title === undefined) return undefined;
  const before = Array.from(title.parentNode?.childNodes ?? []);
  for (const n of before.slice(0, before.indexOf(title))) {
    if (isElement(n) && squash(n.textContent).length <= DOCUMENT_HEADER_MAX_CHARS && n.querySelectorAll('h1, h2, h3, img').length === 0) n.remove();
  }
  return squash(title.textContent);
}

/**
 * Reply headings ("Re: ..." above every forum post) and headings below the top that only repeat
 * the title (the <h1>, else the <title> up to its site-name separator).
 */
export function removeTitleEchoes(doc: DomDocument, title: string | undefined): void {
  const keys = new Set([title ?? '', doc.title.split(/\s+[-|·–—»:]\s+/)[0] ?? ''].map((t) => squash(t).toLowerCase()).filter((t) => t !== ''));
  const headings = Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'));
  for (const el of headings.slice(1)) {
    const text = squash(el.textContent);
    if (/^re:\s/i.test(text) || keys.has(text.toLowerCase())) el.remove();
  }
}

/** A thread's prefix label: a word or two in a box named as a label or prefix. */
const PREFIX_NAME = /(?:^|[\s_-])(?:label|prefix|thread-?prefix)(?:$|[\s_-])/i;
const PREFIX_MAX_WORDS = 3;

/**
 * A forum thread's prefix set first in its <h1> (round 43, after batch 69's XenForo thread: `<h1><span class="label">Help</span>
 * Chatter when parting off ...`): a tag of the thread, not words of its title. It goes when more text follows it in the heading.
 * Returns `doc`.
 */
export function removeTitlePrefixes(doc: DomDocument): DomDocument {
  // (a prefix that is a part of the <title> is the site's name, kept with the headline: round 29)
  const parts = new Set(
    squash(doc.title)
      .toLowerCase()
      .split(/\s+[-|·•–—»:]\s+/),
  );
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const first = h1.firstElementChild;
    if (first === null || !PREFIX_NAME.test(first.getAttribute('class') ?? '')) continue;
    const words = squash(first.textContent).split(' ').length;
    const before = Array.from(h1.childNodes).slice(0, Array.from(h1.childNodes).indexOf(first));
    const rest = squash(h1.textContent).length - squash(first.textContent).length;
    const own = !parts.has(squash(first.textContent).toLowerCase());
    if (own && words <= PREFIX_MAX_WORDS && before.every((n) => squash(n.textContent) === '') && rest >= 10) first.remove();
  }
  return doc;
}
