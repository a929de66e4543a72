import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { CAMEL_WORD, NAME_ATTRIBUTES } from './names.js';

/**
 * The standfirst (dek, subtitle) under the headline: article text that Readability leaves out
 * when it sits in the page's header block rather than in the body it chooses. Found by the class
 * words the web gives it, next to the single <h1>; else (session 10, after batch 6: the
 * Guardian names its standfirst only in a `data-gu-name`, Distill's `<d-title>` not at all) as
 * the block next to the <h1> whose text is the page's own description (`<meta name=
 * "description">`, `og:description`, `twitter:description`): sites set the dek there, word for
 * word, and a teaser written apart from the page never equals it.
 */
const NAMES = new RegExp(
  String.raw`(?:^|[\s_-])(standfirst|sub-?title|sub-?head(?:line|ing)?|dek|deck|strapline|summary|lede|excerpt|description` +
    // GOV.UK's lead paragraph (gem-c-lead-paragraph), "lead-text", "intro-text"
    String.raw`|lead-?(?:paragraph|para|text)|intro-?(?:paragraph|text)` +
    // a landing page's line under its title in the hero (Webflow's "paragraph-hero", "hero-paragraph"; round 150, after batch 599)
    String.raw`|paragraph-hero|hero-?(?:paragraph|intro|lead))(?:$|[\s_-])`,
  'i',
);

const STANDFIRST_MIN_CHARS = 20;
/** How many boxes that hold only the <h1> the search climbs (tagDiv wraps it in three: round 28, after batch 30). */
const HEADLINE_WRAPS = 4;
const STANDFIRST_MAX_CHARS = 300;

/** The standfirst's text, when the page has one near its <h1> (read on the cleaned page, before Readability edits it). */
export function findStandfirst(doc: DomDocument): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  // with no <h1>, or several (Wiki.js sets its sections in <h1>s; round 21), the element that is the page's title
  const h1 = h1s.length === 1 ? h1s[0] : titleHeading(doc);
  if (h1 === undefined) return undefined;
  // the headline's block: its parent, or the first box above it that holds more than the <h1>
  let block = parentElement(h1);
  for (let up = 0; up < HEADLINE_WRAPS && block !== undefined && squash(block.textContent) === squash(h1.textContent); up++) block = parentElement(block);
  if (block === undefined) return undefined;
  // (a definition's value too: ScienceDaily's "Summary:" <dd>; round 61, after batch 192)
  const blocks = Array.from(block.querySelectorAll('p, div, h2, h3, h4, h5, h6, span, dd')).filter((el) => {
    // its length read only up to the cap: every box of a long page's body was read whole here (a grown agency release: 5.7 s of 11)
    const length = squashedLength(el, STANDFIRST_MAX_CHARS);
    return length >= STANDFIRST_MIN_CHARS && length <= STANDFIRST_MAX_CHARS && el.querySelectorAll('a, p, h1').length === 0 && !inTeaser(el);
  });
  // every attribute that names an element: the Washington Post names its dek only in a test hook, data-qa="subheadline" (round 18, batch 19)
  const names = (el: DomElement): string =>
    NAME_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '')
      .join(' ')
      .replace(CAMEL_WORD, '$1-$2');
  // the name may be on the box around the paragraph ("<div class="standfirst"><p>…</p></div>"; round 10, after batch 11's live blog)
  // (its name is read first: comparing each paragraph's text with its parent's whole text was quadratic on a long page)
  // (or two boxes up: tagDiv's `<div class="td_block_wrap tdb_single_subtitle"><div class="tdb-block-inner"><p>`; round 28)
  const namedBox = (el: DomElement): boolean => {
    const length = squashedLength(el, STANDFIRST_MAX_CHARS);
    for (let box = parentElement(el), up = 0; box !== undefined && box !== block && up < 2; box = parentElement(box), up++) {
      // the box holds nothing but the paragraph: its length read only that far (a body field named "summary" was read whole per paragraph)
      if (squashedLength(box, length + 1) !== length || squash(box.textContent) !== squash(el.textContent)) return false;
      if (NAMES.test(names(box))) return true;
    }
    return false;
  };
  const named = blocks.find((el) => NAMES.test(names(el)) || namedBox(el));
  if (named !== undefined) return squash(named.textContent);
  const list = summaryList(block, names);
  if (list !== undefined) return list;
  const described = descriptions(doc);
  return blocks.map((el) => squash(el.textContent)).find((text) => described.has(text.toLowerCase())) ?? headerLead(block);
}

/**
 * A dek set as a short list of its own, in a box named as the summary (round 25, after batch 25's South China Morning Post page:
 * `<div data-qa="ContentSummary"><ul><li><p>...</p></li>...</ul></div>` under the headline): its items, as "- " lines, when there
 * are two to five, each a few words of text and no link.
 */
