import { removeTruncatedRepeats } from './excerpts.js';
import { removeDatelines } from './datelines.js';
import { PRICE, removeProductCards } from './product-cards.js';
import { removeAppeals } from './appeals.js';
import { findAuthorLines, removeAuthorLines } from './author-lines.js';
import { adjacentNode, isElement, isPageBox, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { removeBoilerplate } from './boilerplate.js';
import { removeButtonCalls, removeCalls } from './calls.js';
import { removeStylesheetHidden } from './stylesheet-hidden.js';
import { renameDescriptions, renamePricedMenus } from './styling.js';
import { removeShapedFigures } from './figures.js';
import { removeDataLines } from './data-lines.js';
import { headDetails, openAccordions } from './disclosures.js';
import { keepHeadlineAside } from './headline-aside.js';
import { unnameCaptionCues } from './video-page.js';
import { readForeignHtml } from './foreign-html.js';
import { keepProseNavs } from './prose-nav.js';
import { removeEmbeds } from './embeds.js';
import { removeEntryForms } from './forms.js';
import { isFurnitureHeading, removeFurnitureHeadings } from './furniture-headings.js';
import { removeInheritedMembers } from './inherited-members.js';
import { removeEndMatter } from './end-matter.js';
import { isHeadedBodyList } from './headed-lists.js';
import { removeLinkCards, isLinkList, isResourceList, removeShortLinkBlocks } from './link-blocks.js';
import { removeLabels } from './labels.js';
import { removeLinkBars } from './link-lines.js';
import { removeMenuColumns } from './layout-columns.js';
import { removeMailFurniture } from './mail.js';
import { NAMED } from './names.js';
import { headlineH1, isFurnitureByName } from './furniture-names.js';
import { isFurnitureByText } from './furniture-lines.js';
import { isCookiePolicyPage } from './cookie-policy.js';
import { descriptionQuotes, quotedEntry } from './quoted-item.js';
import { unmarkComments } from './discussion.js';
import { holdsSentence } from './sentences.js';
import { descriptions } from './standfirst.js';
import { removeNotes } from './notes.js';
import { removeFrontPages } from './paged.js';
import { removePageKindFurniture } from './page-kinds.js';
import { removeQuotedPosts } from './quotes.js';
import { removeMailSignatures } from './mail-signatures.js';
import { CONTROL_ROLES, HIDDEN_STYLE, isControlGroup, removeByShape, removeEmptyHeadings, standsAlone } from './structure.js';
import { removeMachineSummaries } from './machine-summaries.js';
import { keepSummaryBoxes, removeKeyPointsLabels } from './summary-boxes.js';

/**
 * Page furniture taken out of the DOM before the article is chosen: what readers never read as
 * part of the story. Readability removes much of it by its own scores; this pass removes what it
 * keeps inside the article (bylines, datelines, share bars, captions) and what it may pick up
 * (banners, rails, comments).
 */

/** Never article text, wherever they sit (forms: forms.ts; an old page's scrolling <marquee> notice, 37 furniture of 37: round 148). */
const DROP_TAGS =
  'script, style, noscript, template, svg, canvas, iframe, object, embed, video, audio, ' +
  'button, input, select, textarea, label, nav, aside, footer, figcaption, dialog, menu, pre, marquee';
/**
 * A Word document's running header and footer as Word's "Save as Web Page" writes them (round 8,
 * after batch 9): `<div style='mso-element:header'>` / `footer` sections and their MsoHeader /
 * MsoFooter paragraphs ("Occasional Paper 7", "Draft, do not cite ... Page 1"): print furniture.
 */
const WORD_RUNNING =
  '[style*="mso-element:header"], [style*="mso-element: header"], [style*="mso-element:footer"], [style*="mso-element: footer"], ' + 'p.MsoHeader, p.MsoFooter';
/** ARIA roles of furniture. */
const DROP_ROLES = [
  'navigation',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'alert',
  ...CONTROL_ROLES,
];
// (and one named as a comment box, a sort menu or a search field: new Reddit's <comment-composer-host>, <shreddit-sort-dropdown>,
// <faceplate-search-input>; round 43, after batch 69), a comment's row of votes and buttons and a promoted post among the comments
// (<shreddit-comment-action-row>, <shreddit-ad-post>; after batch 81)
const CUSTOM_BUTTON = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?:BUTTON|COMPOSER(?:-HOST)?|SORT-DROPDOWN|SEARCH-INPUT|ACTION-ROW|AD-POST)$/;
const BLOCKS = 'p, div, span, li, section, header, small, time, address, h3, h4, h5, h6, figure, ul, ol, caption, center';

