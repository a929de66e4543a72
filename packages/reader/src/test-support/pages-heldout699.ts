import type { TestPage } from './page-kit.js';
import { HELDOUT699_A } from './pages-heldout699-a.js';
import { HELDOUT699_B } from './pages-heldout699-b.js';
import { HELDOUT699_C } from './pages-heldout699-c.js';
import { HELDOUT699_D } from './pages-heldout699-d.js';
import { HELDOUT699_E } from './pages-heldout699-e.js';
import { HELDOUT699_F } from './pages-heldout699-f.js';

/**
 * Held-out batch 699, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a county association's beginner
 * course page on Squarespace 7.1, a swarm advice page of a beekeepers' association on Drupal 10 (Olivero), a heather honey
 * product page on Shopify (Dawn), a honey farm's blog post with comments on WordPress (Astra), a swarm collection page built
 * with Wix, a queenless-hive thread on Discourse, a varroa treatment article on a MediaWiki wiki (Vector 2022) with an
 * infobox and a table, a honey farm's newsletter post on Ghost (Casper), an Asian hornet notice of an association on Hugo
 * (PaperMod), an apiary tour page on Webflow, a club's seasonal calendar in an old hand-written table layout, and a trade
 * news article on a beekeeping magazine's Next.js site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Ghost excerpt, Webflow hero paragraph, Next.js
 * standfirst) is body, an eyebrow or section label above it (Webflow "Apiary Tours", Next.js "Business", Ghost primary tag)
 * furniture; table data rows are body, one entry a row with its cells joined by a space, table header cells in neither list;
 * a product page's description, fact list and its collapsed "Storage and care" accordion (heading and text) are article,
 * its vendor line, price, tax line, quantity and cart buttons furniture; a warning callout inside the body is body, a
 * button-styled link inside or under the body ("Find a swarm collector", "Book a place", "Send us a photo", "Order Lime Blossom
 * Honey") furniture; a bold contact line inside the Wix text column is body; a wiki infobox (labels and values), the table
 * of contents, edit links, reference list and footnote markers' list are furniture, while a footnote marker inside a paragraph
 * stays in that body entry as shown ("[1]"); a wiki's "last edited" footer line, a table page's "Page last updated" line and
 * comment or forum-post author names and dates are bylines (comment texts under a blog post furniture, forum posts body),
 * Hugo's one-line date · reading time · author meta is one byline; visually-hidden screen-reader texts (skip links, "Log in",
 * "Cart", "Search" labels, quantity button labels) are furniture, while texts in `hidden` or aria-hidden elements, Shopify's
 * `hidden`-class share button, Dawn's quick-add duplicate product title and Webflow's `w-dyn-empty` "No items found." are in
 * no list; collapsed FAQ answers and accordions count as shown; text that the gold rules leave out because it also occurs in
 * the title, a heading or a body entry is removed with whole-word matching (so a menu "Home" or "Contact" goes when the body
 * uses the word); the old page's banner image alt text and hit counter are in no list, its sidebar and counter label furniture.
 */
export const HELDOUT699_PAGES: readonly TestPage[] = [...HELDOUT699_A, ...HELDOUT699_B, ...HELDOUT699_C, ...HELDOUT699_D, ...HELDOUT699_E, ...HELDOUT699_F];
