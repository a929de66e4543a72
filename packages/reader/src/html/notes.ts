import { isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';

/**
 * Notes about the article rather than the article (sprint 9): footnote and endnote lists,
 * paragraphs that open with the labels the whole web gives such notes ("Correction:", "Editor's
 * note:", "Disclosure:", "*At the time of publishing..."), the sections headed "Notes to
 * editors" or "Media contact" that close press releases, and status badges set as headings
 * ("Baseline Widely available", "Deprecated"). Wiki references were already furniture (the gold
 * of the wiki pages says so): a footnote is a side note wherever it sits, and a summary of the
 * page never wants one.
 */

/** Footnote and endnote lists: by DPUB-ARIA role, and by the class words of Markdown and static-site generators. */
const NOTE_LISTS =
  '[role="doc-endnotes"], [role="doc-footnote"], [role="doc-endnote"], [role="doc-backlink"], .footnotes, .endnotes, .footnote-list, ' +
  '.footnotes-list, .footnote, .endnote, .footnote-content, .footnote-text';
/** Labels that open a note about the article. */
const NOTE_LABEL = new RegExp(
  `^(?:corrections?|clarifications?|editor[’']?s[’']? notes?|editorial note|notes? (?:to|for) editors` +
    '|(?:media|press) (?:contacts?|enquiries|inquiries|office)|for (?:more|further) (?:information|details),? (?:please )?contact' +
    String.raw`|programming note|disclosures?|disclaimers?|affiliate (?:disclosure|note)|transparency note)\s*[:.—–-]`,
  'i',
);
/**
 * A note that the text was made by a machine ("Transcripts are generated automatically and may
 * contain errors", "This article was translated automatically"; session 10, after batch 6): a
 * disclaimer about the page, as podcast and video pages put over their transcripts.
 */
const MACHINE_NOTE = new RegExp(
  String.raw`^(?:(?:(?:this|the|these|our) )?(?:transcripts?|captions?|subtitles?)|this (?:article|page|summary|text|translation))\b.{0,40}` +
    String.raw`\b(?:is|are|was|were|has been|have been|may be) (?:(?:auto(?:matically|-generated)|machine[- ](?:generated|translated)` +
    String.raw`|(?:generated|produced|created|transcribed|translated) (?:automatically|by (?:machine|software|ai|a computer|artificial intelligence))))`,
  'i',
);
/** A dated note that the story was updated (Newsweek's "Update 11/21/25, 11:05 a.m. ET: This article was updated with ..."; round 29). */
const UPDATE_NOTE = /^(?:update|updated)\b.{0,50}?:\s*this (?:article|story|post|page|report) (?:was|has been|is being) updated\b/i;
/** A footnote marked by an asterisk or a dagger ("*At the time of publishing, the price was $299."). */
const STARRED = /^[*†‡]+\s*\p{L}/u;
const NOTE_MAX_CHARS = 600;
/** Headings of the sections that close a press release or an article with notes. */
export const NOTES_HEADING = new RegExp(
  `^(?:notes? (?:to|for) editors|editor[’']?s[’']? notes?|footnotes|endnotes|(?:media|press|news) (?:contacts?|enquiries|inquiries` +
    String.raw`|office|team|desk|relations)|for media (?:enquiries|inquiries)|corrections?|disclosures?|disclaimers?)\s*:?$`,
  'i',
);
/** Words of status badges: a heading made only of them labels the page, it does not head a section. */
const BADGE_WORD = new RegExp(
  '^(?:baseline|widely|newly|limited|available|availability|deprecated|experimental|non-standard' +
    '|obsolete|beta|alpha|preview|stable|lts|draft|archived|pinned|solved|answered|locked|closed|new|updated)$',
  'i',
);

/**
 * A callout titled with the product's stage or a legal notice (Twilio's "Public Beta" and "Legal notice" boxes over a page,
 * "Call summaries are currently available as a Public Beta product ..."; round 44, after batch 99): the vendor's stock notice about
 * the product, not the page's text. A note box by its role or class, its first line the title.
 */
const STATUS_TITLE = /^(?:(?:public|private|limited|open) )?(?:beta|preview|alpha)(?: (?:feature|product|release))?$|^legal notice$/i;
const CALLOUTS = '[role="note"], [role="alert"], [class*="callout"], [class*="admonition"], [class*="notice"]';

function isStatusCallout(box: DomElement): boolean {
  if (squashedLength(box, NOTE_MAX_CHARS + 1) > NOTE_MAX_CHARS) return false;
  // (its first element of text alone: the title, not a box around title and body)
  const title = Array.from(box.querySelectorAll('strong, b, p, span, div, h2, h3, h4, h5, h6')).find(
    (el) => el.children.length === 0 && squash(el.textContent) !== '',
  );
  return title !== undefined && STATUS_TITLE.test(squash(title.textContent));
}

/**
 * Stock notices of a platform over its pages (round 46, after batches 91, 102 and 126): MDN's status cards ("Secure context: This
 * feature is available only in secure contexts (HTTPS) ...", "Experimental: This is an experimental technology ...", deprecated,
 * non-standard), not its note and warning cards, which the writers of the page wrote; a Discourse forum's site banner over every topic
 * ("Before posting in Troubleshooting, please include ...").
 */
const STOCK_NOTICES = '.notecard.secure, .notecard.experimental, .notecard.deprecated, .notecard.nonstandard, .notecard.obsolete, #banner #banner-content';

/**
 * A wiki's maintenance notice, whatever its box (round 48, after batch 133's Fandom and Wikibooks pages): "Some of the information
 * on this page has not been checked since Update 1.5. You can help by checking it in game and editing the page.", "This article
 * is a stub. You can help Wikipedia by expanding it." A box of at most NOTE_MAX_CHARS that asks for help with the page itself.
 */
const HELP_ASK = /\byou can help(?: [\p{L}'’]+){0,3} by (?:expanding|adding|checking|editing|improving|updating|verifying|fixing|citing|correcting)\b/iu;
const ABOUT_PAGE = /\b(?:this|the) (?:page|article|section|list|wiki|book|chapter|module|entry)\b/i;

/** Removes notes, note sections and status badges from `doc` in place. */
export function removeNotes(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(`${NOTE_LISTS}, ${STOCK_NOTICES}`))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('table, div, aside, section, p'))) {
    if (el.parentNode === null || squashedLength(el, NOTE_MAX_CHARS + 1) > NOTE_MAX_CHARS) continue;
    const text = squash(el.textContent);
    if (HELP_ASK.test(text) && ABOUT_PAGE.test(text)) el.remove();
  }
  for (const box of Array.from(doc.querySelectorAll(CALLOUTS))) if (box.parentNode !== null && isStatusCallout(box)) box.remove();
  for (const el of Array.from(doc.querySelectorAll('p, div, small, li, aside, section, blockquote'))) {
    if (el.parentNode === null) continue;
    const text = squash(el.textContent);
    if (text.length <= NOTE_MAX_CHARS && (NOTE_LABEL.test(text) || STARRED.test(text) || MACHINE_NOTE.test(text) || UPDATE_NOTE.test(text))) el.remove();
  }
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null) continue;
    const text = squash(h.textContent);
    if (isBadge(text)) h.remove();
    else if (NOTES_HEADING.test(text)) removeSection(h);
  }
}

