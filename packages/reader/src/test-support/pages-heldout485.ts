import type { TestPage } from './page-kit.js';
import { HELDOUT485_A } from './pages-heldout485-a.js';
import { HELDOUT485_A2 } from './pages-heldout485-a2.js';
import { HELDOUT485_B } from './pages-heldout485-b.js';
import { HELDOUT485_B2 } from './pages-heldout485-b2.js';
import { HELDOUT485_C } from './pages-heldout485-c.js';
import { HELDOUT485_C2 } from './pages-heldout485-c2.js';
import { HELDOUT485_D } from './pages-heldout485-d.js';
import { HELDOUT485_D2 } from './pages-heldout485-d2.js';
import { HELDOUT485_E } from './pages-heldout485-e.js';
import { HELDOUT485_E2 } from './pages-heldout485-e2.js';
import { HELDOUT485_F } from './pages-heldout485-f.js';
import { HELDOUT485_F2 } from './pages-heldout485-f2.js';

/**
 * Held-out batch 485, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a choral society's concert
 * programme note on WordPress (Astra) with a sidebar and comments, an orchestra's audition page on Squarespace 7.1 with an
 * enquiry form and a newsletter block, a community choir's rehearsal schedule on Google Sites, a chamber orchestra's season
 * announcement on Wix with one text box and booking button a concert, a wind band's members' notice thread on Discourse
 * (crawler view), a brass band's contest report on Ghost (Casper), a male voice choir's article on a MediaWiki wiki (Vector
 * 2022) with an infobox, a "Come and Sing" workshop day on Eventbrite, a village silver band's members' notice on an old
 * FrontPage table layout, an amateur orchestra's guide for new members on Hugo (Ananke), a youth orchestra's summer course
 * page for parents on Drupal 10 (Olivero) with a timetable table, and a gospel choir's news post on Webflow.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the title (Ghost's excerpt, Webflow's dek, the table
 * layout's subtitle line, Eventbrite's summary) is body; a table data row is one body entry, its cells' texts joined with
 * single spaces, and table header cells are in neither list (the related-topics table under the Discourse thread is
 * furniture, header cells included); a programme's or notice's lists (carols, agenda, timetable, packing list) are body; a
 * blockquote (a carol verse, an adjudicator's remarks, a quoted statement) is body; an event page's date-and-time and
 * location lines are body and its "Date and time", "Location", "About this event" and "Refund Policy" headings are
 * headings, while the ticket panel, organiser card, tags and "More events" are furniture; a notice's signature line
 * (Discourse's "Helen (band secretary)" sits inside the post and stays body; the table layout's "R. Thwaite, Band
 * Secretary" stands apart and is a byline), "Posted ..." and "Last updated ..." lines and MediaWiki's "This page was last
 * edited ..." line are bylines, as are forum user names and post times and comment authors and times; comments under the
 * blog post are furniture, the Discourse thread's posts are body; a wiki infobox (labels and values) is furniture, the
 * wiki's "See also" heading and its links are heading and body, its contents rail, edit links, "From Orleywiki",
 * "Retrieved from" and categories furniture; reading times, word counts, like counts, reply and view counts and post
 * positions are furniture; forms' labels, legends, captions and buttons (the Squarespace enquiry form, newsletter boxes,
 * the comment form) are furniture, form controls' values and placeholders in no list; Webflow's form success and failure
 * messages, Google Sites' site-actions menu (aria-hidden) and screen-reader-only texts are hidden and in no list, while
 * skip links and Wix's "top of page" / "bottom of page" anchors are furniture; a marquee announcement and an announcement
 * bar are furniture; a furniture or byline text that also occurs as whole words in the title, a heading or a body entry is
 * left out (the kit's `finish` does this).
 */
export const HELDOUT485_PAGES: readonly TestPage[] = [
  ...HELDOUT485_A,
  ...HELDOUT485_A2,
  ...HELDOUT485_B,
  ...HELDOUT485_B2,
  ...HELDOUT485_C,
  ...HELDOUT485_C2,
  ...HELDOUT485_D,
  ...HELDOUT485_D2,
  ...HELDOUT485_E,
  ...HELDOUT485_E2,
  ...HELDOUT485_F,
  ...HELDOUT485_F2,
];
