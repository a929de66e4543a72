import type { TestPage } from './page-kit.js';
import { HELDOUT362_A } from './pages-heldout362-a.js';
import { HELDOUT362_B } from './pages-heldout362-b.js';
import { HELDOUT362_C } from './pages-heldout362-c.js';
import { HELDOUT362_D } from './pages-heldout362-d.js';
import { HELDOUT362_E } from './pages-heldout362-e.js';
import { HELDOUT362_F } from './pages-heldout362-f.js';

/**
 * Held-out batch 362, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an auction house's lot page in a
 * Sotheby's-style Next.js build (description, condition report, provenance, literature and catalogue note in accordion
 * sections beside the bid panel), a Numista-style coin catalogue page (features table, obverse / reverse / edge, mintage
 * table, member comments), a stamp collectors' forum thread on XenForo 2 with a quoted reply, an eBay-style listing with the
 * item specifics and the seller's description, a Heritage-style auction archive lot with the price realized, a comic grading
 * guide built with WordPress and Elementor, a museum acquisition press release on Drupal 10, a collector's blog on Ghost
 * (Casper), a Kovels-style price guide on WordPress with GeneratePress (price table, comments), an antiques fair listing on
 * Squarespace's event template (short main text), a collectibles marketplace's seller story on Shopify's Dawn theme (with
 * comments) and an auction results report on WordPress with the Newspaper (tagDiv) theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on lot, coin, listing, price and results pages a data table's data cells (or a
 * definition list's values: the Numista features, eBay's item specifics) are body, one entry a cell, and their header or
 * label cells are in neither list; the lot's bid panel (estimate, status, price realized label, buttons), the auction info
 * box and the specialist block are furniture, while the lot's description, condition report, provenance, literature and
 * catalogue note are body with their section labels as headings; eBay's own section titles ("About this item", "Item
 * specifics", "Item description from the seller") are furniture and only the seller's headings are headings; on Numista the
 * estimate-of-value widget and the exchange box are furniture, the contributors and last-modification lines bylines; a
 * closed lot's "Sold on ... for" line and the cataloguer's signature are bylines; on the forum thread the posts are the body
 * (a post's own "Updated:" sentence is body), a quoted excerpt inside a reply is in neither list (it repeats the first post)
 * and its "... said:" label is furniture, user titles and message counts furniture; a standfirst / excerpt under the title
 * (Ghost's article-excerpt, the museum's bold lede, the results report's bold lede) is body; a pull quote or testimonial in
 * the article is body, the testimonial's name and job furniture; a closing italic "Visit ... on Hobbyloft" call in the
 * article and a "Read more:" line are furniture; the fair listing's date and start / end times are bylines and its venue,
 * address, map and calendar links furniture; the Elementor kicker above the h1 and the closing call-to-action heading and
 * button are furniture; comments on articles (price guide, seller story) are furniture and their authors and dates bylines;
 * the news theme's top-bar date of the day is furniture.
 */
export const HELDOUT362_PAGES: readonly TestPage[] = [...HELDOUT362_A, ...HELDOUT362_B, ...HELDOUT362_C, ...HELDOUT362_D, ...HELDOUT362_E, ...HELDOUT362_F];