/**
 * Removes page furniture from `doc` in place (on a discussion page, after findDiscussion has
 * unmarked its comments); one pass over the elements per rule: linear.
 */
export function removeFurniture(doc: DomDocument): void {
  renamePricedMenus(doc);
  readForeignHtml(doc);
  const authorLines = findAuthorLines(doc);
  removeDatelines(doc);
  removePageKindFurniture(doc);
  removeFrontPages(doc);
  openAccordions(doc);
  removeMailFurniture(doc);
  removeMailSignatures(doc);
  removeProductCards(doc);
  for (const el of list(doc.querySelectorAll(HIDDEN_STYLE))) el.remove();
  removeStylesheetHidden(doc);
  removeEmbeds(doc);
  removeEntryForms(doc);
  keepSummaryBoxes(doc);
  removeKeyPointsLabels(doc);
  for (const el of list(doc.querySelectorAll('[role="group"]'))) if (isControlGroup(el)) el.remove();
  keepNoteAsides(doc);
  keepHeadlineAside(doc);
  keepProseNavs(doc);
  for (const el of list(doc.querySelectorAll(DROP_TAGS))) el.remove();
  // a web component named as a button (new Reddit's <award-button>, <shreddit-post-share-button>; round 17): a control by its tag
  for (const el of list(doc.querySelectorAll('body *'))) if (el.parentNode !== null && CUSTOM_BUTTON.test(el.tagName)) el.remove();
  removeAppeals(doc);
  removeMachineSummaries(doc);
  removeButtonCalls(doc);
  for (const el of list(doc.querySelectorAll(`[aria-modal="true"], ${WORD_RUNNING}`))) el.remove();
  for (const el of list(doc.querySelectorAll('[hidden], [aria-hidden="true"], [role]'))) {
    const role = el.getAttribute('role');
    if (role !== null && (isAdmonition(el, role) || isProseButton(el, role)))
      el.removeAttribute('role'); // Readability drops alerts too
    else if (role === null || DROP_ROLES.includes(role.toLowerCase())) el.remove();
  }
  removeNamedFurniture(doc);
  removeFurnitureLines(doc);
  removeCalls(doc);
  removeQuotedPosts(doc);
  removeLabels(doc);
  removeByShape(doc);
  removeNotes(doc);
  removeBoilerplate(doc);
  removeDataLines(doc);
  for (const el of list(doc.querySelectorAll('ul, ol'))) {
    if (el.parentNode !== null && ((isLinkList(el) && !isHeadedBodyList(el)) || isResourceList(el))) el.remove();
  }
  for (const remove of [removeShortLinkBlocks, removeLinkBars, removeMenuColumns]) remove(doc);
  removeLinkCards(doc);
  for (const remove of [removeInheritedMembers, removeEndMatter]) remove(doc);
  removeFurnitureHeadings(doc);
  removeTruncatedRepeats(doc);
  removeShapedFigures(doc);
  for (const el of list(doc.querySelectorAll('figure'))) {
    if (el.parentNode !== null && el.querySelectorAll('blockquote, table, p').length === 0) el.remove();
  }
  removeAuthorLines(doc, authorLines);
  headDetails(doc);
  removeEmptyHeadings(doc);
}

/** Removes the boxes that are furniture by their name (furniture-names.ts). */
function removeNamedFurniture(doc: DomDocument): void {
  renameDescriptions(doc);
  // (a transcript's caption cues are no figure captions: video-page.ts)
  unnameCaptionCues(doc);
  // a box whose text is the page's own description (<meta name="description">) is the page's, whatever its name (Wiki.js's
  // "caption" under the title; round 21)
  const described = descriptions(doc);
  const headline = headlineH1(doc);
  const quotes = descriptionQuotes(doc);
  for (const el of list(doc.querySelectorAll(`[itemprop], [rel], [aria-label], ${NAMED}`))) {
    if (el.parentNode === null || !isFurnitureByName(el, headline) || described.has(squash(el.textContent).toLowerCase())) continue;
    // (the entry the page's description quotes stays, the rest of its box goes: a review page's one review; round 39)
    const entry = quotedEntry(el, quotes);
    // (named as a comment inside, the entry would be Readability's "unlikely candidate")
    if (entry !== undefined) unmarkComments(entry);
    if (entry === el) continue;
    if (entry !== undefined) el.before(entry);
    el.remove();
  }
}

/**
 * Whether `el` or a block around it (below the body) is furniture by its name or its text, as
 * removeFurniture reads them: for counting a page's prose before anything is removed. A sweep over
 * an unchanged page passes one `memo`: a block's verdict reads its whole text, once, not per paragraph.
 */
