import type { TestPage } from './page-kit.js';
import { HELDOUT523_A } from './pages-heldout523-a.js';
import { HELDOUT523_B } from './pages-heldout523-b.js';
import { HELDOUT523_C } from './pages-heldout523-c.js';
import { HELDOUT523_D } from './pages-heldout523-d.js';
import { HELDOUT523_E } from './pages-heldout523-e.js';
import { HELDOUT523_F } from './pages-heldout523-f.js';

/**
 * Held-out batch 523, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bouncy castle product hire page on
 * WooCommerce (Storefront) with tabs, reviews and related products, a marquee hire terms page built with Wix, a furniture hire
 * delivery-area page on Squarespace 7.1, a bouncy castle safety rules page built with Elementor (Hello theme), a marquee wedding
 * planning guide on a WordPress blog (Astra) with sidebar and comments, a chair hire product page on Shopify (Dawn), a marquee hire
 * FAQ on HubSpot CMS, a hire company news post on Ghost (Casper), a marquee size guide with a table on Webflow, a trade forum
 * thread on Discourse (crawler view), a party hire price list in an old FrontPage table layout, and a booking help article on
 * Zendesk Guide (Copenhagen).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a product page's article is its title, short description, description and its
 * attribute table (each attribute row one body entry, label and value joined); its price, variant and quantity controls, add-to-cart
 * button, SKU and category line, rating, tab labels and vendor line are furniture; collapsed content (closed `<details>`
 * accordions, Elementor toggles, WooCommerce tab panels shown by script) is read as if open: its heading elements (h2-h6) are
 * headings and its text body, while FAQ questions not marked up as headings (Elementor toggle titles) are body entries; Dawn's
 * hidden duplicate h2 of the product title is in no list; table data rows are one body entry each, cells joined with a space,
 * and header rows (th cells, or a bold first row of td cells) are in no list; a dek or excerpt under the h1 is body; a bold
 * label paragraph inside the article ("Please note:") is body; review and comment texts are furniture but their author names
 * and dates are bylines, while forum post user names and dates are bylines and posts body; reading times, like counts, forum
 * category and tag badges and the dates on read-more cards are furniture, while the Zendesk author, date and "Updated" label
 * are bylines; the old layout's "Page last updated" line is a byline and its
 * visitor counter furniture (the counter image's number in no list); visually hidden screen-reader texts that show as labels to
 * assistive tech (skip links, "Search for:", "Cart", "Regular price") are furniture like skip links; form labels and button
 * texts of newsletter, quote and comment forms are furniture, placeholders and input values in no list; bylines and furniture
 * are tidied by `tidy` (each text once, and a text whose words occur whole and in order in the title, a heading or a body entry
 * left out, as the usual rule on breadcrumbs and menu items asks).
 */
export const HELDOUT523_PAGES: readonly TestPage[] = [...HELDOUT523_A, ...HELDOUT523_B, ...HELDOUT523_C, ...HELDOUT523_D, ...HELDOUT523_E, ...HELDOUT523_F];
