import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';
import { elementNames } from './names.js';

/**
 * The article's own summary lists, set in a side box (round 14, after batch 15's product review
 * and health article): a review's verdict lists ("The Good" / "The Bad", "Pros" / "Cons", "What we
 * like", as The Verge, CNET, Wirecutter and TechRadar set them in their score box) and an editor's
 * "Key takeaways" / "Key points" / "At a glance" box over a news or health article (Medical News
 * Today, Healthline, Axios, Business Insider). Sites put them in an `<aside>` or a box with
 * `role="complementary"`, which the furniture pass drops whole; their items are the writer's own
 * summary of the piece, the text a reader would want first. Before that pass, such a box gives way
 * to its labelled lists (a heading label stays a heading, a label in a paragraph goes) and the rest
 * of it (the score, the buy buttons) goes with the box.
 */
const VERDICT_LABEL = new RegExp(
  String.raw`^(?:the )?(?:good|bad|pros|cons|pros (?:and|&) cons|likes|dislikes|what (?:we|i) (?:like|liked|love|loved)` +
    String.raw`|what (?:we|i) (?:don['’]?t|do not|didn['’]?t|did not) like|strengths|weaknesses|upsides?|downsides?)\s*:?$`,
  'i',
);
const KEY_POINTS_LABEL = new RegExp(
  String.raw`^(?:key (?:takeaways?|points|facts|findings|highlights)|(?:the )?takeaways?|at a glance|in brief|in short` +
    // (and a story's "What happens next" box; round 44, after batch 110)
    String.raw`|the short version|tl;? ?dr|what (?:you need to|you need|to) know|what happens next)\s*:?$`,
  'i',
);
const BOXES = 'aside, [role="complementary"]';
const LABELS = 'h2, h3, h4, h5, h6, p, strong, b, span, div, dt';
/** Each item of a summary list says something: a few words, not a link. */
const ITEM_MIN_WORDS = 2;
const LABEL_MAX_CHARS = 40;
/** A paragraph of a key-points box says something: more words than a label. */
const PARAGRAPH_MIN_WORDS = 4;

/** Replaces each side box that holds labelled summary lists by those lists (and their heading labels), in place. */
export function keepSummaryBoxes(doc: DomDocument): void {
  for (const box of Array.from(doc.querySelectorAll(BOXES))) {
    if (box.parentNode === null) continue;
    const kept: DomElement[] = [];
    for (const label of Array.from(box.querySelectorAll(LABELS))) {
      if (squashedLength(label, LABEL_MAX_CHARS) > LABEL_MAX_CHARS) continue;
      const text = squash(label.textContent);
      if (!VERDICT_LABEL.test(text) && !KEY_POINTS_LABEL.test(text)) continue;
      // (a line between the label and its list, a byline or a note, does not make the box one of paragraphs; session 19)
      const list = followingList(label) ?? nextElement(label);
      // a key-points label over paragraphs, not a list: the box's paragraphs are the summary (ABC News's <aside> with "In short:"
      // and "What's next?"; round 35)
      if (list !== null && list.tagName === 'P' && KEY_POINTS_LABEL.test(text)) {
        kept.push(...Array.from(box.querySelectorAll('p')).filter((p) => squash(p.textContent).split(' ').length > PARAGRAPH_MIN_WORDS));
        break;
      }
      if (list === null || !isProseList(list)) continue;
      if (/^H[2-6]$/.test(label.tagName)) kept.push(label);
      kept.push(list);
    }
    if (kept.length === 0) continue;
    const div = box.ownerDocument.createElement('div');
    div.append(...kept);
    box.before(div);
    box.remove();
  }
}

/**
 * The label of a key-points box that opens a list in place (not in a side box: WHO's `<h3>Key facts</h3>` over its list; round
 * 17): it names the box, the list is the text. Removed, the list kept.
 */