export function inFurniture(el: DomElement, memo: Map<DomElement, boolean> = new Map()): boolean {
  if (isFurnitureByText(el)) return true;
  for (let node: DomElement | null = el; node !== null && !isPageBox(node); ) {
    let named = memo.get(node);
    if (named === undefined) memo.set(node, (named = isFurnitureByName(node)));
    if (named) return true;
    const parent: DomNode | null = node.parentNode;
    node = parent !== null && isElement(parent) ? parent : null;
  }
  return false;
}

/**
 * A docs note set as an <aside> (Apple's DocC: `<aside class="note">`, "Note" and a sentence; round 23): the article's own
 * note, though an <aside> is otherwise furniture; it becomes a <div>.
 */
function keepNoteAsides(doc: DomDocument): void {
  for (const aside of list(doc.querySelectorAll('aside'))) {
    // (or its data-type: Writerside's `<aside class="prompt" data-type="warning">`, Kotlin's docs; round 41)
    const kind = `${aside.getAttribute('class') ?? ''} ${aside.getAttribute('aria-label') ?? ''} ${aside.getAttribute('data-type') ?? ''}`;
    // (or the writer's own summary over the post: `<aside class="callout callout--tldr">`; round 44, after batch 90)
    if (!/(?:^|\s)(?:note|tip|important|warning|caution|experiment)(?:$|\s)|(?:^|[\s_-])tl-?dr(?:$|\s)/i.test(kind)) continue;
    // (a paragraph of its own, or the note's text set straight in it: Android's `<aside class="note"><strong>Note:</strong> <span>...`; round 41)
    if (!list(aside.querySelectorAll('p')).some((p) => squash(p.textContent).length >= 40) && !ADMONITION.test(squash(aside.textContent))) continue;
    const box = aside.ownerDocument.createElement('div');
    box.append(...list(aside.childNodes));
    aside.before(box);
    aside.remove();
  }
}

/** A docs callout marked as an alert (Docsy, Bootstrap: `role="alert"`, "Note: ..." and a sentence; round 20): the article's own note. */
const isAdmonition = (el: DomElement, role: string): boolean => role.toLowerCase() === 'alert' && ADMONITION.test(labelledText(el));
/** A callout's text: its label word and a sentence or a few. */
const ADMONITION = /^(?:note|tip|warning|caution|important)\s*:?\s+\S.{30,600}$/i;
/** The box's text, its label set as a heading of its own parted from the rest (Docsy's `<h4 class="alert-heading">Warning</h4>`; r. 157). */
function labelledText(el: DomElement): string {
  const head = el.firstElementChild;
  const label = head !== null && /^H[2-6]$/.test(head.tagName) ? squash(head.textContent) : '';
  return label === '' ? squash(el.textContent) : `${label} ${squash(el.textContent).slice(label.length)}`;
}

/**
 * A box marked as a button that holds a post's prose (round 39, after batch 45's Instagram post: the caption and each comment sit
 * in a `<div role="button">` that opens it): a control's label is a few words, never sentences.
 */
const isProseButton = (el: DomElement, role: string): boolean => {
  if (role.toLowerCase() !== 'button' || el.tagName === 'BUTTON') return false;
  const text = squash(el.textContent);
  return text.length >= PROSE_BUTTON_MIN_CHARS && holdsSentence(text);
};
const PROSE_BUTTON_MIN_CHARS = 40;

/** A block holding a paragraph of prose that no text pattern matches: its match is a line inside it, which goes alone. */
function holdsOtherProse(el: DomElement): boolean {
  return list(el.querySelectorAll('p, li')).some((p) => squash(p.textContent).length >= PROSE_MIN_CHARS && !isFurnitureByText(p));
}
const PROSE_MIN_CHARS = 80;

const list = <T>(xs: ArrayLike<T>): T[] => Array.from(xs);

/**
 * A price beside its item's title on one line (Elementor's price list: `<span class="elementor-price-list-title">Seeded rye</span>
 * <span class="elementor-price-list-separator"></span><span class="elementor-price-list-price">£5.20</span>`; round 118, after batch
 * 502's bakery menu): a price list's entry, not a product's price line alone under its card.
 */
function isItemPrice(el: DomElement): boolean {
  // (or a priced menu's price line, styling.ts's renamePricedMenus: a Webflow café's dish name over its price; round 130)
  if ((el.tagName !== 'SPAN' && !/(?:^|\s)pricelist-/.test(el.getAttribute('class') ?? '')) || !PRICE.test(squash(el.textContent))) return false;
  const siblings = list(el.parentNode?.childNodes ?? []).filter((n) => isElement(n) && n !== el);
  return siblings.some((n) => isElement(n) && /(?:^|[\s_-])(?:title|name)(?:$|[\s_-])/i.test(n.getAttribute('class') ?? '') && squash(n.textContent) !== '');
}

