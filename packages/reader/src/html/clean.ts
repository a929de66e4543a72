import { removeAppeals } from './appeals.js';
import { findAuthorLines, removeAuthorLines } from './author-lines.js';
import { adjacentNode, isElement, isPageBox, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { removeBoilerplate } from './boilerplate.js';
import { removeButtonCalls, removeCalls } from './calls.js';
import { removeStylesheetHidden } from './stylesheet-hidden.js';
import { removeShapedFigures } from './figures.js';
import { removeDataLines } from './data-lines.js';
import { headDetails, openAccordions } from './disclosures.js';
import { removeEmbeds } from './embeds.js';
import { removeEntryForms } from './forms.js';
import { removeFurnitureHeadings } from './furniture-headings.js';
import { isHeadedBodyList } from './headed-lists.js';
import { isLinkList, isLoneLinkParagraph, isShortLinkBlock } from './link-blocks.js';
import { removeLabels } from './labels.js';
import { removeMailFurniture } from './mail.js';
import { NAMED } from './names.js';
import { isFurnitureByName } from './furniture-names.js';
import { descriptions } from './standfirst.js';
import { removeNotes } from './notes.js';
import { removeFrontPages } from './paged.js';
import { removePageKindFurniture } from './page-kinds.js';
import { removeQuotedPosts } from './quotes.js';
import { CONTROL_ROLES, HIDDEN_STYLE, isControlGroup, removeByShape, removeEmptyHeadings } from './structure.js';
import { keepSummaryBoxes, removeKeyPointsLabels } from './summary-boxes.js';

/**
 * Page furniture taken out of the DOM before the article is chosen: what readers never read as
 * part of the story. Readability removes much of it by its own scores; this pass removes what it
 * keeps inside the article (bylines, datelines, share bars, captions) and what it may pick up
 * (banners, rails, comments).
 */

/** Never article text, wherever they sit (forms: forms.ts). */
const DROP_TAGS =
  'script, style, noscript, template, svg, canvas, iframe, object, embed, video, audio, ' +
  'button, input, select, textarea, label, nav, aside, footer, figcaption, dialog, menu, pre';
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
/** Whole-text patterns of short furniture blocks with no furniture class. */
const TEXT_PATTERNS: readonly RegExp[] = [
  // byline (no final stop): the name capitalized ("By default requests are grouped ..." is no byline; round 22: the `i` flag had
  // made \p{Lu} match any letter)
  /^(?:[Bb][Yy]|(?:[Ww]ords|[Ww]ritten|[Rr]eporting|[Ss]tory|[Pp]osted|[Tt]ext|[Aa]rticle|[Ii]nterview) [Bb]y)\s+\p{Lu}.{0,160}[^.!?]$/u,
  /^(?:prepared|compiled) by (?:the\s+)?\p{L}[^.!?]{0,100}$/iu, // a report's byline ("Prepared by the survey working group, 3 February 2025")
  // a credit line of a site page (Jimdo's "Text: Margaret Elkin, Trust archivist"; round 28)
  /^(?:[Tt]ext|[Ww]ords)\s*:\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?:,[^.!?]{0,60})?$/u,
  // a co-reporting line closing a story (CBC's "With files from Jonas Lindgren", "Additional reporting by ..."; round 25)
  /^(?:[Ww]ith (?:files|reporting) from|[Aa]dditional reporting by) \p{Lu}[^.!?]{0,120}\.?$/u,
  // the affiliate-link disclosure blogs put above a post ("This post may contain affiliate links. ...")
  /^(?:this (?:post|article|page|site|recipe) (?:may )?contains? affiliate links|as an amazon associate,? i earn)\b/i,
  /^a note to (?:our|my) readers:.{0,120}\baffiliate\b/i, // Smithsonian's form of the same disclosure (round 23)
  /^[—–]\s?\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+)?$/u, // a letter's sign-off line, a dash and a name ("— Priya"; round 23)
  // the same disclosure as a commission note (round 11: "Wanderlore may earn a commission when you book through links on this page")
  new RegExp(
    String.raw`^(?:we|\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,3}) (?:may |might |can )?(?:earn|receive|get) ` +
      String.raw`(?:a )?(?:small )?(?:commission|share of (?:the )?sales)\b`,
    'u',
  ),
  /^applies to\s*:\s*\S/i, // a docs page's applicability line (Microsoft Learn's "Applies to: Windows Server 2022, ..."; round 11)
  new RegExp(
    '^(?:published|updated|posted|submitted|revised|edited|issued at|(?:issue|merge request|pull request|topic|question) (?:created|opened)' +
      '|last (?:updated|modified|edited|revised)|(?:latest|last) (?:comment|reply|post|activity):?' +
      String.raw`|first published)\b(?=.{0,80}$)(?=.*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago` +
      '|yesterday|today))',
    'i',
  ),
  new RegExp(
    String.raw`^share(?: this(?: article| story| post| page)?)?(?: on| via)?\s*:?(?:\s+(?:facebook|twitter|x|email` +
      String.raw`|e-mail|linkedin|whatsapp|reddit|copy link|messenger|pinterest|print))+\s*$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:advertisement|sponsored|skip to (?:main )?content|jump to\b|back to top|read more|see also` +
      String.raw`|(?:return|back) to (?:the )?full list|(?:show|load|view|see) (?:more|all|older) (?:notes|entries|messages)$` +
      String.raw`|more on this story|related (?:stories|articles|posts|topics)|\d+ languages$` +
      // a player's and an embed's loading lines (round 19, after batch 20's regional story and HuffPost page)
      String.raw`|video (?:loading|unavailable)$|the video will start in \d+$|loading error loading$|feature state(?=:(?:[^.!?]|\.(?=\S))*$))\b`,
    'i',
  ),
  /^(?:image|photo|photograph|picture|video|graphic)(?: credit| source| caption)?\s*[:,]/i,
  /^(?:our standards|editorial standards|corrections policy)\b/i,
  new RegExp(
    String.raw`^(?:(?:view|show|see|load|read)\s+(?:all\s+)?|all\s+)?(?:[\d.,]+[km]?\s+(?:more\s+)?(?:replies|reply|likes?` +
      String.raw`|views?|comments?|shares?|votes?|answers?|points?|followers?|posts?|users?|links?|read|people in discussion|participants)\s*[·•|]?\s*)+$`,
    'i',
  ), // counters
  /\bcookies?\b.*\b(?:accept|consent|agree|preferences|privacy policy)\b/i,
  /^(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|email)\b/i,
  new RegExp(
    String.raw`^(?:\s*(?:[|·•/]|\bor\b)?\s*(?:forgot (?:your )?(?:password|username)\??|(?:sign|log) ?(?:in|out|up)` +
      String.raw`|register|create (?:an |your )?account|my account|remember me|subscribe))+\s*$`,
    'i',
  ), // account links
  /^(?:do you have|have you got|got) a (?:story|news tip|tip)\b/i, // the newsroom's call for tips
  // a contact line under a press release ("Email press.office@example.gov.uk", "Telephone: 0303 444 1201")
  /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|out of hours)\s*:?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{6,}\d)$/i,
  /^page \d+ of \d+$/i, // pagination
  /^download(?::| high-res| full-size| full size)\s.{0,60}\b(?:image|figure|table|file)\b.{0,20}$/i, // a figure's download links (ScienceDirect; round 28)
  /^pages?:?(?:\s+(?:\d+|\.\.\.|…|«|»|next|prev(?:ious)?))+$/i, // a page index (SMF's "Pages 1 2 3"; round 28)
  // a feedback prompt under a help or documentation page ("Was this helpful?", "Is this page useful?", GitBook, GOV.UK, Zendesk)
  /^(?:was|is|did) this (?:page |article |answer |information |content )?(?:helpful|useful|answer your question)\s*\??$/i,
  /^unread,?$/i, // a message's read state (Google Groups)
  // who is reading a board, and who started the topic (SMF's "0 Members and 3 Guests are viewing this topic.", "Started by ..."; round 28)
  /^\d+ members? and \d+ guests? (?:are |is )?viewing this (?:topic|board|thread)\.?$/i,
  /^started by \S[^.!?]{0,80}$/i,
  /^ALT$/, // the badge a social app sets on an image with alt text (Bluesky, Mastodon; round 27)
  /^\d+\s*[×x]\s*\d+\s+[\d.,]+\s*[KMG]i?B$/, // an image's size under its lightbox link (Discourse's "1380×776 92.4 KB"; round 27)
  // round 16, after batch 17: a wire story's contributor line ("Associated Press writer Rebecca Boone in Boise contributed to this
  // report."), a funder's note ("... The AP is solely responsible for all content."), a museum object's location ("On view at ...
  // in Gallery 741", "Not on view"), Stack Overflow's prompt to ask
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i,
  /^(?:(?:currently |not )?on view|not currently on view)\b.{0,80}$/i,
  /^(?:start asking to get answers|find the answer to your question by asking\.?|see similar questions with these tags\.?)$/i,
  // round 17, after batch 18's New York Times-style page: the print-edition note and the reporter's bio line ("... covers rural New
  // England for the National desk. She is based in Boston.")
  /^a version of this (?:article|story) appears? in print on\b/i,
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:covers|reports on|writes about)\b.{0,160}\b(?:is|are) based in\b/u,
  /^[\d,]+ pages?(?:\s*[,·•|]\s*(?:hardcover|paperback|kindle edition|ebook|audiobook|audio cd|mass market paperback))?$/i, // a book's format line (round 15)
  // a keyboard hint of the page's own controls ("Pro tip: press M to comment", Jira; round 15)
  /^(?:(?:pro )?tip:\s*)?press \S{1,12} to (?:comment|reply|search|jump|navigate|open (?:the )?(?:search|menu|shortcuts|command palette))\b.{0,20}$/i,
  /^(?:comment|reply|answer|post|message) #?\d+(?: of \d+)?$/i, // a thread's numbering label ("Comment 4", "Reply #12", Khoros's "Message 2 of 5")
  // an obituary's funeral-home credit ("Arrangements by Lindqvist-Moe Funeral Home")
  /^(?:[Aa]rrangements|[Ss]ervices) (?:(?:are|were) )?(?:by|entrusted to|under the direction of|in the care of) \p{Lu}[^.!?]{0,100}\.?$/u,
  /^sort(?:ed)? by\b.{0,40}$/i, // sort controls of a thread
  /^(?:members?[- ]only|subscribers?[- ]only|premium|exclusive|free|paid|locked|plus)(?: (?:story|article|content|post|read))?$/i, // paywall labels
  /^(?:this (?:article|story|page|work) is (?:licensed|available) under|licensed under|text is available under|content is available under|©|copyright\b)/i,
];
const PATTERN_MAX_CHARS = 240;
const CUSTOM_BUTTON = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-BUTTON$/;
/**
 * A funder's note under a story ("The Associated Press receives support from ... The AP is solely responsible for all
 * content. For all of AP's environment coverage, visit ..."; round 16), which runs longer than the other patterns' blocks.
 */
