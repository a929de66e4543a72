import type { TestPage } from './page-kit.js';
import { HELDOUT348_A } from './pages-heldout348-a.js';
import { HELDOUT348_B } from './pages-heldout348-b.js';
import { HELDOUT348_C } from './pages-heldout348-c.js';
import { HELDOUT348_D } from './pages-heldout348-d.js';
import { HELDOUT348_E } from './pages-heldout348-e.js';
import { HELDOUT348_F } from './pages-heldout348-f.js';

/**
 * Held-out batch 348, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a horticultural society's plant
 * profile on an Angular site (size, soil and aspect attribute panels, a colour table), a nursery's Shopify (Dawn) product page
 * for a shrub, a seed company's WooCommerce (Storefront) category listing of tomato seeds, a plant-care app's Ghost (Casper)
 * blog post, an allotment society's phpBB (prosilver) thread, a garden designer's portfolio post built with Elementor, a
 * botanic garden's news story on Drupal (Olivero), a horticultural charity's pest and disease guide on Next.js, a houseplant
 * blog post on Squarespace 7.1 with comments, a plant database entry on MediaWiki (Vector 2022), a gardening magazine's
 * monthly jobs list on Nuxt 3, and a community garden's volunteering page on Wix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an article's standfirst or excerpt under the h1 is body; reading times are
 * furniture, not bylines; on the plant profile the attribute values, the list flags and the colour table's data cells are
 * body, while attribute labels ("Ultimate height", "Soil pH") and table header cells are in neither list, and the common-name
 * subtitle is body; on the product page the description (with its "At a glance" list) is body, while price, variant and
 * quantity controls and the collapsible delivery / guarantee tabs are furniture; on the seed listing the category description
 * and each product card's short description are body and the card titles are headings, while prices, "Sale!" and "Add to
 * basket" are furniture; on the forum thread every post is body, including a quote of an earlier post inside a reply (its
 * "wrote:" cite is furniture), the per-post "Re:" subject lines that repeat the topic title are in neither list, and user
 * ranks, joined dates and the signature are furniture; pull quotes and testimonial quotes inside the article are body, a
 * testimonial's name line is in neither list, and the portfolio's "Project details" fact box is furniture; the pest guide's
 * Latin name and "Quick facts" box are body, its table of contents is furniture (its items repeat the headings and are not
 * listed); the wiki's infobox and categories are furniture, its references are body, and "last edited" is a byline; comments
 * on the Squarespace post and their authors are furniture; the Wix page's site name in the header is furniture.
 */
export const HELDOUT348_PAGES: readonly TestPage[] = [...HELDOUT348_A, ...HELDOUT348_B, ...HELDOUT348_C, ...HELDOUT348_D, ...HELDOUT348_E, ...HELDOUT348_F];