export function isBadge(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 4 && words.every((w) => BADGE_WORD.test(w));
}

/** A heading and what follows it up to the next heading of its level or above (from its wrapper when it is wrapped alone). */
export function removeSection(h: DomElement): void {
  for (const el of sectionOf(h)) el.remove();
}

/** The elements of the section `h` heads: its head (the heading, or its wrapper when it is wrapped alone) first. */
export function sectionOf(h: DomElement): DomElement[] {
  const level = Number(h.tagName.slice(1));
  let head: DomElement = h;
  const parent = head.parentNode;
  if (parent !== null && isElement(parent) && parent.children.length === 1 && !/^(?:BODY|ARTICLE|MAIN|SECTION)$/.test(parent.tagName)) head = parent;
  const siblings = Array.from(head.parentNode?.childNodes ?? []);
  const section: DomElement[] = [head];
  for (const node of siblings.slice(siblings.indexOf(head) + 1)) {
    if (isElement(node) && headingLevel(node) <= level) break;
    if (isElement(node)) section.push(node);
  }
  return section;
}

/** The box a heading is wrapped alone in, however deep (a page builder's widget around its title), or the heading itself. */
export function boxedHead(h: DomElement): DomElement {
  let head = h;
  for (let up = head.parentNode; up !== null && isElement(up) && !isPageBox(up) && up.children.length === 1; up = up.parentNode) head = up;
  return head;
}

/** The level of the heading `el` is or wraps alone (7 when none). */
function headingLevel(el: DomElement): number {
  const inner = /^H[1-6]$/.test(el.tagName) ? el : el.children.length === 1 ? el.children[0] : undefined;
  return inner !== undefined && /^H[1-6]$/.test(inner.tagName) ? Number(inner.tagName.slice(1)) : 7;
}
