import type { TestPage } from './page-kit.js';
import { HELDOUT457_A } from './pages-heldout457-a.js';
import { HELDOUT457_B } from './pages-heldout457-b.js';
import { HELDOUT457_B2 } from './pages-heldout457-b2.js';
import { HELDOUT457_C } from './pages-heldout457-c.js';
import { HELDOUT457_C2 } from './pages-heldout457-c2.js';
import { HELDOUT457_D } from './pages-heldout457-d.js';
import { HELDOUT457_E } from './pages-heldout457-e.js';
import { HELDOUT457_E2 } from './pages-heldout457-e2.js';
import { HELDOUT457_F } from './pages-heldout457-f.js';

/**
 * Held-out batch 457, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a beekeeper's October winter checklist
 * on WordPress (GeneratePress) with a right sidebar, a beekeeping association's membership page built with Wix (free-plan banner,
 * contact form in the footer), a beekeeping forum thread on phpBB 3.3 (prosilver) with profiles, a signature and a cookie consent
 * bar, a beekeeping supplier's hive product page on Shopify (Dawn) with accordions, recommendations and a newsletter footer, a
 * homesteading blog post (a goat hay feeder) on WordPress (Kadence) with breadcrumbs, an author box, similar posts and threaded
 * comments, a beginners' beekeeping course page on Squarespace 7.1 (Fluid Engine) with an FAQ accordion and a cookie banner, a
 * swarm notice on an old hand-written table layout with a collectors table and a hit counter, a lambing countdown guide on Ghost
 * (Casper) with a callout card and read-more cards, a poultry forum thread on Discourse as served to crawlers, a Muscovy duck
 * article on a MediaWiki (Vector 2022) smallholding wiki with an infobox and a sidebar contents list, a smallholders' society
 * page on Drupal 10 (Olivero) with a sidebar, and a honey farm's swarm collection notice on Webflow with a Finsweet cookie banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or standfirst under the h1 (Ghost's excerpt, the Webflow hero line) is
 * body; screen-reader-only text (skip links, visually hidden labels and headings, WordPress's "says:") is furniture, while text in
 * elements hidden with `hidden`, `aria-hidden`, inline `display:none` / `visibility:hidden`, a `hidden` class or a print-only
 * class (MediaWiki's printfooter, Vector's TOC numbers) is in no list; text inside closed `<details>` or collapsed accordions
 * (Shopify's product accordions, the Squarespace FAQ) is article text, their titles headings and their contents body; on a
 * product page the description and accordions are the article and the vendor label, price, tax line, variant and quantity
 * pickers, cart buttons, share controls and recommendations are furniture; a course page's facts list (dates, venue, price) is
 * body, its booking buttons furniture; a forum post separated into paragraphs by blank lines (phpBB's `<br><br>`) gives one body
 * entry a paragraph; forum user names and post times are bylines, and user ranks, post counts, join dates, signatures, "Re:"
 * post subjects, post numbers and like counts furniture; comments under a blog post are furniture, commenters' names and
 * comment dates included; a reading-time label ("7 min read") and a post's tag or category label are furniture; a table data
 * row is one body entry, its cells joined with spaces, and a header row of an article table is in no list while header cells of
 * a furniture table (Discourse's related topics) are furniture; a wiki infobox (labels, values, caption) is furniture, the
 * sidebar contents list gives "Contents" and "(Top)" as furniture (its entries repeat the headings), "edit" section links and
 * "From <wiki>" are furniture and "This page was last edited on ..." is a byline; a Ghost callout card inside the post is body;
 * an old page's "Page last updated ..." line is a byline and its hit counter label furniture; the forum topic title shown as
 * the thread's h1/h2 is the title and the first post's own subject (equal to it) is left out.
 */
export const HELDOUT457_PAGES: readonly TestPage[] = [
  ...HELDOUT457_A,
  ...HELDOUT457_B,
  ...HELDOUT457_B2,
  ...HELDOUT457_C,
  ...HELDOUT457_C2,
  ...HELDOUT457_D,
  ...HELDOUT457_E,
  ...HELDOUT457_E2,
  ...HELDOUT457_F,
];
