import { isAttached, squash, type DomDocument, type DomElement } from './dom.js';
import { elementNames } from './names.js';
import { endsSentence } from './sentences.js';

/**
 * A timeline of dated updates (round 12, after batch 13's status page): an incident on Atlassian
 * Statuspage (and on the status pages of Instatus, Better Stack, Cachet), a changelog or an
 * activity log is a column of sibling rows that share a class ("row update-row"), each with its
 * own text and its own time stamp ("Posted 3 days ago. Mar 05, 2025 - 11:12 UTC"). The rows are
 * the page's text: Readability, built for one article, picked the longest row (the postmortem)
 * and lost every update (a quarter of the page). When three or more such rows hold most of the
 * page's prose once the furniture is gone, the rows are read whole, in order, as a thread is
 * (discussion.ts); the column's other children (Statuspage's "This incident affected: ..." line,
 * a "Load more" box) are the template's, not entries, and go.
 *
 * The rows are found before the furniture pass (`findTimeline`), which removes their stamps, and
 * read after it (`timelineAfterCleaning`).
 */

/** A time stamp by its name ("update-timestamp", "entry-date", "posted-on"), or a <time>. */
const STAMP_NAME = /(?:^|[\s_-])(?:time-?stamp|date-?time|date|time|posted|published)(?:$|[\s_-])/i;
/** Names of a post's author ("message-user", "comment-poster", "ljuser", "avatar"). */
const POSTER = /(?:^|[\s_-])(?:author|by-?line|user|user-?name|lj-?user|poster|member|avatar|userpic|profile)(?:$|[\s_-])/i;
const BLOCK_TAGS = /^(?:P|DIV|LI|UL|OL|DL|DD|DT|TABLE|SECTION|ARTICLE|BLOCKQUOTE|H[1-6]|HEADER|FOOTER|PRE|FIGURE)$/;
const PROSE_MIN_CHARS = 40;
const MIN_ROWS = 3;
/** Share of the cleaned page's prose the rows must hold. */
const MOST = 0.8;

/** A column of dated rows: the element around them and the rows themselves. */
export interface Timeline {
  column: DomElement;
  rows: readonly DomElement[];
}

/** The page's timeline of dated rows, when it has one (read before the furniture pass). */
export function findTimeline(doc: DomDocument): Timeline | undefined {
  let best: Timeline | undefined;
  for (const column of Array.from(doc.querySelectorAll('div, section, ol, ul, main, article'))) {
    const children = Array.from(column.children);
    if (children.length < MIN_ROWS) continue;
    const rows = children.filter((c) => hasStamp(c) && proseChars(c, true) > 0);
    if (rows.length < MIN_ROWS || sharedClass(rows) === undefined || rows.some(hasPoster)) continue;
    if (best === undefined || rows.length > best.rows.length) best = { column, rows };
  }
  return best;
}

/**
 * The timeline's column once the furniture pass has run, its non-entry children removed, when
 * its rows are still on the page and hold most of its prose; else undefined (nothing changed).
 */
export function timelineAfterCleaning(doc: DomDocument, timeline: Timeline | undefined): DomElement | undefined {
  if (timeline === undefined || doc.body === null || !isAttached(timeline.column)) return undefined;
  const rows = timeline.rows.filter((r) => r.parentNode === timeline.column);
  const inRows = rows.reduce((n, r) => n + proseChars(r, false), 0);
  if (rows.length < MIN_ROWS || inRows < MOST * proseChars(doc.body, false)) return undefined;
  // an entry of the rows' kind whose text ends without a stop stays (a thread's first post, "... Here's what a year taught us 🧵";
  // round 27, after batch 27's Threads page)
  // (its class the rows' whole class: its stamp may be gone with the furniture pass)
  const kinds = new Set(rows.map((r) => r.getAttribute('class') ?? ''));
  const entry = (c: DomElement): boolean => kinds.has(c.getAttribute('class') ?? '') && squash(c.textContent) !== '';
  for (const child of Array.from(timeline.column.children)) if (!rows.includes(child) && !entry(child)) child.remove();
  return timeline.column;
}

/**
 * The row names who wrote it (an author, user, poster or member card, an avatar): a post of a
 * conversation, which discussion.ts and Readability read (a XenForo thread's posts carry stamps
 * too, and member cards a timeline would keep), not an update the publisher posted.
 */
function hasPoster(row: DomElement): boolean {
  return Array.from(row.querySelectorAll('[class], [id], [itemprop]')).some(
    (el) => POSTER.test(elementNames(el)) || /\bauthor\b/i.test(el.getAttribute('itemprop') ?? ''),
  );
}

/** The row holds a <time> or an element named as a stamp. */
function hasStamp(row: DomElement): boolean {
  if (row.querySelectorAll('time').length > 0) return true;
  return Array.from(row.querySelectorAll('[class], [id]')).some((el) => STAMP_NAME.test(elementNames(el)));
}

/** A class token every row carries ("update-row", "entry"): they are one kind of thing. */
function sharedClass(rows: readonly DomElement[]): string | undefined {
  const [first, ...rest] = rows.map((r) => (r.getAttribute('class') ?? '').split(/\s+/).filter((t) => t !== ''));
  return first?.find((t) => rest.every((ts) => ts.includes(t)));
}

/**
 * Characters of sentence text in `el`'s innermost text blocks (an element with no block inside,
 * counted once: a <p>, or a <span> that holds an update's text beside its stamp's <div>); with
 * `skipStamps`, text inside a stamp does not count.
 */
function proseChars(el: DomElement, skipStamps: boolean): number {
  let n = 0;
  const walk = (node: DomElement): void => {
    if (skipStamps && STAMP_NAME.test(elementNames(node))) return;
    const kids = Array.from(node.children);
    if (!kids.some((k) => BLOCK_TAGS.test(k.tagName))) {
      const text = squash(node.textContent);
      if (text.length >= PROSE_MIN_CHARS && endsSentence(text)) n += text.length;
      return;
    }
    for (const k of kids) walk(k);
  };
  walk(el);
  return n;
}
