import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { isFurnitureHeading } from './furniture-headings.js';
import { elementNames } from './names.js';
import { isDateOnly, standsAlone } from './structure.js';

/**
 * Short label-only blocks (session 9, after batch 4): a page's metadata set as a label and its
 * value ("Asked 2 months ago", "Viewed 1k times", "Modified today", or the label alone once its
 * value is gone, or the value alone: "12,345 times"), the label of a documentation callout
 * ("Tip", "Note", "Warning") or of a do-and-don't list, and the "ENDS" mark of a press release.
 *
 * A callout's text is kept: Firefox's reader view (Mozilla Readability) keeps callouts, and in
 * documentation they carry instructions ("Use the CLI to forward events while you develop",
 * "Never expose your secret key"). Only the one-word label goes: set as a heading it would head
 * a section of one line and split the page's structure, and it is never a sentence.
 */

/** Labels of a page's metadata (Stack Exchange's "Asked/Modified/Viewed", forums' "Joined", "Last active"). */
const META_LABEL = new RegExp(
  '^(?:asked|answered|modified|active|viewed|edited|created|joined|posted|published|released|updated|submitted|last (?:seen|active' +
    String.raw`|activity|post|edited|updated|modified))(?![\p{L}])\s*:?\s*(.*)$`,
  'iu',
);
/** A count of views or edits ("1k times", "1,204 times"). */
const TIMES = /^[\d.,]+\s*[km]?\s+times?$/i;
/** A relative day with no digit ("Modified today"). */
const DAY = /^(?:today|yesterday|just now)$/i;
/** The labels documentation gives its callouts (Sphinx and MkDocs admonitions, Docusaurus, GitHub alerts, shadcn/ui alerts). */
const CALLOUT_LABEL = /^(?:note|tip|pro tip|hint|warning|caution|important|info|danger|attention|good to know|heads up|remember)\s*:?$/i;
/**
 * The labels of a do-and-don't pair of lists (the NHS and GOV.UK design systems, style guides;
 * session 10, after batch 6): the items say "do not walk barefoot", the label adds nothing, and
 * set as a heading it would head a one-list section.
 */