function summaryList(block: DomElement, names: (el: DomElement) => string): string | undefined {
  for (const list of Array.from(block.querySelectorAll('ul, ol'))) {
    const box = parentElement(list);
    if (!NAMES.test(names(list)) && (box === undefined || box === block || !NAMES.test(names(box)))) continue;
    const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
    if (items.length < 2 || items.length > SUMMARY_ITEMS_MAX || items.length !== list.children.length) continue;
    const texts = items.map((li) => (li.querySelectorAll('a').length > 0 ? '' : squash(li.textContent)));
    if (texts.every((t) => t.length >= STANDFIRST_MIN_CHARS && t.length <= STANDFIRST_MAX_CHARS)) return texts.map((t) => `- ${t}`).join('\n');
  }
  return undefined;
}
const SUMMARY_ITEMS_MAX = 5;

const LEAD_MAX_CHARS = 1200;
const LEAD_PROSE_CHARS = 80;

/**
 * The article's own opening set in its <header> with the headline (round 22, after batch 21's Rails guide: an intro paragraph,
 * "After reading this guide, you will know:" and its list), which Readability leaves out with the header: the header's
 * paragraphs and list items, in order, when one is a sentence of prose and all are short; list items as "- " lines.
 */
function headerLead(block: DomElement): string | undefined {
  const header = block.tagName === 'HEADER' ? block : parentElement(block);
  if (header?.tagName !== 'HEADER' || squashedLength(header, LEAD_MAX_CHARS) > LEAD_MAX_CHARS) return undefined;
  // not what a widget in the header holds (MDN's baseline box, a <details>: batch 3's API page)
  const inWidget = (el: DomElement): boolean => {
    for (let node = parentElement(el); node !== undefined && node !== header; node = parentElement(node))
      if (/^(?:DETAILS|ASIDE|FIGURE|FORM|NAV)$/.test(node.tagName)) return true;
    return false;
  };
  const parts = Array.from(header.querySelectorAll('p, li')).filter(
    (el) => el.querySelectorAll('p, li').length === 0 && squash(el.textContent) !== '' && !inWidget(el),
  );
  if (!parts.some((el) => el.tagName === 'P' && squash(el.textContent).length >= LEAD_PROSE_CHARS && /[.!?:]$/.test(squash(el.textContent)))) return undefined;
  return parts
    .map((el, i) => (el.tagName === 'LI' ? `- ${squash(el.textContent)}` : `${i > 0 ? '\n' : ''}${squash(el.textContent)}\n`))
    .join('\n')
    .trim();
}

/**
 * On a page with no <h1>, the heading that is the page's title (round 16: Kickstarter sets its project name in an <h2>
 * equal to og:title, the blurb under it): the first <h2> or <h3> whose text is the og:title, the <title>, or the
 * <title>'s first part before a separator (round 19: Politico's <h2 class="headline">).
 */
function titleHeading(doc: DomDocument): DomElement | undefined {
  const og = doc.querySelectorAll('meta[property="og:title"]')[0]?.getAttribute('content') ?? '';
  // the <title> whole, or its part before the site's name ("Telehealth cliff looms ... - POLITICO"; round 19, batch 20)
  const head = squash(doc.title).split(/\s+[-|·–—]\s+/)[0] ?? '';
  const titles = new Set([squash(og), squash(doc.title), head].filter((t) => t !== '').map((t) => t.toLowerCase()));
  // or a box of text alone (Wiki.js sets its title in <div class="headline">, the description in a caption beside it; round 21)
  return Array.from(doc.querySelectorAll('h2, h3, div')).find(
    (h) =>
      (h.tagName !== 'DIV' || h.children.length === 0) &&
      squashedLength(h, STANDFIRST_MAX_CHARS) <= STANDFIRST_MAX_CHARS &&
      titles.has(squash(h.textContent).toLowerCase()),
  );
}

/** The page's descriptions in its <head>, lower-cased. */
export function descriptions(doc: DomDocument): Set<string> {
  const metas = Array.from(doc.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]'));
  return new Set(metas.map((m) => squash(m.getAttribute('content')).toLowerCase()).filter((d) => d.length >= 20));
}

/**
 * Whether `el` sits in a list item that links elsewhere: another story's teaser card (ScienceDaily's related stories, each a
 * `<li>` of a title link over its `<p class="story-summary">`), whose summary is no standfirst of this page (round 61, batch 192).
 */
function inTeaser(el: DomElement): boolean {
  for (let up = parentElement(el); up !== undefined; up = parentElement(up)) {
    if (up.tagName === 'LI') return up.querySelectorAll('a[href]').length > 0;
  }
  return false;
}

function parentElement(el: DomElement): DomElement | undefined {
  const p = el.parentNode;
  return p !== null && isElement(p) ? p : undefined;
}

/** The text with the standfirst as its first block after the title, unless it is already read. */
export function withStandfirst(text: string, standfirst: string | undefined): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  if (standfirst === undefined || norm(text).includes(norm(standfirst))) return text;
  const [first = '', ...rest] = text.split('\n');
  return first.startsWith('# ') ? [first, '', standfirst, ...rest].join('\n') : `${standfirst}\n\n${text}`;
}
