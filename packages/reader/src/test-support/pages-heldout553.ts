import type { TestPage } from './page-kit.js';
import { HELDOUT553_A } from './pages-heldout553-a.js';
import { HELDOUT553_B } from './pages-heldout553-b.js';
import { HELDOUT553_C } from './pages-heldout553-c.js';
import { HELDOUT553_D } from './pages-heldout553-d.js';
import { HELDOUT553_E } from './pages-heldout553-e.js';
import { HELDOUT553_F } from './pages-heldout553-f.js';

/**
 * Held-out batch 553, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a parish council's village fete post
 * on WordPress (Twenty Twenty-One) with comments and a widget sidebar, an agricultural show's schedule and classes page on
 * Squarespace 7.1, a county show's rules for exhibitors on Wix, a US county fair's fair week schedule with a grandstand table on
 * Drupal 10 (Olivero), a regional newspaper's county show report on Next.js, a home baker's show-day post on Ghost (Casper), a
 * gardeners' forum thread about staging show potatoes on Discourse, a local history wiki article on a sheep fair on MediaWiki
 * (Vector 2022), a cider maker's county show blog post on Shopify (Dawn), a horticultural society's show results with result
 * tables on Joomla 5 (Cassiopeia), a county fair's how-to-enter page with an FAQ on Webflow, and a village fun dog show page on
 * an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or hero paragraph under the h1 is body; a show schedule's
 * class lines and a day schedule's time lines are body list items, one entry each; a table data row is one body entry, its
 * cells joined with spaces, and table header cells are in no list; the wiki infobox (labels and values) is furniture; forum
 * posts are body, a passage quoted in a reply is a body entry again, the quote's "user:" header, user names and post dates are
 * bylines, like counts, the topic map, tags and category badge furniture; comments under a blog post are furniture, their
 * authors and dates bylines; FAQ questions and answers are body entries (the questions are not headings), answers in a closed
 * accordion included; visually hidden (screen-reader) texts are furniture, while texts under `hidden`, aria-hidden or a
 * platform's display-none state classes (Webflow's w-form-done / w-form-fail) are in no list; in the wiki article the
 * References heading is a heading and its notes body, inline [n] markers stay in the paragraph text, the backlink arrows and
 * edit-section brackets are in no list, the table of contents repeats the headings and is left out, and "This page was last
 * edited ..." is a byline; on the table layout page the big bold font line is the title, bold lines standing as section heads
 * are headings, each <br>-separated class line is a body entry, and "Last updated" is a byline; a kicker, an author's role
 * line, an inline "Read more:" link paragraph, an inline related box, reading times, related cards (with their dates), "Written
 * by:" aside Joomla's "Details", "Category:" and "Hits:" lines, download and entry-form buttons inside the article, the event
 * date above the Webflow h1, announcement bars and platform banners (Wix) are furniture; "Published ...", "By ...", "Written
 * by: ..." and a bare author name or date next to the title are bylines.
 */
export const HELDOUT553_PAGES: readonly TestPage[] = [...HELDOUT553_A, ...HELDOUT553_B, ...HELDOUT553_C, ...HELDOUT553_D, ...HELDOUT553_E, ...HELDOUT553_F];
