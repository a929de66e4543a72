import type { TestPage } from './page-kit.js';
import { HELDOUT501_A } from './pages-heldout501-a.js';
import { HELDOUT501_B } from './pages-heldout501-b.js';
import { HELDOUT501_C } from './pages-heldout501-c.js';
import { HELDOUT501_D } from './pages-heldout501-d.js';
import { HELDOUT501_E } from './pages-heldout501-e.js';
import { HELDOUT501_F } from './pages-heldout501-f.js';

/**
 * Held-out batch 501, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a blood service's donor eligibility
 * page on Drupal 10 with a CSS-collapsed accordion, a donation session finder (a listing) on Next.js with a search form, a
 * regional blood service's summer appeal news post on WordPress (Astra) with share bar, related posts and comments, an organ
 * donation awareness-week page on Squarespace 7.1 with announcement bar and newsletter block, a platelet donor's story on Ghost
 * (Casper) with member sign-up and read-more cards, a plasma centre's first-visit page on Webflow, a fire company's blood drive
 * post on a Wix blog, a hospital foundation's rare-blood post on HubSpot CMS with cookie banner, CTA and subscribe form, a
 * MediaWiki (Vector 2022) article on a marrow donor register with infobox, contents and a table, a Discourse thread on a plasma
 * donors' forum, an organ donor registration page built with Elementor (icon boxes), and a county hospital blood bank page in
 * an old table layout with an hours table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 is body; accordion questions (Drupal) and icon-box
 * titles (Elementor) and step-card titles (Webflow) are headings and their texts body, the accordion panels being closed only by
 * the stylesheet; a listing's item titles (the session finder's venues) are headings and each item's address, time and
 * availability lines body, while its "Book this session" / "Venue details" links, the search form's labels and options and the
 * "Showing 4 of 17 sessions" status line are furniture; a table data row is one body entry with its cells joined by spaces, its
 * header row in no list, and a table caption furniture; a wiki infobox is furniture (except values that are words of the body),
 * a wiki's "See also" list body and its references list furniture; a "You will need:" lead-in before a list is body; a pull
 * quote or blockquote inside the post body is body; a Webflow eyebrow above the h1 and a CTA band heading are furniture;
 * commenter names and comment dates under a blog post are bylines, comment texts furniture; a forum's posts are body, their
 * user names and dates bylines; a reading time ("5 min read", "1 min read") is a byline; Webflow's w-form-done / w-form-fail
 * messages (hidden by its stylesheet until a form is sent) and visually-hidden / screen-reader-only texts (Drupal's Search
 * label, Elementor's social icon names) are in no list; bare numbers (step numbers, pagination numbers, like counts and
 * topic-map counts) are in no list, while counts with a word ("58 views", "0 comments") are furniture; an old table layout's
 * bold paragraph over its hours table is a heading, its breadcrumb line one furniture entry and its "Last updated:" line a byline.
 */
export const HELDOUT501_PAGES: readonly TestPage[] = [...HELDOUT501_A, ...HELDOUT501_B, ...HELDOUT501_C, ...HELDOUT501_D, ...HELDOUT501_E, ...HELDOUT501_F];
