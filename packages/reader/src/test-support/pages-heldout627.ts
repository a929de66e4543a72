import type { TestPage } from './page-kit.js';
import { HELDOUT627_A } from './pages-heldout627-a.js';
import { HELDOUT627_B } from './pages-heldout627-b.js';
import { HELDOUT627_B2 } from './pages-heldout627-b2.js';
import { HELDOUT627_C } from './pages-heldout627-c.js';
import { HELDOUT627_D } from './pages-heldout627-d.js';
import { HELDOUT627_E } from './pages-heldout627-e.js';
import { HELDOUT627_F } from './pages-heldout627-f.js';

/**
 * Held-out batch 627, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a folding travel scooter product
 * page on Shopify (Dawn), a seaside scooter hire page on WordPress with WooCommerce (Storefront) with a price table and a
 * product-category sidebar, a long stairlift survey explainer built with Elementor (Hello theme) with step icon boxes, an FAQ
 * accordion, a testimonial, a survey form and a Complianz banner, a short wheelchair hire page built with Wix, a rise and recline
 * chair buying guide on a Squarespace 7.1 blog, a straight-or-curved stairlift price post on HubSpot CMS with a CTA image and a
 * comment form, a council Shopmobility service page on LocalGov Drupal, a stairlift thread on a Discourse forum (crawler view),
 * a powerchair doorway-measuring guide on Webflow, a local news story on a mobility shop closing on Ghost (Casper), a rollator
 * product page on Magento 2 (Luma) with tabs and reviews, and a repairs page of a small mobility shop in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product pages (Shopify, Magento) the product name is the title, the product
 * description (Magento's short overview included), its feature list and its specification table are body and real h2-h6
 * headings inside the description are headings, while the vendor line, price, tax line, stock, SKU, variant and quantity
 * controls, buttons, tab and accordion labels (Details, More Information, Delivery & returns, VAT relief) with the shop-wide
 * accordion texts, the table caption, ratings and the reviews (titles, texts, reviewer names and review dates) are furniture;
 * a table body row is one body entry, its cells joined with a space, and column header cells are in no list; a dek or summary
 * under the h1 (Elementor lead, Webflow summary, Ghost excerpt, LocalGov summary) is body; an FAQ accordion's questions and
 * answers are body entries (the questions are not headings, as they are not h-tags), even though the answers are collapsed by
 * the theme's CSS; numbered step titles in h3 icon boxes are headings; a testimonial box, a CTA band with its heading, a survey or
 * newsletter form with its labels and a CTA image are furniture; a "Tip" blockquote and a bold "Our prices:" lead-in inside the
 * article are body, and the old table layout's bullet table rows are body entries one a row; the forum thread's posts are body,
 * usernames and post times are bylines, like counts, post numbers, category, tags and the related-topics table (titles, counts
 * and activity dates) are furniture; dates on related or read-more cards (Ghost, Webflow) are furniture, not bylines; a
 * "Page last updated" line in a footer is a byline; text made visible only on form submission (Webflow's w-form-done and
 * w-form-fail, hidden by Webflow's stylesheet) and noscript text are in no list, while visually hidden screen-reader text
 * (skip links, "Log in", "Cart", "Regular price", "Search this site") is furniture; menu items or tags that equal a word or
 * phrase of the title, a heading or the body (Stairlifts, Showroom, Shop, Repairs, Scooters, Business, Prices) are left out.
 */
export const HELDOUT627_PAGES: readonly TestPage[] = [
  ...HELDOUT627_A,
  ...HELDOUT627_B,
  ...HELDOUT627_B2,
  ...HELDOUT627_C,
  ...HELDOUT627_D,
  ...HELDOUT627_E,
  ...HELDOUT627_F,
];
