import type { TestPage } from './page-kit.js';
import { HELDOUT664_A } from './pages-heldout664-a.js';
import { HELDOUT664_A2 } from './pages-heldout664-a2.js';
import { HELDOUT664_B } from './pages-heldout664-b.js';
import { HELDOUT664_C } from './pages-heldout664-c.js';
import { HELDOUT664_C2 } from './pages-heldout664-c2.js';
import { HELDOUT664_D } from './pages-heldout664-d.js';
import { HELDOUT664_E } from './pages-heldout664-e.js';
import { HELDOUT664_E2 } from './pages-heldout664-e2.js';
import { HELDOUT664_F } from './pages-heldout664-f.js';

/**
 * Held-out batch 664, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hand-dyed sock yarn product page
 * of a yarn shop on Shopify (Dawn), a knitting pattern PDF product page on WooCommerce (Storefront) with tabs and reviews, a
 * long free crochet pattern post on WordPress (Kadence) with sidebar, similar posts and comments, a knitting group's stitch-in
 * event page on Meetup (Next.js), a steeking help topic on a knitting forum on Discourse, a yarn dyer's journal post on
 * Squarespace 7.1 with a newsletter block, a stitch club's "About" page built with Wix (free-plan ad banner), a crochet
 * designer's post on Ghost (Casper), a knitting technique article on a MediaWiki wiki (Vector 2022), a crochet-along post on
 * a club's Hugo site (PaperMod), a knitting guild's news article on Drupal 10 (Olivero) with a comment, and a yarn shop's
 * classes page in an old table layout with font tags.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a product page the product name (h1) is the title and the product's own
 * description, its short description, its facts list and its product-specific tabs (Dawn's collapsed "Care" accordion,
 * WooCommerce's Description and Additional information panels) are body, their tab titles headings, while the price, tax
 * line, variant and quantity pickers, cart buttons, SKU / category / tag line, tab strip labels, a shop-wide "Shipping and
 * returns" tab and the reviews (reviewer names and dates included) are furniture; text in a collapsed <details> or an
 * unselected tab panel counts as shown; a table data row is one body entry, its cells' texts joined by a space, and a row
 * header cell (WooCommerce attribute label) is part of its row, while column header rows (<thead>, or the bold first row of
 * the old table layout) are in neither list; an infobox (label and value rows, caption) is furniture, its title row repeats
 * the title; a dek, excerpt or description under the h1 (Ghost, PaperMod) is body; an affiliate disclosure and "Jump to the
 * pattern" / "Buy the ad-free PDF" buttons at the top of a post, Ghost's bookmark card and a wiki's hatnote, References
 * section (heading included) and categories are furniture, and wiki reference markers ([1], ↑) are in no list (the body
 * texts leave them out); comments under an article are furniture together with their authors' names and dates; on the
 * forum topic the posts' texts are body (a quoted passage again where it is quoted), user names, the quote's "name:" line
 * and post dates bylines, like counts, the solved notice, topic map, timeline and suggested topics furniture; on the event
 * page "Details" is a heading, the event's date and time lines, "Hosted By" and the host's name are bylines, and the venue,
 * attendees, group card and attend bar are furniture; reading times ("4 min read", PaperMod's "2 min") are part of the
 * byline; the old table layout page has no h1, so its large bold font line is the title and its bold font section labels
 * are headings, its "Last updated" line a byline and its marquee, left nav, opening hours, visitor counter and footer
 * furniture; the Wix page's dates and place in "When and where" are body (the page's own content, not a dateline); image
 * captions are furniture; and texts also found as whole words in the title, a heading or a body entry are left out of
 * furniture and bylines by the batch's `tidy` helper (so "Shop", "Patterns", "kittlebrae" or "By" may not be listed).
 */
export const HELDOUT664_PAGES: readonly TestPage[] = [
  ...HELDOUT664_A,
  ...HELDOUT664_A2,
  ...HELDOUT664_B,
  ...HELDOUT664_C,
  ...HELDOUT664_C2,
  ...HELDOUT664_D,
  ...HELDOUT664_E,
  ...HELDOUT664_E2,
  ...HELDOUT664_F,
];