const FUNDER_NOTE = /^(?:the )?\p{Lu}[\p{L}.’' ]{1,40} receives (?:financial )?support from\b.{0,240}\bsolely responsible for\b/iu;
const FUNDER_NOTE_MAX_CHARS = 400;
const BLOCKS = 'p, div, span, li, section, header, small, time, address, h5, h6, figure, ul, ol';

/**
 * Removes page furniture from `doc` in place (on a discussion page, after findDiscussion has
 * unmarked its comments); one pass over the elements per rule: linear.
 */
export function removeFurniture(doc: DomDocument): void {
  const authorLines = findAuthorLines(doc);
  removePageKindFurniture(doc);
  removeFrontPages(doc);
  openAccordions(doc);
  removeMailFurniture(doc);
  for (const el of list(doc.querySelectorAll(HIDDEN_STYLE))) el.remove();
  removeStylesheetHidden(doc);
  removeEmbeds(doc);
  removeEntryForms(doc);
  keepSummaryBoxes(doc);
  removeKeyPointsLabels(doc);
  for (const el of list(doc.querySelectorAll('[role="group"]'))) if (isControlGroup(el)) el.remove();
  keepNoteAsides(doc);
  for (const el of list(doc.querySelectorAll(DROP_TAGS))) el.remove();
  // a web component named as a button (new Reddit's <award-button>, <shreddit-post-share-button>; round 17): a control by its tag
  for (const el of list(doc.querySelectorAll('body *'))) if (el.parentNode !== null && CUSTOM_BUTTON.test(el.tagName)) el.remove();
  removeAppeals(doc);
  removeButtonCalls(doc);
  for (const el of list(doc.querySelectorAll(`[aria-modal="true"], ${WORD_RUNNING}`))) el.remove();
  for (const el of list(doc.querySelectorAll('[hidden], [aria-hidden="true"], [role]'))) {
    const role = el.getAttribute('role');
    if (role !== null && isAdmonition(el, role))
      el.removeAttribute('role'); // Readability drops alerts too
    else if (role === null || DROP_ROLES.includes(role.toLowerCase())) el.remove();
  }
  // a box whose text is the page's own description (<meta name="description">) is the page's, whatever its name (Wiki.js's
  // "caption" under the title; round 21)
  const described = descriptions(doc);
  for (const el of list(doc.querySelectorAll(`[itemprop], [rel], [aria-label], ${NAMED}`))) {
    if (isFurnitureByName(el) && !described.has(squash(el.textContent).toLowerCase())) el.remove();
  }
  // the innermost block that matches goes, not a post around it (a newsletter line inside a comment; round 18)
  for (const el of list(doc.querySelectorAll(BLOCKS))) {
    if (el.parentNode !== null && isFurnitureByText(el) && !holdsOtherProse(el)) el.remove();
  }
  // a line of its own set in italics between line breaks (Weebly's "<br><br><em>— Ellie</em>" closing a post; round 28)
  for (const el of list(doc.querySelectorAll('em, i'))) if (el.parentNode !== null && isFurnitureByText(el) && onOwnLine(el)) el.remove();
  removeCalls(doc);
  removeQuotedPosts(doc);
  removeLabels(doc);
  removeByShape(doc);
  removeNotes(doc);
  removeBoilerplate(doc);
  removeDataLines(doc);
  for (const el of list(doc.querySelectorAll('ul, ol'))) {
    if (el.parentNode !== null && isLinkList(el) && !isHeadedBodyList(el)) el.remove();
  }
  for (const el of list(doc.querySelectorAll('div, section, p'))) {
    if (el.parentNode !== null && (el.tagName === 'P' ? isLoneLinkParagraph(el) : isShortLinkBlock(el))) el.remove();
  }
  removeFurnitureHeadings(doc);
  removeShapedFigures(doc);
  for (const el of list(doc.querySelectorAll('figure'))) {
    if (el.parentNode !== null && el.querySelectorAll('blockquote, table, p').length === 0) el.remove();
  }
  removeAuthorLines(doc, authorLines);
  headDetails(doc);
  removeEmptyHeadings(doc);
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
    const kind = `${aside.getAttribute('class') ?? ''} ${aside.getAttribute('aria-label') ?? ''}`;
    if (!/(?:^|\s)(?:note|tip|important|warning|caution|experiment)(?:$|\s)/i.test(kind)) continue;
    if (!list(aside.querySelectorAll('p')).some((p) => squash(p.textContent).length >= 40)) continue;
    const box = aside.ownerDocument.createElement('div');
    box.append(...list(aside.childNodes));
    aside.before(box);
    aside.remove();
  }
}