const DO_DONT_LABEL = /^(?:do|dos|do's|don[’']?t|don[’']?ts|do not)\s*:?$/i;
/** The mark that closes a press release's text ("ENDS", "-ends-", "###"): what follows is notes. */
const END_MARK = /^(?:-+\s*)?ends(?:\s*-+)?$|^#{3}$/i;
/**
 * A label with a count in brackets and nothing else ("All related (14)", "Comments (214)", an
 * archive's "March (4)"; round 6, after batch 7's Q&A page): a tab, a filter or an archive entry,
 * never a sentence. Up to four words before the count.
 */
const COUNT_LABEL = /^[\p{L}][\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}\s*\(\d[\d,.]*[km]?\)$/iu;
/**
 * The control label of a disclosure widget (`<summary>`): "Expand description" (rustdoc),
 * "Show more", "Click to expand", "Toggle details" (round 6, after batch 7's docs.rs page). It
 * says what clicking does; the widget's content stays.
 */
const TOGGLE_LABEL = /^(?:(?:click|tap) to )?(?:expand|collapse|show|hide|toggle|view|open|close)\b(?:\s+\p{L}+){0,2}$/iu;
/**
 * The label over a tracker's or code host's timeline of notes (round 12, after batch 13's GitLab
 * merge request: `<h2>Activity</h2>` over `<ul class="notes main-notes-list timeline">`; GitHub's,
 * Jira's and Linear's issue pages label theirs the same way): it names the list, never says
 * anything. Only over a list named as notes, a timeline or a feed: a volcano's "Activity" section stays.
 */
const ACTIVITY_LABEL = /^(?:recent )?activity(?: feed| log)?$/i;
const NOTES_LIST = /(?:^|[\s_-])(?:notes|timeline|activity|feed|activities)(?:$|[\s_-])/i;
const BLOCKS = 'h2, h3, h4, h5, h6, p, div, span, small, li, dt, strong, b, time';
const LABEL_MAX_CHARS = 80;

const GOOD_TO_KNOW = /^good to know:?$/i;

/** Removes metadata lines, count labels, callout labels and toggle labels from `doc` in place. */
export function removeLabels(doc: DomDocument): void {
  const alone = new Map<DomNode, boolean>();
  for (const el of Array.from(doc.querySelectorAll('summary'))) if (TOGGLE_LABEL.test(squash(el.textContent))) el.remove();
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) if (ACTIVITY_LABEL.test(squash(h.textContent)) && headsNotes(h)) h.remove();
  for (const el of Array.from(doc.querySelectorAll(BLOCKS))) {
    if (el.parentNode === null) continue;
    const text = squash(el.textContent);
    if (text.length === 0 || text.length > LABEL_MAX_CHARS || !isLabelOnly(text)) continue;
    if (!standsAlone(el, alone) || el.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, table').length > 0) continue;
    // a callout's label set as a heading heads its box; a heading "Warning" in the page's run of sections names a section (Storybook's
    // story of the warning variant; round 26)
    if (/^H[2-6]$/.test(el.tagName) && CALLOUT_LABEL.test(text) && !headsItsBox(el)) continue;
    // ("Good to know" set as a heading names a section of its own, a venue's or a class's practical notes, wherever it sits: 27 of
    // the corpus's 31 are gold headings; round 125, after batches 507 and 516, whose builders box every heading alone)
    if (/^H[2-6]$/.test(el.tagName) && GOOD_TO_KNOW.test(text)) continue;
    // a furniture section's heading with its count ("Reviews (37)", "Comments (4)") is left to removeFurnitureHeadings, which takes
    // its section with it (round 147, after batch 590's tutor profile, whose reviews stayed once their heading was gone)
    if (/^H[2-6]$/.test(el.tagName) && isFurnitureHeading(text)) continue;
    el.remove();
  }
}

/** A metadata line, a count left alone by its label ("12,345 times" in its own cell), a callout's label or an end mark. */
const isLabelOnly = (text: string): boolean =>
  isMetaLine(text) || TIMES.test(text) || COUNT_LABEL.test(text) || CALLOUT_LABEL.test(text) || DO_DONT_LABEL.test(text) || END_MARK.test(text);

/** "Asked 2 months ago", "Viewed1k times" (two spans run together), "Joined: Mar 2019", or a label whose value is gone. */
export function isMetaLine(text: string): boolean {
  const m = META_LABEL.exec(text);
  if (m === null) return false;
  const value = (m[1] ?? '').trim();
  // "submitted by" once its time and author link are gone (old Reddit's "submitted 9 hours ago by <user>"; round 11)
  return value === '' || /^by$/i.test(value) || isDateOnly(value) || TIMES.test(value) || DAY.test(value);
}

/** One of the heading's next two elements (a sort bar may come first: GitLab, round 17), or the box it opens, is named as a list of notes. */
function headsNotes(h: DomElement): boolean {
  const parent = h.parentNode;
  const box = parent !== null && isElement(parent) && parent.firstElementChild === h ? elementNames(parent) : '';
  let seen = 0;
  for (let next = h.nextSibling; next !== null && seen < 2; next = next.nextSibling) {
    if (!isElement(next)) continue;
    if (NOTES_LIST.test(elementNames(next))) return true;
    seen++;
  }
  return NOTES_LIST.test(box);
}

/** A heading that opens a small box of its own (a callout's): the first text of a parent with at most three elements (an icon may come first). */
function headsItsBox(h: DomElement): boolean {
  const parent = h.parentNode;
  if (parent === null || !isElement(parent) || parent.children.length > CALLOUT_BOX_CHILDREN) return false;
  const children = Array.from(parent.children);
  return children.slice(0, children.indexOf(h)).every((c) => squash(c.textContent) === '');
}
const CALLOUT_BOX_CHILDREN = 3;
