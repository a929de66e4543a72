import type { TestPage } from './page-kit.js';
import { HELDOUT540_A } from './pages-heldout540-a.js';
import { HELDOUT540_B } from './pages-heldout540-b.js';
import { HELDOUT540_C } from './pages-heldout540-c.js';
import { HELDOUT540_D } from './pages-heldout540-d.js';
import { HELDOUT540_D2 } from './pages-heldout540-d2.js';
import { HELDOUT540_E } from './pages-heldout540-e.js';
import { HELDOUT540_F } from './pages-heldout540-f.js';

/**
 * Held-out batch 540, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a board game café's cover charge
 * and house rules page on Squarespace 7.1 with a price table and a newsletter block, a comic shop's pull-list page on Shopify
 * (Dawn) with an FAQ, a hobby store's Friday draft event on WordPress (Astra) with The Events Calendar, a hobby shop's
 * wet-palette tutorial on Ghost (Casper) with read-more cards, a hobby store's trade-in page built with Wix, a comic shop's
 * news post on Webflow with a CMS "More news" list, a games store forum thread on Discourse, a tabletop wiki's page on a games
 * shop on MediaWiki (Vector 2022) with an infobox, a games café's shelving post on Hugo (PaperMod) with a table of contents and
 * a table, a hobby store's weekly event nights listing built with Elementor, a hobby chain's airbrush buyer's guide on a HubSpot
 * CMS blog with a comment form, and a model shop's swap meet notice in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Ghost's excerpt, PaperMod's
 * post-description) is body; table data rows are body, one entry a row with its cells' texts joined by spaces, table header
 * cells in neither list; an event page's schedule line and cost under its title are body, its "Details" and "Venue" meta boxes,
 * calendar links, "This event has passed." notice and previous / next event links furniture; a listing page's item titles are
 * headings, each item's time / price line and description body, its buttons furniture; FAQ questions (h3) are headings; a forum
 * thread's posts are body and each post's user name and date are bylines, while the category badge, tags, topic map labels,
 * reply buttons and suggested topics are furniture; a wiki infobox (label and value cells and caption), table of contents,
 * page tabs, "From ... Wiki" line, "edit" links and categories are furniture, the "last edited" footer line a byline; a
 * reading time ("6 min read") and PaperMod's one-line meta ("date · 2 min · author") are bylines, the latter kept whole; the
 * category or tag label above a title (Ghost's primary tag, Webflow's category) is furniture; a bold call-to-book line at the
 * end of an article (the swap meet's phone line) is body, an inline CTA button or card (HubSpot CTA, Ghost CTA card) furniture;
 * comment form labels and newsletter headings and labels are furniture, their input placeholders and submit values in no
 * list; texts hidden only by the template's screen-reader or print classes (Wix "top of page", Elementor's "Menu", MediaWiki's
 * printfooter) and banners whose markup hides them are in neither list, icon-only buttons (aria-label only) have no text; a
 * visitor counter's number is an image (its alt in no list); menu items, tags and other texts that also occur as whole words in
 * the title, a heading or a body entry (any case) are left out of furniture and bylines by the kit's `gold()`, which also keeps
 * each text once.
 */
export const HELDOUT540_PAGES: readonly TestPage[] = [
  ...HELDOUT540_A,
  ...HELDOUT540_B,
  ...HELDOUT540_C,
  ...HELDOUT540_D,
  ...HELDOUT540_D2,
  ...HELDOUT540_E,
  ...HELDOUT540_F,
];