/** A docs callout marked as an alert (Docsy, Bootstrap: `role="alert"`, "Note: ..." and a sentence; round 20): the article's own note. */
const isAdmonition = (el: DomElement, role: string): boolean =>
  role.toLowerCase() === 'alert' && /^(?:note|tip|warning|caution|important)\s*:?\s+\S.{30,600}$/i.test(squash(el.textContent));

/** A block holding a paragraph of prose that no text pattern matches: its match is a line inside it, which goes alone. */
function holdsOtherProse(el: DomElement): boolean {
  return list(el.querySelectorAll('p, li')).some((p) => squash(p.textContent).length >= PROSE_MIN_CHARS && !isFurnitureByText(p));
}
const PROSE_MIN_CHARS = 80;

function isFurnitureByText(el: DomElement): boolean {
  const text = squash(el.textContent);
  if (text.length === 0 || text.length > FUNDER_NOTE_MAX_CHARS) return false;
  return text.length > PATTERN_MAX_CHARS ? FUNDER_NOTE.test(text) : TEXT_PATTERNS.some((re) => re.test(text)) || FUNDER_NOTE.test(text);
}

const list = <T>(xs: ArrayLike<T>): T[] => Array.from(xs);

/** True when `el` is an element node (re-exported for the serializer). */
export { isElement };

/** An inline element with a line break (or nothing) on each side of it in its parent: a line of its own. */
function onOwnLine(el: DomElement): boolean {
  const edge = (n: DomNode | null): boolean => n === null || (isElement(n) && n.tagName === 'BR');
  return edge(adjacentNode(el, 'previous')) && edge(adjacentNode(el, 'next'));
}
