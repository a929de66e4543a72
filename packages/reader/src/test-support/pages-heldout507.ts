import type { TestPage } from './page-kit.js';
import { HELDOUT507_A } from './pages-heldout507-a.js';
import { HELDOUT507_B } from './pages-heldout507-b.js';
import { HELDOUT507_C } from './pages-heldout507-c.js';
import { HELDOUT507_D } from './pages-heldout507-d.js';
import { HELDOUT507_E } from './pages-heldout507-e.js';
import { HELDOUT507_F } from './pages-heldout507-f.js';

/**
 * Held-out batch 507, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a village hall's room-hire page
 * with a rates table on WordPress (Astra, CookieYes banner, sidebar widgets), a community centre's weekly activities timetable
 * on Wix, a hall management committee's minutes on an old FrontPage-era table layout, a community hall's booking conditions on
 * Squarespace 7.1, a community centre's roof-appeal news post on Ghost (Casper), a community centre's accessibility page on
 * Drupal 10 (Olivero), a community-owned venue's weddings and parties hire page built with Elementor (Hello Elementor, price
 * tables, enquiry form), a community centre's FAQ page on Webflow (dropdown questions), a village hall's history page on Jimdo
 * Creator, a village hall article on a local MediaWiki wiki (Vector 2022, infobox), a hall volunteers' forum thread on
 * Discourse (crawler view), and a community hall's annual report summary on Hugo (Ananke).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined with single spaces
 * (rates, income and spending, the wiki infobox's label-and-value rows), and table header cells are in neither list (the
 * infobox's header repeats the title); a timetable written as day headings with one paragraph a session has the days as
 * headings and each session as a body entry; minutes' numbered item headings are headings and the "Present" / "Apologies"
 * lines are body, while "Minutes taken by ..." is a byline; an "Approved by the Trustees, <date>" line and a "Compiled by ...,
 * <year>" line are bylines; a dek or hero line under the h1 (Ghost excerpt, Webflow hero paragraph) is body; Elementor price
 * tables have their names (h3) as headings and their price line and feature items as body, their "Enquire" buttons
 * furniture; FAQ questions written as dropdown toggles (not h-tags) are body entries before their answers, the answers body
 * though collapsed by CSS; buttons and download links standing alone (check availability, download the hire agreement /
 * brochure / full report) are furniture, while a closing sentence of the author's own text with a link in it is body; enquiry
 * and newsletter form labels and buttons are furniture; reading times, word counts and like counts are furniture, dates on
 * related-post cards are bylines; the forum thread's posts are body, its user names and post times bylines, its category,
 * tags and related-topic table (titles, categories, counts, activity) furniture; a wiki's references heading is a heading and
 * its reference text body, its edit links, TOC, "From ..." line, print footer and categories furniture, and its "last edited"
 * line a byline; screen-reader-only labels that are shown as text nodes (Menu, Instagram, visually hidden search labels) are
 * furniture; a site name that also occurs inside a body sentence is left out of furniture, as is a menu item equal to a word
 * of the title or body (Committee, Café, About, Hire).
 */
export const HELDOUT507_PAGES: readonly TestPage[] = [...HELDOUT507_A, ...HELDOUT507_B, ...HELDOUT507_C, ...HELDOUT507_D, ...HELDOUT507_E, ...HELDOUT507_F];
