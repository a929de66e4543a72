import type { TestPage } from './page-kit.js';
import { HELDOUT503_A } from './pages-heldout503-a.js';
import { HELDOUT503_B } from './pages-heldout503-b.js';
import { HELDOUT503_C } from './pages-heldout503-c.js';
import { HELDOUT503_D } from './pages-heldout503-d.js';
import { HELDOUT503_E } from './pages-heldout503-e.js';
import { HELDOUT503_F } from './pages-heldout503-f.js';

/**
 * Held-out batch 503, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an escape room's room page on
 * WordPress with Elementor (Hello Elementor) with a testimonial and a GDPR cookie bar, a bowling alley's birthday party
 * package page built with Wix with three package cards and an enquiry form, a family play centre's booking terms on
 * Squarespace 7.1 with an announcement bar and a newsletter block, a trampoline park's safety rules on Webflow with a zone
 * table and a Finsweet cookie banner, a bowling venue's Christmas opening-hours notice as a Shopify (Dawn) blog article with
 * an hours table and a comment form, an escape room company's FAQ accordion on HubSpot CMS with a CTA banner, an escape room
 * company's new-room announcement on Ghost (Casper) with a byline, an embed caption and read-more cards, a bowling centre's
 * league rules on Drupal 10 (Olivero) with breadcrumbs and a sidebar, a players' forum thread about deposits on Discourse
 * (crawler view) with related topics, a laser tag arena's location page on Next.js (Tailwind, OneTrust banner), a seaside fun
 * centre's opening times and prices on an old FrontPage table layout with a marquee notice and hit counter, and a room's
 * article on an escape room fan wiki on MediaWiki (Vector 2022) with an infobox and a navbox.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or intro line under the h1 is body; a room's fact list in the article flow
 * (players, length, difficulty, ages) is body, one entry an item, while a wiki infobox (its title, caption, labels and
 * values) is furniture; a table data row is one body entry, its cells' texts joined with a space, and table header cells
 * are in neither list (header cells of a furniture table, Discourse's related topics, are furniture); party package and
 * game mode card titles are headings and their price and item lines body; FAQ questions are headings and answers body, all
 * answers counted though the accordion shows only the first; a location page's opening-hours box (heading, rows, note) is
 * article content even in an aside, while its "Find us" address box is furniture; a closing sign-off in the article
 * ("Happy holidays from all the team") is body; a blockquote pull quote inside a post is body, while testimonials and
 * review quotes around the article are furniture; "Last updated" lines, a post's author and date, forum user names and
 * post times and a wiki's "last edited" line are bylines, reading-time and like counts furniture; the site-wide notice
 * (announcement bar, marquee closure notice) is furniture; a form's headings, labels and button texts (booking enquiry,
 * comments, newsletter) are furniture; figure and embed captions are furniture; a forum thread's category and tags are
 * furniture; texts hidden with visually-hidden / sr-only classes (except skip links), aria-hidden separators and the
 * MediaWiki print footer are in no list; furniture texts with no words (edit-link brackets, bullets) are left out; and,
 * applied by the kit's settle(), any furniture or byline text whose words also occur in the title, a heading or a body
 * entry (a menu item "Parties" under a title about parties) is left out.
 */
export const HELDOUT503_PAGES: readonly TestPage[] = [...HELDOUT503_A, ...HELDOUT503_B, ...HELDOUT503_C, ...HELDOUT503_D, ...HELDOUT503_E, ...HELDOUT503_F];
