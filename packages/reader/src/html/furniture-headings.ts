import { ancestors, isElement, isPageBox, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { removeSection, sectionOf } from './notes.js';
import { removeTestimonials } from './testimonials.js';
import { removeCallSections } from './call-sections.js';

/** A count of reviews, a rating before it or not ("2 Reviews", "★ 4.9 · 132 reviews", "4.7 (212 reviews)"; rounds 149 and 155). */
const COUNTED_REVIEWS = String.raw`(?:[★☆]\s*)?(?:\d(?:\.\d)?\s*[·•|(]\s*)?\d[\d,]* (?:\p{L}+ )?reviews?\)?`;
/** Headings of furniture sections (their lists and cards are removed by the rules of clean.ts). */
const FURNITURE_HEADING = new RegExp(
  '^(?:related(?: coverage| stories| articles| topics| posts| content| links)?|more (?:for you|on this story' +
    // (a section's own, "More NFL from Sports Illustrated"; round 57, after batch 160)
    '|(?:from|articles by|posts by|[\\w&]{2,20} from) [^.!?]{1,40}|stories|like this|to explore)|read (?:more|next)|most (?:read|viewed' +
    '|popular)(?: news)?|recommended(?: for you| from [^.!?]{1,40})?|you (?:may|might) also (?:like|enjoy' +
    '|be interested in)|(?:also|further) read(?:ing)?|about the authors?|authors? information|(?:latest|top|popular' +
    `|trending) (?:stories|news|posts|articles|videos)|don[’']?t miss|editor[’']?s picks|up next` +
    '|keep reading|what to read next|around the web|join the (?:conversation|discussion)|discussion' +
    '|similar (?:threads|posts|articles|topics)|suggested (?:posts|articles|reading)' +
    '|articles in this section|on this page|follow us(?: on [^.!?]{1,30})?|share (?:this|on [^.!?]{1,30})' +
    '|(?:table of )?contents|in this (?:article|section)|references|citations|external links' +
    String.raw`|further reading|comments?(?: \(\d+\))?|\d+ (?:comments?|answers?|replies)(?: [·•|,] \d+ (?:comments?|answers?|replies))?` +
    String.raw`|(?:\p{L}+ )?reviews(?: \(\d+\))?|${COUNTED_REVIEWS}` + // (rounds 142 and 146; a count first, "2 Reviews": round 149)
    String.raw`|share this(?: article| story| post)?:?` +
    '|like this:?|this (?:article|story|post) was featured in(?:\\.\\.\\.|…)?|meet the (?:team|makers|founders)|go deeper' +
    '|(?:still )?need (?:more |further |some )?help\\??|try these next steps:?' +
    // (an FAQ's closing call to get in touch: "Still have a question?", "Still stuck?"; round 160, 37 in the gold, 35 furniture)
    '|still (?:have|got) (?:a |any )?questions?\\??|still stuck\\??' +
    '|leave a (?:reply|comment)|explore more on these topics|suggested topics|who is online' +
    String.raw`|tags:?|not the answer you(?:'|’| a)re looking for\b.*|want to read more\b.*|(?:submission|revision|version) history` +
    String.raw`|testimonials|what (?:our|my) (?:[\p{L}’']+ ){0,2}(?:clients|customers|[\p{L}]+) (?:say|are saying)` + // (r. 121: "neighbors")
    // round 15, after batch 16's book page: a review widget's title over the reviews' own heading, a genre label over its tags
    String.raw`|ratings (?:&|and) reviews|genres:?|your answer|rights and reproduction|image rights` +
    // round 19, after batch 20's game recap: the box of venue, time and attendance under it
    String.raw`|(?:game|match) (?:information|info|details)` +
    // round 21, after batch 22: Wikinews's "Sources", Invision's "Recommended Posts" over the thread, "Similar questions"
    String.raw`|sources|recommended posts|similar questions|accepted solutions?|explore related questions|start asking to get answers|news:|keywords:?` +
    // round 41, after batch 57: the PHP manual's box asking readers to report a problem with the page
    String.raw`|found a problem\??` +
    // round 42, after batch 70: Salesforce Help's editions and permissions box, Microsoft Support's closing offers
    String.raw`|required editions|user permissions needed|want more options\??` +
    // round 43, after batches 73 and 75: a blog's sponsor box, a health site's vetting notes, a finance site's account table
    String.raw`|did you find this (?:article|post) (?:valuable|helpful|useful)\?|how we vet(?:ted)? (?:this article|brands and products):?` +
    String.raw`|compare accounts|who can (?:do|use) this(?: feature)?\?|comments section` +
    String.raw`|can[’']?t find the answers? you[’']re looking for\??` +
    // round 44, after batch 90: a how-to's box of its readers' stories (wikiHow's)
    String.raw`|reader success stories|how we reviewed this article:?|more on this topic|see more on:?|best answer|in case you missed it` +
    String.raw`|(?:readers|customers|people|viewers) (?:who [\p{L} ]{1,30} )?also (?:enjoyed|liked|bought|viewed|read|watched)` +
    // round 158, after batches 608, 626 and 627: a product page's shop-wide delivery and returns terms, often in an accordion
    String.raw`|(?:shipping|delivery|postage)(?: (?:&|and) |, )returns?(?: (?:policy|information|info))?)$`,
  'iu',
);
/**
 * A docs page's "See also" over its list of other pages (round 41, after batch 57's reference pages); a manual page's "SEE ALSO",
 * in capitals as all its section names are, is a section of the page (man7.org).
 */
const SEE_ALSO = /^see also:?$/i;
const isSeeAlso = (text: string): boolean => SEE_ALSO.test(text) && text !== text.toUpperCase();
/** Whether a heading's text names a furniture section ("Related stories", "Comments (4)", "Further reading"). */
export const isFurnitureHeading = (text: string): boolean => FURNITURE_HEADING.test(text) || isSeeAlso(text);

/**
 * The headings of a rail of other stories ("More from the journal", "Related posts", "Read next",
 * "You may also like"; round 15, after batch 16's Squarespace post): wrapped alone in a box, such a
 * heading opens its rail as a section of siblings (Squarespace's summary block, many themes' "related"
 * blocks), which goes with it when it holds no paragraph of prose (a rail is titles, dates and
 * one-line excerpts; its title links may already be gone as link blocks). A game recap's "Game
 * Information" card (venue, time, attendance) is such a box too (round 19, after batch 20).
 */
const RAIL_HEADING = new RegExp(
  '^(?:related|more (?:from|for you|stories|like this|to explore)|read (?:more|next)|recommended|you (?:may|might) also|up next|keep reading' +
    // (a listing's reviews, comments by another name: a marketplace artist's "Reviews" over names and texts; round 142, after batch 568)
    String.raw`|(?:game|match) info|sources$|(?:\p{L}+ )?reviews(?: \(\d+\))?$|${COUNTED_REVIEWS}$)`,
  'iu',
);
const RAIL_PARAGRAPH_MAX_CHARS = 160;
const PAPER_SECTION = /^(?:\d+\.?\s*)?(?:introduction|results|methods|materials and methods|results and discussion)$/i;

/** A small section a furniture heading opens ("Who is online" and its one line of counts) goes with it. */
const SECTION_MAX_CHARS = 300;
/** Boxes a label of furniture may be left alone in. */
const LABEL_BOXES = /^(?:DIV|SECTION|HEADER|ASIDE|UL|OL|DETAILS)$/;
const LABEL_MAX_CHARS = 80;

/**
 * Removes the headings of furniture sections, with their section when it is small, and a furniture
 * label set as a line of text and left alone in its box once the list it named is gone (round 14,
 * after batch 15's opinion page: the Guardian's `<span class="dcr-submeta-label">Explore more on
 * these topics</span>` over its removed tag list). A label in a box with anything else stays: a
 * paper's bold "Discussion" line opens its section.
 */
/**
 * A how-to's questions from its readers, comments by another name, headed as a section of the page (wikiHow's "Community Q&A";
 * round 46, after batches 102 and 127): the section goes whole, its questions and answers with it.
 */
const READER_QUESTIONS = /^community q\s*(?:&|and)\s*a$/i;

export function removeFurnitureHeadings(doc: DomDocument): void {
  removeRepeatPanels(doc);
  removeTestimonials(doc);
  removeCallSections(doc);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'));
  // a paper's "Discussion" is its section, not a comments section (IMRaD: an "Introduction", "Results" or "Methods" beside it; round 28)
  const paper = headings.some((h) => PAPER_SECTION.test(squash(h.textContent)));
  for (const el of headings) {
    const parent = el.parentNode;
    if (parent !== null && READER_QUESTIONS.test(squash(el.textContent))) {
      removeSection(el);
      continue;
    }
    if (parent === null || !isFurnitureHeading(squash(el.textContent))) continue;
    if (paper && /^(?:\d+\.?\s*)?discussion$/i.test(squash(el.textContent))) continue;
    if (RAIL_HEADING.test(squash(el.textContent)) && removeRail(el)) continue;
    const folded = foldedBox(el);
    if (folded !== null) {
      folded.remove();
      continue;
    }
    el.remove();
    if (isElement(parent) && !isPageBox(parent) && squash(parent.textContent).length <= SECTION_MAX_CHARS) parent.remove();
  }
  // a <summary> too: a folded table of contents left as its label once its links are gone (just-the-docs; round 20)
  for (const el of Array.from(doc.querySelectorAll('span, p, div, strong, b, summary'))) {
    const box = el.parentNode;
    if (box === null || !isElement(box) || !LABEL_BOXES.test(box.tagName) || isPageBox(box)) continue;
    if (squashedLength(el, LABEL_MAX_CHARS) > LABEL_MAX_CHARS) continue; // read no long text per element: a page of nested boxes
    const text = squash(el.textContent);
    if (text === '' || !isFurnitureHeading(text)) continue;
    if (squashedLength(box, text.length + 1) === text.length || isLabelledBox(box, el)) box.remove();
  }
}

/**
 * A box its label opens, as a heading opens its section (round 44, after batch 97: a folded "References" or "How we vet brands and
 * products" <details> by its <summary>; a health site's "How we reviewed this article:" over its tabs of sources and history): the
 * label is its first child; a label other than a <summary> ends with a colon, and its box is short, with no long paragraph of its own.
 */
function isLabelledBox(box: DomElement, label: DomElement): boolean {
  if (box.firstElementChild !== label) return false;
  if (box.tagName === 'DETAILS' && label.tagName === 'SUMMARY') return true;
  // (a label that says it opens something, with its colon: a bold "Discussion" over a paper's paragraph stays; round 28's test)
  if (!squash(label.textContent).endsWith(':') || squashedLength(box, LABELLED_BOX_MAX_CHARS + 1) > LABELLED_BOX_MAX_CHARS) return false;
  return Array.from(box.querySelectorAll('p, li')).every((p) => squashedLength(p, LABELLED_PARAGRAPH_MAX_CHARS + 1) <= LABELLED_PARAGRAPH_MAX_CHARS);
}
const LABELLED_BOX_MAX_CHARS = 800;
const LABELLED_PARAGRAPH_MAX_CHARS = 200;

/**
 * The <details> a heading in its <summary> folds (Shopify Dawn's `<summary><div class="summary__title"><h2 class="accordion__title">`;
 * round 158): the box goes whole, as a furniture label's <summary> takes its <details> (isLabelledBox).
 */
function foldedBox(h: DomElement): DomElement | null {
  const summary = ancestors(h).find((a) => a.tagName === 'SUMMARY');
  const box = summary?.parentNode ?? null;
  if (summary === undefined || box === null || !isElement(box) || box.tagName !== 'DETAILS' || box.firstElementChild !== summary) return null;
  return box;
}

/** Removes the rail `h` heads when it is wrapped alone and holds no paragraph of prose; false when it is not such a rail. */
function removeRail(h: DomElement): boolean {
  const wrapper = h.parentNode;
  if (wrapper === null || !isElement(wrapper) || wrapper.children.length !== 1) return false;
  const section = sectionOf(h);
  const prose = (el: DomElement): boolean =>
    [el, ...Array.from(el.querySelectorAll('p, li'))].some((b) => b.tagName !== 'DIV' && squash(b.textContent).length > RAIL_PARAGRAPH_MAX_CHARS);
  if (section.length < 2 || section.some(prose)) return false;
  for (const el of section) el.remove();
  return true;
}

/**
 * A panel that repeats a post of the thread under a label (round 27, after batch 27's Khoros thread: "Accepted Solutions" over a
 * copy of the answer and "View solution in original post", as Khoros, and the communities built on it, set above the replies):
 * the largest box that opens with the label, up to PANEL_MAX_CHARS, goes whole.
 */
const REPEAT_LABEL = /^accepted solutions?$/i;
const PANEL_MAX_CHARS = 3000;

function removeRepeatPanels(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('span, div, p, strong, h2, h3, h4, h5, h6'))) {
    if (el.parentNode === null || squashedLength(el, LABEL_MAX_CHARS) > LABEL_MAX_CHARS) continue;
    const label = squash(el.textContent);
    if (!REPEAT_LABEL.test(label)) continue;
    let box = el;
    for (let up = box.parentNode; up !== null && isElement(up) && !isPageBox(up); up = up.parentNode) {
      if (squashedLength(up, PANEL_MAX_CHARS + 1) > PANEL_MAX_CHARS || !squash(up.textContent).startsWith(label)) break;
      box = up;
    }
    if (box !== el) box.remove();
  }
}
