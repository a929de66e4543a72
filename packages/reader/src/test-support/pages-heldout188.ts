import type { TestPage } from './page-kit.js';
import { HELDOUT188_A } from './pages-heldout188-a.js';
import { HELDOUT188_B } from './pages-heldout188-b.js';
import { HELDOUT188_C } from './pages-heldout188-c.js';
import { HELDOUT188_D } from './pages-heldout188-d.js';
import { HELDOUT188_E } from './pages-heldout188-e.js';
import { HELDOUT188_F } from './pages-heldout188-f.js';

/**
 * Held-out batch 188, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Gumroad product page, an eBay
 * listing with the seller's description, a Best Buy product page with its Q&A thread, a Patreon public post, a Ko-fi creator
 * post, an Indiegogo campaign story page, a Thingiverse thing page, a Printables model page, a Chrome Web Store extension page,
 * a WordPress.org plugin directory page, a Mozilla Add-ons extension page and a Steam Community guide with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product, listing, campaign and store pages the seller's or developer's own text
 * (product description, seller's description, campaign story, readme, store description) is the article, and price, buy box,
 * ratings, specifications, perks, item specifics and store metadata are furniture; a tagline, summary or dek under the title is
 * body; the seller's or developer's name shown as the author is a byline; the eBay description is stored in place of its
 * desc_ifr frame (as a saved copy that flattens frames keeps it), and the seller's own shop banner and sign-off inside it are
 * furniture; store descriptions without headings (Chrome Web Store plain text, Add-ons text with <br> and bold lines) have
 * no headings, their capitalised or bold lines being body, and the store's own section labels around them (Overview, About
 * this extension) are furniture; on WordPress.org the readme's sections (Description, Installation, FAQ, Changelog) are the
 * article, FAQ questions (h3 in dt) and changelog version h4s are headings, and reviews and the contributors section are
 * furniture; on Best Buy the product overview and the Q&A thread are the text, each question (an h4 link) and answer body,
 * "Asked by" and "Answered by" lines and their ages bylines; Thingiverse print-setting rows are in neither list, their notes
 * body; table data cells are body; the Steam guide's section titles (divs) are headings and its "Guide Index", which repeats
 * them, is left out apart from its label; input placeholders are not in plain text and are not listed.
 */
export const HELDOUT188_PAGES: readonly TestPage[] = [...HELDOUT188_A, ...HELDOUT188_B, ...HELDOUT188_C, ...HELDOUT188_D, ...HELDOUT188_E, ...HELDOUT188_F];
