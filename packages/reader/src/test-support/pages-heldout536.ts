import type { TestPage } from './page-kit.js';
import { HELDOUT536_A } from './pages-heldout536-a.js';
import { HELDOUT536_B } from './pages-heldout536-b.js';
import { HELDOUT536_C } from './pages-heldout536-c.js';
import { HELDOUT536_D } from './pages-heldout536-d.js';
import { HELDOUT536_E } from './pages-heldout536-e.js';
import { HELDOUT536_F } from './pages-heldout536-f.js';

/**
 * Held-out batch 536, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a furniture shop's sofa range, a
 * collection page on Shopify (Dawn) with filters and a product grid, an upholsterer's reupholstery guide and price table on
 * WordPress (Storefront / WooCommerce) with a sidebar, a furniture maker's showroom page on Squarespace 7.1 (fluid engine) with a
 * newsletter block and cookie banner, a flooring fitter's engineered oak fitting guide built with Wix (with the free-site Wix
 * banner), a flooring shop's LVT care guide on WordPress with Elementor Pro (Hello theme, Complianz banner), a furniture studio's
 * journal post on Webflow with related posts and a newsletter form, a commercial flooring contractor's blog post with a table on
 * HubSpot CMS, a furniture retailer's leather care CMS page on Magento 2 (Luma, Page Builder), an upholstery wiki article on
 * MediaWiki (Vector 2022) with a table of contents and references, a flooring fitters' forum thread on Discourse (crawler view)
 * with related topics, an upholsterer's long restoration post on Ghost (Casper) with a members box and read-more cards, and a
 * family carpet fitter's showroom and price page in an old FrontPage table layout with a marquee and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a shop's collection page the collection description (with its headings) is the
 * article, while the product grid (card names, prices, badges, "Choose options"), the filter and sort controls and the product
 * count are furniture; a table data row is one body entry, its cells joined with single spaces, and a header row (th cells, or a
 * first row of bold td cells as HubSpot and FrontPage write it) is in no list; a table's figcaption is furniture; screen-reader
 * only texts (visually-hidden, screen-reader-text, show-for-sr, elementor-screen-only, Wix's "top of page" / "bottom of page",
 * Luma's clipped "Toggle Nav") are in no list, except skip links, which are furniture; elements hidden by the template's own CSS
 * class (Complianz's cmplz-hidden banner, Webflow's w-form-done / w-form-fail, Luma's cookie-status message, MediaWiki's
 * printfooter) are in no list, while dropdown menus closed by CSS are furniture; a dek or excerpt under the h1 (Webflow, Ghost)
 * is body; a pull quote or blockquote inside the post body is body; a wiki article's "See also" links and references (with
 * their headings) are body, the citation marker "[1]", TOC, edit links and categories furniture; on the forum thread the posts
 * are body, user names and post times bylines, like counts furniture, post position numbers in no list, and the related-topics
 * table (titles, counts, header cells) furniture; a Ghost reading time is furniture, its author name and date bylines; a MediaWiki
 * "last edited" line and a FrontPage "last updated" line are bylines; the shop address line that closes the FrontPage article
 * body is body, its left-column opening hours, marquee and hit-counter line furniture; bold font pseudo-headings in the old table
 * layout are headings and its bold font title is the title; opening-times list items on the showroom page are body; call-to-action
 * buttons and boxes inside the content area (Ask for a quote, Get Directions, Book a Free Survey, Elementor's CTA box, Magento's
 * Page Builder button) are furniture.
 */
export const HELDOUT536_PAGES: readonly TestPage[] = [...HELDOUT536_A, ...HELDOUT536_B, ...HELDOUT536_C, ...HELDOUT536_D, ...HELDOUT536_E, ...HELDOUT536_F];
