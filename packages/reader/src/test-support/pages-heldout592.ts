import type { TestPage } from './page-kit.js';
import { HELDOUT592_A } from './pages-heldout592-a.js';
import { HELDOUT592_B } from './pages-heldout592-b.js';
import { HELDOUT592_C } from './pages-heldout592-c.js';
import { HELDOUT592_D } from './pages-heldout592-d.js';
import { HELDOUT592_E } from './pages-heldout592-e.js';
import { HELDOUT592_F } from './pages-heldout592-f.js';

/**
 * Held-out batch 592, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a painter's artist statement on
 * Squarespace 7.1 (fluid engine, image caption, cookie banner), a gallery's framing and shipping policy on Shopify (Dawn policy
 * page), a ceramics exhibition page with works and prices on WordPress with Elementor (Hello theme), a printmaker's CV on Wix,
 * a sculpture exhibition overview on an Artlogic gallery site (sub-navigation tabs), a portrait painter's commissions page with
 * an FAQ and a form on Webflow, a studio interview in a gallery journal on Ghost (Casper), an artist-run co-operative's open
 * call with a dates table and comments on Drupal 10 (Olivero), a painter's studio note on Hugo (PaperMod), a small gallery's
 * current exhibition with a works and prices table on an old hand-made table layout, an original linocut's product page on
 * WooCommerce (Storefront), and a ceramic studio's visiting page on Weebly (multi-column layout table, free-plan footer).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt, description or artist subtitle under the title is body, and so is an
 * exhibition's run-dates line (with its private view), a fact of the show rather than the page's date; the page's own dates,
 * author lines, Ghost's reading time, Hugo's one post-meta line and a statement's closing signature ("— name, place, year") are
 * bylines, as are comment authors and comment times, while the comments themselves are furniture; in a works grid the work
 * titles marked as headings (Elementor image boxes) are headings and each work's details line (medium, year, size, price or
 * "Sold") is body; a work's price shown with it is body (the product price, the price cells of a works table), a basket total
 * furniture; a table data row is one body entry, its cells joined with spaces; header cells (th, column or row headers) are in
 * neither list, so a WooCommerce attribute row gives only its value; FAQ questions are headings and answers body; an interview's
 * questions (bold paragraphs) and its closing italic show note are body; a CV's name line and every entry line are body; a
 * product page's short description, Description and Additional information panels are body with the panels' h2s as headings
 * (tab labels equal to them left out), while the stock line, SKU, category, quantity label, "Reviews (0)" tab, review form and
 * related products are furniture, and tab panels are not hidden in the served HTML; a kicker above the h1 ("Current
 * exhibition"), a primary tag, figure captions with photo credits, enquiry and basket buttons, gallery addresses and opening
 * hours in headers, sidebars and footers are furniture, but the studio address written in the Weebly page's text is body; a
 * page title that is not an h1 (the Weebly h2.wsite-content-title, the old layout's bold font line) is the title; the
 * columns of a layout table (Weebly multicol) are body, left column first; screen-reader text (visually-hidden, screen-reader-text,
 * elementor-screen-only, Wix's "top of page") and skip links are furniture, while text under a hidden attribute or aria-hidden
 * (the Elementor dropdown menu copy, Squarespace's burger labels, Shopify's search modal) or hidden only by a platform stylesheet
 * class (Webflow's w-form-done / w-form-fail messages, Artlogic's mobile "Menu" reveal) is in no list; form labels and button
 * texts are furniture, submit inputs' values in no list.
 */
export const HELDOUT592_PAGES: readonly TestPage[] = [...HELDOUT592_A, ...HELDOUT592_B, ...HELDOUT592_C, ...HELDOUT592_D, ...HELDOUT592_E, ...HELDOUT592_F];
