import type { TestPage } from './page-kit.js';
import { HELDOUT567_A } from './pages-heldout567-a.js';
import { HELDOUT567_A2 } from './pages-heldout567-a2.js';
import { HELDOUT567_B } from './pages-heldout567-b.js';
import { HELDOUT567_C } from './pages-heldout567-c.js';
import { HELDOUT567_D } from './pages-heldout567-d.js';
import { HELDOUT567_E } from './pages-heldout567-e.js';
import { HELDOUT567_E2 } from './pages-heldout567-e2.js';
import { HELDOUT567_F } from './pages-heldout567-f.js';

/**
 * Held-out batch 567, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a garden centre's long October
 * planting guide on WordPress (Astra) with comments, a nursery's bare-root fruit tree list on Shopify (Dawn) with tables, a
 * garden centre café and events page on Squarespace 7.1, a small nursery's visiting page built with Wix, a nursery's gravel
 * garden journal article on Webflow, a nursery owner's monthly letter on Ghost (Source), a hardy geranium catalogue page on Hugo
 * (PaperMod), a cultivar page on a plant society's MediaWiki (Vector 2022) with an infobox and references, a garden centre forum
 * thread on Discourse, a garden centre's Christmas events page built with Elementor (Hello Elementor), a family nursery's bedding
 * plant price list in an old FrontPage table layout, and a horticultural society's plant fair news item on Drupal 10 (Olivero).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or summary under the h1 is body; an article table's data row is one body
 * entry, its cells' plain texts joined with single spaces, and its header cells are in no list, while header cells of tables
 * outside the article (Discourse's suggested topics) are furniture; a wiki infobox's data rows are body the same way (label and
 * value joined), its title row (repeating the page title) in no list and its image caption furniture; a wiki's references list
 * items are body and "References" is a heading, while footnote markers ([1]), back-links (↑), edit links and the table of
 * contents are furniture and markers are left out of the body entries; on listing-like pages (café and events, Christmas events,
 * the geranium catalogue) the item titles are headings and each item's date / time line, facts line, description and price are
 * body, while "Book ..." and "See all ..." buttons are furniture; menu prices and opening hours inside the article are body;
 * promo boxes that sell something else (the Elementor gift card box, the Ghost forward-to-a-friend card) are furniture, while a
 * section with its own heading inside the article (the café's private hire) is heading and body; comments under an article are
 * furniture, including the commenters' names and comment dates; on the forum thread every post is body, its user names and post
 * dates ("Dec 3") bylines, and the staff title, like counts and topic map stats furniture; dates on related / suggested items are
 * furniture; a "Last updated" line, MediaWiki's "This page was last edited" line and a Drupal "By ..., date" line (one element)
 * are bylines, the reading time is furniture; screen-reader-only text (skip links, visually hidden headings and labels, Shopify's
 * Log in / Cart, Elementor's screen-only social labels) is furniture, but text under the hidden attribute or aria-hidden="true",
 * and Webflow's form success / failure messages that show only after a submit, are in no list; collapsed menus (Vector's main
 * menu) are furniture; form placeholder and input values are in no list, labels and buttons furniture; furniture texts that are
 * words or parts of the title or a body entry (About, Shade, Café, Christmas, Price List, Hanging Baskets, the roses and
 * bare-root tags, site names that a body paragraph names: Thornbury Nurseries, Brackenfold Plants, Lowmoor Nurseries, the
 * society's name) are left out.
 */
export const HELDOUT567_PAGES: readonly TestPage[] = [
  ...HELDOUT567_A,
  ...HELDOUT567_A2,
  ...HELDOUT567_B,
  ...HELDOUT567_C,
  ...HELDOUT567_D,
  ...HELDOUT567_E,
  ...HELDOUT567_E2,
  ...HELDOUT567_F,
];
