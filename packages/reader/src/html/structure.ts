import { holdsSentence } from './sentences.js';
import { isLabelText } from './data-lines.js';
import { isElement, isPageBox, squash, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { isQuantity, isStatFigure } from './measures.js';

/**
 * Furniture found by its shape rather than its words (sprint 8, written to generalise beyond the
 * pages the word rules were tuned on): lines of links, blocks
 * that are only a date or a reading time, and controls by their ARIA role or inline style.
 */

/**
 * ARIA roles of controls (a control's label is never article text; `tab`, a tab's label over its panel: round 16,
 * Docusaurus's "TypeScript" / "JavaScript").
 */
export const CONTROL_ROLES = ['button', 'slider', 'progressbar', 'menuitem', 'switch', 'checkbox', 'radio', 'searchbox', 'tooltip', 'timer', 'marquee', 'tab'];

/**
 * A group of controls (`role="group"`) with a short label at most (round 15, after batch 16's Jira
 * issue: "Show: All Comments History Work log" as buttons): a toolbar by another role. Found
 * before the buttons are dropped, which would leave the label ("Show:") alone.
 */
export function isControlGroup(el: DomElement): boolean {
  const controls = Array.from(el.querySelectorAll('button, [role="button"], [role="tab"], input, select'));
  if (controls.length < 2) return false;
  let rest = squash(el.textContent);
  for (const c of controls) rest = rest.replace(squash(c.textContent), ' ');
  return rest.replace(/\s+/g, '').length <= CONTROL_GROUP_LABEL_CHARS;
}
const CONTROL_GROUP_LABEL_CHARS = 20;

/** Elements hidden by an inline style (readers never see them: modals waiting to open, dropdowns). */
export const HIDDEN_STYLE = '[style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

const list = <T>(xs: ArrayLike<T>): T[] => Array.from(xs);

/**
 * A line of links: two or more links and, between them, nothing but separators ("Symptoms |
 * Doctors | Health Care Reform", "Skip to content · Accessibility Help · Sign in", "Topics:
 * Engineering, Infrastructure"). Prose with links in it has words between the links.
 */
export function isLinkLine(el: DomElement): boolean {
  // a link with no text is an icon or an anchor beside a name (TypeDoc's member index; round 26), not a link of the line
  const links = list(el.querySelectorAll('a')).filter((a) => squash(a.textContent) !== '');
  if (links.length < 2 || el.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, table').length > 0) return false;
  const text = squash(el.textContent);
  if (text.length === 0 || text.length > 160) return false;
  let rest = text;
  for (const a of links) rest = rest.replace(squash(a.textContent), ' ');
  // what is left: separators, and at most a short label ("Topics:", "Filed under:", "Share:")
  const words = rest.replace(/[|·•/,;:»«›‹>\-–—()[\]&+*]/g, ' ').trim();
  return words.split(/\s+/).filter((w) => w.length > 0).length <= 2;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_WORD = new RegExp(
  `^(?:${MONTH}|\\d[\\d:.,/-]*(?:st|nd|rd|th|h|m|k|am|pm)?|[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|[a-z]{1,2}[sd]t|at|on|ago|` +
    'min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|read|estimated|listen|today|yesterday|mon|tue|tues|wed|thu|thur|thurs|' +
    'fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|uhr)$',
  'i',
);

/**
 * A block that is only a date, a time or a reading time ("Jan 9, 2024", "10:42 BST", "6 min read · 2 days ago"), in brackets
 * or not (a transcript's "[00:01:22]").
 */
export function isDateOnly(text: string): boolean {
  if (text.length === 0 || text.length > 60 || !/\d/.test(text)) return false;
  const words = text.split(/[\s·•|,()[\]]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => DATE_WORD.test(w));
}

/**
 * True when no words sit beside `el` in its parent: it is a block or a line of its own, not a
 * phrase inside a sentence ("In <span>2024</span>, the council..." keeps its year). `cache`
 * remembers each parent's answer within one pass (removing elements adds no words beside any):
 * without it, thousands of siblings cost a square.
 */
const INLINE = /^(?:SPAN|A|B|STRONG|EM|I|SMALL|MARK|ABBR|CITE|FONT)$/;

export function standsAlone(el: DomElement, cache?: Map<DomNode, boolean>): boolean {
  const parent = el.parentNode;
  if (parent === null) return false;
  const known = cache?.get(parent);
  if (known !== undefined) return known;
  let alone = list(parent.childNodes).every((n) => n.nodeType !== TEXT_NODE || !/[\p{L}\p{N}]/u.test(n.textContent ?? ''));
  // in an inline wrapper ("<span><span>March 4, 2025</span></span>, ...") it stands where the wrapper does
  if (alone && isElement(parent) && INLINE.test(parent.tagName)) alone = standsAlone(parent, cache);
  cache?.set(parent, alone);
  return alone;
}

/**
 * A post's closing line of hashtags, set as a line of the post's own text (Facebook's "#AlderCreekParks #RiversideTrail" in a
 * `<div dir="auto">` after the post's other lines; round 33): the poster's words. A tag list of its own below a post (Tumblr's,
 * a blog's "Tags:" line) is set in a box of another kind and stays a link line.
 */
export function isPostHashtagLine(el: DomElement): boolean {
  const links = list(el.querySelectorAll('a')).filter((a) => squash(a.textContent) !== '');
  if (!links.every((a) => squash(a.textContent).startsWith('#'))) return false;
  let prev = el.previousSibling;
  while (prev !== null && !isElement(prev)) prev = prev.previousSibling;
  if (prev === null || !isElement(prev)) return false;
  const same = (name: string): boolean => prev.getAttribute(name) === el.getAttribute(name);
  return prev.tagName === el.tagName && same('class') && same('dir') && holdsSentence(squash(prev.textContent));
}

// (or a fediverse handle with its server: "@kaito@velo.social.example" on a Misskey reply; round 38)
const HANDLE = /^@[\w.-]{2,40}(?:@[\w-]+(?:\.[\w-]+)+)?$/;
const insideLink = (el: DomElement): boolean => {
  for (let up = el.parentNode; up !== null && isElement(up); up = up.parentNode) if (up.tagName === 'A' || up.tagName === 'P') return true;
  return false;
};

const DATE_HEADINGS = 'h2[class~="date"], h3[class~="date"], h4[class~="date"]';

/** Removes link lines and date-only blocks (one pass over the elements per rule). */
export function removeByShape(doc: DomDocument): void {
  const alone = new Map<DomNode, boolean>();
  for (const el of list(doc.querySelectorAll('p, div, span, td, small, header, footer, section'))) {
    if (el.parentNode !== null && isLinkLine(el) && standsAlone(el, alone) && !isPostHashtagLine(el)) el.remove();
  }
  // a poster's handle as a line of its own (GitLab's "@praman" over each note; round 34), not a mention opening a reply
  for (const el of list(doc.querySelectorAll('p, div, span, li, a'))) {
    if (el.parentNode !== null && HANDLE.test(squash(el.textContent)) && standsAlone(el, alone) && !insideLink(el)) el.remove();
  }
  const emptied = new Set<DomElement>();
  // and the web components of dates: GitHub's <relative-time>, Microsoft Q&A's <local-time> (round 18, batch 19); a heading named a
  // date (R Markdown's `<h4 class="date">` under the title; round 61, after batch 187), not a year heading a section of a history
  for (const el of list(doc.querySelectorAll(`p, div, span, time, small, li, h5, h6, local-time, relative-time, time-ago, ${DATE_HEADINGS}`))) {
    if (el.parentNode === null || el.querySelectorAll('p, div, li').length > 0 || !isDateOnly(squash(el.textContent))) continue;
    if (!standsAlone(el, alone) || isQuantity(el) || isStatFigure(el)) continue;
    const parent = el.parentNode;
    el.remove();
    if (isElement(parent)) emptied.add(parent);
  }
  // a label whose value that was ("Prep Time:" over "15 mins", "Updated:" over a date): a label of nothing (round 14)
  for (const box of emptied) if (box.parentNode !== null && !isPageBox(box) && isLabelText(squash(box.textContent))) box.remove();
}

/**
 * Headings left with nothing under them once their section's furniture is gone (a wiki's "Notes"
 * over its removed footnote list, "Gallery" over removed figures): the next text after the
 * heading, in document order, is a heading of its level or above, or there is none. An `<h1>`
 * stays (it is the title).
 */
export function removeEmptyHeadings(doc: DomDocument): void {
  // nor a heading that is the <title>'s first part: the page's title set below an <h1> of the site's (Kaggle's topic <h3> over
  // the write-up's <h2> sections; round 34)
  const titled =
    squash(doc.title)
      .toLowerCase()
      .split(/\s+[-|·–—»]\s+/)[0] ?? '';
  for (const h of list(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null || (titled.length >= 20 && squash(h.textContent).toLowerCase() === titled)) continue;
    const next = nextText(h);
    if (next === undefined || (next.level !== undefined && next.level <= level(h))) h.remove();
  }
}

const level = (h: DomElement): number => Number(h.tagName.slice(1));

/** The first element after `el` (not inside it) that holds text, and the level of the heading it is or opens with. */
function nextText(el: DomElement): { level: number | undefined } | undefined {
  for (let node: DomElement = el; ; ) {
    for (let sib = node.nextSibling; sib !== null; sib = sib.nextSibling) {
      if (!/[\p{L}\p{N}]/u.test(sib.textContent ?? '')) continue;
      if (!isElement(sib)) return { level: undefined };
      return { level: openingHeading(sib) };
    }
    const parent = node.parentNode;
    if (parent === null || !isElement(parent) || parent.tagName === 'BODY') return undefined;
    node = parent;
  }
}

/** The level of the heading whose text comes first in `el` (undefined when that text is not a heading's). */
function openingHeading(el: DomElement): number | undefined {
  if (/^H[1-6]$/.test(el.tagName)) return level(el);
  for (const child of list(el.childNodes)) {
    if (!/[\p{L}\p{N}]/u.test(child.textContent ?? '')) continue;
    return isElement(child) ? openingHeading(child) : undefined;
  }
  return undefined;
}