const isHeadingLike = (el: DomElement): boolean => /^H[2-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';
const MORE_LINK = /^(?:more|read more|see more)\s?(?:\.\.\.|…|»)$/i;

/** Removes the blocks whose whole text is a furniture line (furniture-lines.ts). */
function removeFurnitureLines(doc: DomDocument): void {
  // a heading's anchor link shown as a mark ("Overview ¶" on pkg.go.dev; round 43, after batch 86), or a paragraph's (an RFC's "¶" after
  // each paragraph; round 61, after batch 187): first, so that a line's own words are read without it
  for (const a of list(doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, a[href^="#"]'))) if (/^[¶§#]$/.test(squash(a.textContent))) a.remove();
  // a "More..." link closing a paragraph or a cell of text (Doxygen's brief descriptions; round 63, after batch 196)
  for (const a of list(doc.querySelectorAll('p > a[href], td > a[href], dd > a[href], li > a[href]'))) {
    const next = adjacentNode(a, 'next');
    if (MORE_LINK.test(squash(a.textContent)) && (next === null || next.nodeName === 'BR') && adjacentNode(a, 'previous') !== null) a.remove();
  }
  // the innermost block that matches goes, not a post around it (a newsletter line inside a comment; round 18)
  const aboutCookies = isCookiePolicyPage(doc);
  // (a furniture section's heading is left to removeFurnitureHeadings, which takes its section: Discourse's "Suggested Topics"; r. 161)
  for (const el of list(doc.querySelectorAll(BLOCKS))) {
    if (el.parentNode === null || (isHeadingLike(el) && isFurnitureHeading(squash(el.textContent)))) continue;
    if (isFurnitureByText(el, aboutCookies) && !holdsOtherProse(el) && !isItemPrice(el)) el.remove();
  }
  // a one-cell table whose text is a furniture line: a wiki's notice box (Fandom's spoiler warning; round 42, after batch 61)
  // (or a one-row table of an icon's cell and the notice's: Fandom's stub notice; round 43, after batch 85)
  for (const t of list(doc.querySelectorAll('table'))) if (isNoticeTable(t) && isFurnitureByText(t)) t.remove();
  // a link that stands alone among blocks ("Back to top" at the end of an <article>, the Guardian's "skip past newsletter promotion"
  // between its paragraphs; round 44, after batch 88)
  const alone = new Map<DomNode, boolean>();
  for (const a of list(doc.querySelectorAll('a'))) if (a.parentNode !== null && isLoneBlockLink(a, alone) && isFurnitureByText(a)) a.remove();
  // a line of its own set in italics between line breaks (Weebly's "<br><br><em>— Ellie</em>" closing a post; round 28)
  for (const el of list(doc.querySelectorAll('em, i'))) if (el.parentNode !== null && isFurnitureByText(el) && onOwnLine(el)) el.remove();
}

/** A link set as a block of its own: no words beside it, and blocks (not other links or phrases) before and after it. */
function isLoneBlockLink(a: DomElement, alone: Map<DomNode, boolean>): boolean {
  const block = (n: DomNode | null): boolean => n === null || (isElement(n) && !INLINE_TAGS.test(n.tagName));
  const parent = a.parentNode;
  if (parent === null || !isElement(parent) || INLINE_TAGS.test(parent.tagName)) return false;
  return block(adjacentNode(a, 'previous')) && block(adjacentNode(a, 'next')) && standsAlone(a, alone);
}
const INLINE_TAGS = /^(?:A|SPAN|B|STRONG|EM|I|SMALL|MARK|ABBR|CITE|FONT|BR|IMG|SVG|CODE|TIME|BUTTON|SUP|SUB|LABEL|Q|U|S)$/;

/** A table of one cell, or of one row of two cells at most (an icon's and the notice's). */
const isNoticeTable = (t: DomElement): boolean =>
  t.querySelectorAll('td, th').length === 1 || (t.querySelectorAll('tr').length === 1 && t.querySelectorAll('td, th').length <= 2);

/** True when `el` is an element node (re-exported for the serializer). */
export { isElement };

/** An inline element with a line break (or nothing) on each side of it in its parent: a line of its own. */
function onOwnLine(el: DomElement): boolean {
  const edge = (n: DomNode | null): boolean => n === null || (isElement(n) && n.tagName === 'BR');
  return edge(adjacentNode(el, 'previous')) && edge(adjacentNode(el, 'next'));
}
