import type { TestPage } from './page-kit.js';
import { HELDOUT603_A } from './pages-heldout603-a.js';
import { HELDOUT603_B } from './pages-heldout603-b.js';
import { HELDOUT603_C } from './pages-heldout603-c.js';
import { HELDOUT603_D } from './pages-heldout603-d.js';
import { HELDOUT603_E } from './pages-heldout603-e.js';
import { HELDOUT603_F } from './pages-heldout603-f.js';

/**
 * Held-out batch 603, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tennis club's court booking and
 * membership page on Squarespace 7.1, a junior coaching programme page built with Elementor (Hello theme) with an FAQ accordion,
 * a winter league results post on WordPress (GeneratePress) with a league table, sidebar and comments, a padel club's beginner
 * post on Wix Blog, a pickleball club's beginner clinics page on Webflow with a sign-up form, a Discourse thread (crawler view)
 * on ladder challenge rules, a court resurfacing notice on Drupal 10 (Olivero), a pickleball newsletter post on Ghost (Casper)
 * with a callout card and read-more cards, a tournament finals-day results page on an old FrontPage table layout, a padel rules
 * guide on Hugo (Ananke) with a contents aside, a local history wiki article on a tennis club on MediaWiki (Vector 2022) with an
 * infobox, and a padel centre's corporate events landing page on HubSpot CMS with a quote form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Webflow hero paragraph, Wix post description, Ghost
 * excerpt, HubSpot intro) is body; table data rows are body, one entry a row with its cells joined by spaces, table header cells
 * in neither list, and a table caption is furniture; the results page's h1-less title (a bold font-tag line) is the title and
 * its h3 section labels are headings; membership tier names and landing-page section titles written as h2/h3 inside the content
 * are headings, the price or feature lines under them body; FAQ accordion questions and answers are each a body entry; a
 * quoted testimonial with its attribution is one body entry; a Ghost callout card inside the post is body; call-to-action
 * buttons inside the content (Book a Court, Join the Club, Register for an assessment, Get a quote) are furniture, or left out
 * when they repeat a heading; form labels are furniture while input values, placeholders and select options are in no list;
 * the text of a form's success and failure messages hidden only by the platform's stylesheet (Webflow w-form-done / w-form-fail)
 * and of menus closed only by CSS (Vector's main menu dropdown) is furniture, while elements with the hidden attribute are in
 * no list; screen-reader-only texts (visually-hidden, screen-reader-text: skip links, "Main navigation", "Breadcrumb",
 * "Categories", "Tags") are furniture; read-time lines ("3 min read"), view, like and comment counts are furniture; comment
 * author names and comment dates under a post are bylines and the comment texts furniture, while on the Discourse thread every
 * post is body, its user name and post time bylines, its like count furniture; dates and read times on related-post cards are
 * furniture, not bylines; an old page's "Page last updated" line and MediaWiki's "This page was last edited" line are bylines;
 * the wiki infobox and its labels, category links, table of contents entries and their numbers and "edit" section links are
 * furniture (entries repeating the title, a heading or a body word are left out); symbol-only texts (•, *, [ ], &lt;&lt;) are
 * in no list except inside a longer furniture text; menu, tag and infobox texts equal to a word or phrase of the title, a
 * heading or a body entry (Juniors, Membership, Home, Results, Corporate, Founded) are left out of furniture.
 */
export const HELDOUT603_PAGES: readonly TestPage[] = [...HELDOUT603_A, ...HELDOUT603_B, ...HELDOUT603_C, ...HELDOUT603_D, ...HELDOUT603_E, ...HELDOUT603_F];
