import type { TestPage } from './page-kit.js';
import { HELDOUT495_A } from './pages-heldout495-a.js';
import { HELDOUT495_B } from './pages-heldout495-b.js';
import { HELDOUT495_C } from './pages-heldout495-c.js';
import { HELDOUT495_D } from './pages-heldout495-d.js';
import { HELDOUT495_E } from './pages-heldout495-e.js';
import { HELDOUT495_F } from './pages-heldout495-f.js';

/**
 * Held-out batch 495, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an arts centre's what's-on listing
 * built with Elementor (WordPress, Hello theme, Complianz banner), a producing theatre's show page on Drupal 10 with a booking
 * sidebar, a small theatre's access performances page on Squarespace 7.1 with a dates table, an amateur society's audition
 * notice built with Wix, a theatre review on a Ghost blog (Casper) with read-more cards, a cinema chain's film page on Next.js
 * with a showtimes picker, an amateur theatre wiki article on MediaWiki (Vector 2022) with an infobox, a table and references,
 * a Discourse thread (crawler view) about running a captioned performance, a community cinema's season page on Webflow, a film
 * society's long programme notes on Hugo (PaperMod), an amateur dramatic society's next-production page in an old FrontPage
 * table layout, and a youth theatre's blog post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a listing's (what's-on, season) item titles are headings and each item's date / venue
 * / price line and summary are body, its "Book Now" / "Find out more" links furniture; a show's or film's run dates and its key
 * facts (running time, age guidance, certificate, genre, director) shown in the article are body, while the booking panel,
 * prices in it, the showtimes picker (its heading, day tabs, times and the screen's name) and trailer buttons are furniture;
 * cast and credit lists are body; table data rows are body, one entry a row with its cells joined by spaces, table header
 * cells in neither list; a dek or standfirst under the h1 (Ghost excerpt, PaperMod description) is body, an eyebrow or kicker
 * above it (company credit, "Community cinema · ...") furniture; a review's closing rating and run line are body; the
 * MediaWiki infobox (its labels, values and caption) is furniture, its references list is body under the "References"
 * heading, footnote markers stay in the body text as shown, and "This page was last edited ..." is a byline; in the forum
 * thread every post (a quote block inside a post included, as its own body entry) is body, user names and post times are
 * bylines, like counts, tags, the category badge and the related-topics table furniture; a page whose only visible title is a
 * styled <b>/<font> line (the table layout) takes that line as its title, and its "last updated" line is a byline;
 * screen-reader-only texts (skip links, visually-hidden labels, Wix's "top of page") are furniture, but texts in elements
 * with the `hidden` attribute and Webflow's form success / failure messages (hidden by the Webflow stylesheet) are in no
 * list; reading-time lines ("4 min read", "6 min") are furniture; a furniture or byline text that also occurs as whole words
 * inside the title, a heading or a body entry is left out (applied mechanically by the kit's `finish`, so a byline name that
 * the body mentions, such as the Hugo author, is dropped).
 */
export const HELDOUT495_PAGES: readonly TestPage[] = [...HELDOUT495_A, ...HELDOUT495_B, ...HELDOUT495_C, ...HELDOUT495_D, ...HELDOUT495_E, ...HELDOUT495_F];
