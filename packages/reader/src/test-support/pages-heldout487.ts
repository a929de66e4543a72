import type { TestPage } from './page-kit.js';
import { HELDOUT487_A } from './pages-heldout487-a.js';
import { HELDOUT487_B } from './pages-heldout487-b.js';
import { HELDOUT487_C } from './pages-heldout487-c.js';
import { HELDOUT487_C2 } from './pages-heldout487-c2.js';
import { HELDOUT487_D } from './pages-heldout487-d.js';
import { HELDOUT487_E } from './pages-heldout487-e.js';
import { HELDOUT487_F } from './pages-heldout487-f.js';

/**
 * Held-out batch 487, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a council's allotment waiting-list
 * guide page on LocalGov Drupal with a waiting-time table and a sign-up form, an allotment society's winter newsletter as a
 * Mailchimp campaign archive page (nested layout tables), a monthly growing-calendar post on a WordPress blog with the Astra
 * theme (sidebar, share bar, author box, comments), a community garden's rules page built with Wix, a work-party report on a
 * Squarespace 7.1 blog with captioned image blocks, a potato-blight thread on a phpBB 3.3 (prosilver) allotment forum, a
 * garden wiki's page on the compost bays on MediaWiki 1.41 (Vector 2022) with an infobox, a seed-swap news post on Ghost
 * (Casper) with a callout and a bookmark card, an association's AGM minutes on a new Google Sites site, a community garden's
 * plot-holder FAQ on Webflow, an allotment show schedule on an old Microsoft FrontPage table layout, and a local news article
 * about a community garden on a Next.js news site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary or intro paragraph under the h1 (LocalGov summary, Ghost
 * excerpt, Next.js standfirst, Webflow hero paragraph) is body; table data rows are body, one entry a row with the cells
 * joined by spaces (empty cells dropped); table header cells are in no list and a table caption is furniture; a web form's
 * field labels and its button are furniture, values and placeholders in no list; a newsletter's greeting and sign-off line are
 * body, the signature (name and role) bylines; minutes' meeting date-and-place line and the "Present / Apologies" line are
 * body, "Minutes taken by ..." a byline, numbered agenda items headings; on a page with no heading elements (the FrontPage
 * schedule) the large bold title paragraph is the title and the bold underlined section lines are headings; a forum's posts
 * are body, one entry a paragraph (split at <br><br>), a quoted passage inside a reply is body and its "X wrote: ↑date" line a
 * byline, poster names and post times bylines, ranks, post counts, join dates, locations, signatures and the "Re:" post
 * subjects furniture; FAQ questions are headings and answers body; a Ghost callout card is body, a bookmark card furniture; a
 * wiki's infobox (labels, values and caption), table of contents, navbox, "edit" links and categories are furniture and its
 * "last edited" line a byline; a reading time ("3 min read") and a comment count are furniture; an author's role line next to
 * the name ("Local Democracy Reporter") is a byline, an author bio furniture; under a blog post the comment authors' names and
 * comment dates are bylines and the comment texts furniture; text only for screen readers (visually-hidden labels and
 * headings, Wix's "top of page") is furniture like other visible furniture, while text hidden by style or by the template's
 * own stylesheet (Webflow's form success and failure messages, the Google Sites actions menu with display:none, Mailchimp's
 * preview text) is in no list; image alt texts are in no list; "Most read" rank numbers are in no list; a marquee announcement
 * and a hit counter's text are furniture; the FrontPage "Entry forms are available ..." line under the schedule is body;
 * furniture texts equal to a word or phrase of the title, headings or body (menu items such as About, Plots, Help, FAQ,
 * Minutes, Website, a guide's contents item repeating the title, infobox values that the body repeats) are left out.
 */
export const HELDOUT487_PAGES: readonly TestPage[] = [
  ...HELDOUT487_A,
  ...HELDOUT487_B,
  ...HELDOUT487_C,
  ...HELDOUT487_C2,
  ...HELDOUT487_D,
  ...HELDOUT487_E,
  ...HELDOUT487_F,
];
