import type { TestPage } from './page-kit.js';
import { HELDOUT680_A } from './pages-heldout680-a.js';
import { HELDOUT680_B } from './pages-heldout680-b.js';
import { HELDOUT680_C } from './pages-heldout680-c.js';
import { HELDOUT680_D } from './pages-heldout680-d.js';
import { HELDOUT680_E } from './pages-heldout680-e.js';
import { HELDOUT680_F } from './pages-heldout680-f.js';

/**
 * Held-out batch 680, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a leisure centre's public swimming
 * timetable on WordPress (Hello Elementor, Elementor sections, Complianz banner) with two timetable tables, a swim school's
 * lesson stage page on Squarespace 7.1, a lido trust's reopening news post on Ghost (Casper), a short holiday crash-course
 * page built with Wix, a council news article on a baths closure on LocalGov Drupal, a swim-kit shop's packing-list blog
 * article on Shopify (Dawn), a Discourse thread (crawler view) on quiet lane-swimming times at a lido, an adult lessons page
 * on Webflow with an FAQ, a local history wiki article on a 1930s seawater lido on MediaWiki (Vector 2022) with an infobox,
 * a regional news article on winter swimming at an outdoor pool on a Next.js news site, a masters swimming club's lane
 * etiquette post on Hugo (Ananke), and a village pool's opening times and prices page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or summary line under the h1 (Squarespace, Ghost, Webflow hero,
 * Next.js) is body; a timetable or price table's data row is one body entry, its cells' texts joined by a space, and its
 * header cells are in neither list; FAQ questions shown as h3 are headings and their answers body, while a closing call-to-
 * action band ("Ready to start?"), price cards, booking buttons and sidebar icon boxes are furniture, as is a button inside
 * the article ("Book a swim", "Buy a season ticket", "See Stage 3 classes"); a promotional closing line written inside the
 * post's own text (Shopify "Shop our swim school packs ...") is body; a Ghost reading time ("• 3 min read") and feature
 * tag are furniture; a reporter's role line under the byline ("Local Democracy Reporter") is a byline; an inline "Read
 * more:" link box inside the body is furniture; on the Discourse thread every post is body, user names and post dates are
 * bylines, like counts, the category badge and tag, the related-topics table (titles, categories, reply counts, activity
 * dates) are furniture; a post's closing sign-off naming its author (Hugo "Thanks all, and see you in the water. Coach
 * Ines") is a byline; MediaWiki's infobox (caption, labels, values), table of contents, "[edit]" links, "From ..." tagline,
 * print footer ("Retrieved from ...") and categories are furniture and its "last edited" line a byline; the table layout's
 * "Page last updated" line is a byline and its hit counter furniture; previous / next stage links are furniture; the Wix
 * "top of page" / "bottom of page" anchors are furniture; menu items, tags and infobox values that equal a word or phrase
 * of the title or body (Swimming, News, Season tickets, Goggles, Beginners, Adults, About, Terms, Opened, Water, Eastmoor
 * Lido, lane-swimming, Sessions, Opening Times, the architect's name and the opening date) are left out of furniture.
 */
export const HELDOUT680_PAGES: readonly TestPage[] = [...HELDOUT680_A, ...HELDOUT680_B, ...HELDOUT680_C, ...HELDOUT680_D, ...HELDOUT680_E, ...HELDOUT680_F];
