import { isElement, squash, squashedLength, type DomDocument, type DomElement } from './dom.js';

/**
 * The per-post chrome of review lists and Q&A threads (round 13, after batch 14's attraction page,
 * GitHub Discussions thread, Lemmy thread and Bear Blog post): short lines whose whole text has a
 * shape every review site and forum engine prints around each post, and no post says as a line of
 * its own:
 *
 * - a stamp: a verb of posting and a date ("Written March 12, 2024", "Responded January 4, 2024",
 *   "Reviewed in the United Kingdom on 3 May 2024", "Date of experience: April 2024"), as
 *   Tripadvisor, Amazon, Trustpilot, Google Maps and Stack Exchange ("asked", "answered") set it;
 * - a date with a tag after a bullet ("Mar 2024 • Family": the trip type of a travel review, a
 *   product variant, a reading time), and a reviewer's count ("38 contributions", "112 reviews",
 *   "9 helpful votes", "2 comments · 2 replies" is the counters rule of clean.ts);
 * - the owner's response header ("Response from HarrowgillCavesTeam", "Owner response");
 * - a result count over a list ("Showing results 1-4 of 1,912"), with the pagination bar it heads
 *   when that bar is only short links;
 * - answer marks ("Marked as answer", "Answer selected by okwuosa-dev", "Accepted answer"), a
 *   poster's role badge alone in its element ("Maintainer", "Author", "OP", GitHub's and Discourse's
 *   Label), a sort bar of sort names ("Oldest Newest Top", "Hot Top New Old"), the placeholder of a
 *   deleted post ("deleted by creator", "[removed]");
 * - round 14, after batch 15's support thread and Flarum discussion: more answer marks ("Best answer",
 *   "Helpful answer", "Accepted solution"), the notice under a closed thread ("This thread has been
 *   closed by the system ...", "This topic was automatically closed ..."), a reply box's
 *   placeholder ("Write a Reply...", "Add a comment");
 * - a blog's "Reply via email" link (Bear Blog, many static blogs): a mailto: line under the post;
 * - a rating breakdown: a box of three or more rows, each a short label and a count ("Excellent" /
 *   "1,402", "5 stars" / "72%"), set as sibling leaves (Tripadvisor, Amazon, Google, app stores).
 *
 * Not taken: the disclaimer a site repeats under every review. Dropping lines printed word for word
 * three times took enough text out of the later review cards that Readability left them out.
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATED = String.raw`(?=.*(?:\b\d{4}\b|\bago\b|yesterday|today))`;
const STAMP = new RegExp(
  String.raw`^(?:written|reviewed|responded|replied|answered|asked|visited|stayed|date of (?:experience|visit|stay)` +
    // a tracker's "brennan-okafor opened on Feb 3, 2025 · 4 comments", "ykato commented on Feb 4, 2025" (round 16)
    String.raw`|(?:@?[\w.-]+ )?(?:opened|commented|closed|merged))\b(?=.{0,90}$)(?!.*[.!?]$)${DATED}`,
  'i',
);
const DATE_TAG = new RegExp(String.raw`^(?:${MONTH} \d{4}|\d{1,2}/\d{4}|\d{4})\s*[•·|–-]\s*\p{L}[\p{L} -]{0,24}$`, 'iu');
/** A poster's place in a competition, under their name (Kaggle's "3rd in this Competition"; round 34). */
const PLACE = /^\d{1,5}(?:st|nd|rd|th) in this competition$/i;
// (and a Q&A site's reputation under each poster, Microsoft Q&A's "11,810 Reputation points"; round 34)
const REVIEWER_COUNT = /^[\d.,]+[km]? (?:contributions?|reviews?|helpful votes?|ratings?|photos?|reputation points?)$/i;
/**
 * A star rating set as a line of its own (round 97, after batch 398's Airbnb-style listing, whose screen-reader line "Rated 4.93 out
 * of 5 from 57 reviews." opened its summary): "4.9 out of 5 stars", "Rated 4.7 out of 5 based on 31,208 reviews", "★ 4.96 · 128
 * reviews", "4.62 / 5". 72 gold furniture texts of the corpus read so; no body text does.
 */