export function removeKeyPointsLabels(doc: DomDocument): void {
  for (const label of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, p, strong, span'))) {
    const parent = label.parentNode;
    if (parent === null || !isElement(parent) || parent.firstElementChild !== label) continue;
    if (squashedLength(label, LABEL_MAX_CHARS) > LABEL_MAX_CHARS || !isKeyPointsLabel(label)) continue;
    // a short note between the label and its list goes with the label (USA TODAY Network's "AI-assisted summary"; round 32)
    const next = nextElement(label);
    const note = next !== null && next.tagName !== 'UL' && next.tagName !== 'OL' && squashedLength(next, LABEL_MAX_CHARS) <= LABEL_MAX_CHARS ? next : null;
    const list = soleList(note === null ? next : nextElement(note));
    if (list === null || !isProseList(list)) continue;
    label.remove();
    note?.remove();
    // (marked: Readability may leave the list out of its pick, and key-points.ts puts it back)
    list.setAttribute(KEY_POINTS_MARK, '');
  }
  // the labels inside a box named as key points, over its paragraphs (ABC News's <div data-component="KeyPoints"> with "In short:"
  // and "What's next?" headings; round 25, after batch 25)
  for (const box of Array.from(doc.querySelectorAll('div, section'))) {
    if (box.parentNode === null || !KEY_POINTS_BOX.test(elementNames(box))) continue;
    for (const h of Array.from(box.querySelectorAll('h2, h3, h4, h5, h6')))
      if (squashedLength(h, LABEL_MAX_CHARS) <= LABEL_MAX_CHARS && nextElement(h)?.tagName === 'P') h.remove();
  }
}
const KEY_POINTS_BOX = /(?:^|[\s_-])key-?points(?:$|[\s_-])/i;
/** The attribute on a list whose key-points label was removed. */
export const KEY_POINTS_MARK = 'data-key-points';

/**
 * A key-points label, or "Summary" said in a line that is not a heading (Reuters' `<span>Summary</span>` over its summary bullets;
 * round 44, after batch 88): a heading "Summary" names a section of the text.
 */
function isKeyPointsLabel(label: DomElement): boolean {
  const text = squash(label.textContent);
  return KEY_POINTS_LABEL.test(text) || (!/^H[2-6]$/.test(label.tagName) && /^summary:?$/i.test(text));
}

/**
 * The list itself, or the one list a wrapper holds and nothing else (CNBC's `<div class="RenderKeyPoints-list"><div class="group">
 * <ul>`; round 44, after batch 88).
 */
function soleList(el: DomElement | null): DomElement | null {
  if (el === null || el.tagName === 'UL' || el.tagName === 'OL') return el;
  const lists = Array.from(el.querySelectorAll('ul, ol'));
  const only = lists[0];
  return lists.length === 1 && only !== undefined && squash(only.textContent) === squash(el.textContent) ? only : el;
}

function nextElement(el: DomElement): DomElement | null {
  // a button between them is a control (USA TODAY Network's "About AI-assisted summaries" info button; round 32)
  for (let sib = el.nextSibling; sib !== null; sib = sib.nextSibling) if (isElement(sib) && sib.tagName !== 'BUTTON') return sib;
  return null;
}

/** A list whose items are each a few words of text, not links. */
function isProseList(el: DomElement): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = Array.from(el.children).filter((c) => c.tagName === 'LI');
  return (
    items.length > 0 &&
    items.every((li) => {
      const text = squash(li.textContent);
      const links = Array.from(li.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0);
      return text.split(' ').length >= ITEM_MIN_WORDS && links < 0.3 * text.length;
    })
  );
}

/** The first list among the elements after `label` in its box, when it is a list of prose. */
function followingList(label: DomElement): DomElement | undefined {
  for (let next = nextElement(label); next !== null; next = nextElement(next))
    if ((next.tagName === 'UL' || next.tagName === 'OL') && isProseList(next)) return next;
  return undefined;
}