const RATING = new RegExp(
  String.raw`^(?:(?:(?:overall |average |customer )?rat(?:ed|ing):?\s+)?★?\s*\d(?:[.,]\d{1,2})?\s*(?:out of|/)\s*(?:5|10)(?:[.,]0)?` +
    String.raw`(?:\s*stars?)?(?:\s*(?:from|based on|·|\(|-|–)\s*[\d.,]+[km]?\s*(?:reviews?|ratings?|votes?)\)?)?` +
    String.raw`|★\s*\d(?:[.,]\d{1,2})?\s*·\s*[\d.,]+[km]?\s*(?:reviews?|ratings?))\.?$`,
  'i',
);
/** A social post's reactions label, over its count and icons (Facebook's "All reactions:"; round 33). */
const REACTIONS = /^all reactions:?$/i;
const RESPONSE = /^(?:(?:owner|management|business|host)(?:'s|’s)? (?:response|reply)|(?:response|reply) from (?:the )?\S[^.!?]{0,60})$/i;
const RESULTS = /^(?:showing|displaying) (?:results? )?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]* of \d[\d,]*(?: \p{L}+)?$/iu;
const ANSWER_MARK = new RegExp(
  '^(?:marked as (?:the )?(?:answer|solution)|(?:accepted|best|helpful|top|recommended|verified) answer|accepted solution' +
    String.raw`|(?:answer|solution) (?:selected|accepted|marked) by \S+` +
    // Steam's banner over a thread with a marked answer ("This topic has been answered. Jump to the answer"; round 33)
    String.raw`|this (?:topic|thread|question) has been (?:answered|solved)\.?(?: jump to the (?:answer|solution))?)$`,
  'i',
);
/** The notice under a closed or archived thread ("This thread has been closed by the system ...", Discourse's "This topic was automatically closed ..."). */
const CLOSED = new RegExp(
  String.raw`^(?:this (?:thread|topic|discussion|question|post|page|article) (?:has been|was|is) (?:automatically )?(?:closed|locked|archived)` +
    String.raw`|looks like no one[’']s replied in a while)\b`,
  'i',
);
/** A thread's reply box placeholder ("Write a Reply...", "Add a comment…", "Leave a reply"). */
const REPLY_BOX = /^(?:write|add|post|leave|start typing) (?:a |your )?(?:reply|comment|answer|response)(?:\.{3}|…)?$/i;
/**
 * A tracker's timeline event (round 16, after batch 17's GitHub issue: "ykato added the bug label Feb 3, 2025", "... self-assigned
 * this", "... linked a pull request that will close this issue"; GitLab's system notes read the same): a user name, an event
 * verb and what it acted on, no sentence.
 */
const TIMELINE_EVENT = new RegExp(
  // the actor: a handle, or a name of up to three words (GitLab's "Oren Koby"; round 17), or gone already
  String.raw`^(?:@?[\w.-]+ |\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2} )?` +
    String.raw`(?:added|removed|self-assigned|assigned|unassigned|linked|mentioned|closed|reopened|changed|marked|requested|pinned|` +
    String.raw`unpinned|locked|unlocked|transferred|referenced|converted|merged)\b(?=.{0,140}$)(?!.*[.!?]$)` +
    String.raw`(?=.*\b(?:labels?|milestone|this|issue|pull request|merge request|title|review|as (?:completed|not planned|duplicate)|branch|to @\S+)(?:\s|$))`,
  'iu',
);
/** A review thread's resolved note ("marisol-ortega marked this conversation as resolved."; round 21, after batch 22's pull request). */
const RESOLVED = /^(?:@?[\w.-]+ )?(?:marked|unmarked) this conversation as (?:resolved|unresolved)\.?$/i;
/**
 * A bug tracker's bookkeeping lines (round 21, after batch 22's Launchpad bug): a field's change ("status: New → Confirmed",
 * "assignee: nobody → Marek Duda (mduda)") and its "Changed in gnome-calendar (Ubuntu):" line, the report line ("Bug #2098314
 * reported by ... on"), "This bug affects 6 people", the janitor's "Status changed to 'Confirmed' because ...", the visibility
 * notice ("This report contains Public information", "Everyone can see this information."), and a comment's lone number ("#3").
 */
const TRACKER_LINE = new RegExp(
  String.raw`^(?:[\p{L} ]{2,30}: .{0,80} → .{0,80}|changed in [^.]{1,80}:|bug #\d+ reported by\b.{0,80}` +
    String.raw`|this bug affects (?:\d+ (?:people|person)|you)\b.{0,40}|status changed to ['‘][^'’]{1,30}['’] because\b.{0,80}` +
    String.raw`|this report contains (?:public|private)\b.{0,40}|everyone can see this information\.|#\d{1,5})$`,
  'iu',
);
/** A thread's state badge alone in its element ("Open", "Closed", "Merged", "Solved"), and Discourse's "Solved by ... in post #3" and "1 / 5". */
const STATE_BADGE = /^(?:open|closed|merged|draft|resolved|solved|locked|archived)$/i;
const SOLVED_BY = /^solved by \S+ in post #\d+$/i;
const POSITION = /^\d{1,5} \/ \d{1,5}$/;
// and Facebook's fan and contributor badges ("Top fan", "Rising contributor"; round 33)
const ROLE_BADGE =
  /^(?:maintainer|author|owner|member|contributor|collaborator|moderator|mod|admin|staff|op|original poster|top fan|(?:top|rising) contributor)$/i;
const SORT_NAME = '(?:oldest|newest|top|best|new|old|hot|latest|controversial|popular|recommended|most (?:recent|helpful|liked|relevant))';
// or "Sort" and the one order shown (Quora's "Sort Recommended"; round 21)
const SORT_BAR = new RegExp(String.raw`^(?:${SORT_NAME}(?:\s*[|·•]?\s*${SORT_NAME}){1,6}|sort(?: by)?:? ${SORT_NAME})$`, 'i');
/**
 * An answer's counters and its author's credential line (round 21, after batch 22's Quora page): "Views: 96,218", and a short
 * line, then the separator and the date ("Stonemason, 20 years on heritage structures · Answered 2y").
 */
const COUNTER = /^(?:views|upvotes|shares|reads|followers|answers|comments|likes):?\s*[\d.,]+\s*[KkMm]?$/i;
/** (Read on a box with no heading or paragraph in it: a post's header holds its title, then "Author · date".) */
const CREDENTIAL = /^[^.!?·]{3,100}\s?·\s?(?:(?:updated|answered|posted|edited) )?(?:\d{1,2}[ymwdh]|\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)?$/iu;
const DELETED = /^\[?(?:deleted|removed)(?: by (?:the )?(?:creator|author|moderator|mod|admin))?\]?$/i;
const REPLY_MAIL = /^(?:reply|respond|comment) (?:via|by) e-?mail$/i;
const LINE_MAX_CHARS = 120;
const NOTICE_MAX_CHARS = 240;
const BAR_MAX_CHARS = 80;
const LINES = 'p, div, span, li, small, time, dd';
const BREAKDOWN_MIN_ROWS = 3;
const LABEL = /^\p{L}[\p{L} ]{0,20}$/u;
const COUNT = /^[\d.,]+\s?%?$/;

/** Removes the review and thread chrome lines of `doc` in place. */
export function removeReviewLines(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(LINES))) {
    if (el.parentNode === null) continue;
    const length = squashedLength(el, NOTICE_MAX_CHARS);
    if (length > LINE_MAX_CHARS) {
      if (length <= NOTICE_MAX_CHARS && CLOSED.test(squash(el.textContent))) el.remove();
      continue;
    }
    const text = squash(el.textContent);
    if (text === '') continue;
    if (RESULTS.test(text)) removeWithBar(el);
    else if (
      isChromeLine(text) ||
      CLOSED.test(text) ||
      ((ROLE_BADGE.test(text) || STATE_BADGE.test(text)) && isLeaf(el)) ||
      (CREDENTIAL.test(text) && el.querySelectorAll('h1, h2, h3, h4, h5, h6, p').length === 0) ||
      (REPLY_MAIL.test(text) && isMailLine(el))
    )
      el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('div, ul, ol, section'))) if (el.parentNode !== null && isBreakdown(el)) el.remove();
}

/** Sibling leaves that pair a short label with a count, three rows or more, and nothing else. */
function isBreakdown(el: DomElement): boolean {
  const kids = Array.from(el.children);
  if (kids.length < 2 * BREAKDOWN_MIN_ROWS || kids.length % 2 !== 0 || kids.some((k) => !isLeaf(k))) return false;
  const texts = kids.map((k) => squash(k.textContent));
  const labelFirst = LABEL.test(texts[0] ?? '');
  return texts.every((t, i) => ((i % 2 === 0) === labelFirst ? LABEL.test(t) : COUNT.test(t)));
}

/** True for the whole text of a review's or a thread's chrome line. */
export function isChromeLine(text: string): boolean {
  return [
    STAMP,
    DATE_TAG,
    REVIEWER_COUNT,
    RATING,
    REACTIONS,
    PLACE,
    RESPONSE,
    ANSWER_MARK,
    SORT_BAR,
    DELETED,
    REPLY_BOX,
    TIMELINE_EVENT,
    RESOLVED,
    TRACKER_LINE,
    COUNTER,
    SOLVED_BY,
    POSITION,
  ].some((re) => re.test(text));
}

/** The result count, and the bar around it when the bar is that count and short links ("Next"). */
function removeWithBar(el: DomElement): void {
  const bar = el.parentNode;
  el.remove();
  if (bar === null || !isElement(bar) || squashedLength(bar, BAR_MAX_CHARS) > BAR_MAX_CHARS) return;
  if (Array.from(bar.querySelectorAll('p, li, div')).length === 0) bar.remove();
}

const isLeaf = (el: DomElement): boolean => el.firstElementChild === null;

/** A line that is one mailto: link. */
function isMailLine(el: DomElement): boolean {
  const links = Array.from(el.querySelectorAll('a'));
  return links.length === 1 && (links[0]?.getAttribute('href') ?? '').startsWith('mailto:');
}
