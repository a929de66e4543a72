import type { TestPage } from './page-kit.js';
import { HELDOUT587_A } from './pages-heldout587-a.js';
import { HELDOUT587_B } from './pages-heldout587-b.js';
import { HELDOUT587_C } from './pages-heldout587-c.js';
import { HELDOUT587_D } from './pages-heldout587-d.js';
import { HELDOUT587_E } from './pages-heldout587-e.js';
import { HELDOUT587_F } from './pages-heldout587-f.js';

/**
 * Held-out batch 587, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cobbler's repair price list on
 * WordPress (Hello Elementor with Elementor Pro price-list widgets and a Complianz cookie banner), a resoling explainer on a
 * Squarespace 7.1 blog with an image caption, prev / next links and a newsletter block, a key cutting and engraving page on Wix
 * with the free-plan ad banner, a leather sole care article on a Shopify store blog (Dawn) with share button and comment form,
 * a heel tip post on Ghost (Casper) with a bookmark card, members box and read-more cards, a local news story about a cobbler
 * retiring on WordPress (Newspack) with dek, caption, an inline related-posts block, author bio and comments, a forum thread
 * about resoling boots on Discourse (crawler view) with likes and a related-topics table, a wiki article on the Blake stitch on
 * MediaWiki (Vector 2022) with table of contents, edit links and categories, a car key and fob service page on Webflow with
 * an FAQ accordion and a CTA section, a family key cutter's price page in an old table layout with a marquee and a hit
 * counter, a post on why copied keys stick on Hugo (PaperMod) with table of contents, tags and post navigation, and a
 * restricted key systems explainer on a HubSpot CMS blog with cookie banner, tags, related posts and a subscribe form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an item of a price list (name, price and note in separate elements) is one body
 * entry, its parts joined with a space, and a price table's data row is one body entry, its cells joined with a space (header
 * cells in no list); a table's footnote under it ("* ordered in") is body; a page title shown as bold large text in an old
 * table layout (no h1) is the title; a dek under the h1 is body; FAQ questions in an accordion are headings (h3) and their
 * collapsed answers are body; a bookmark / link-preview card inside a post body is furniture; numbered section headings
 * keep their numbers; in a forum thread every post's paragraphs are body, user names and post times bylines, like counts
 * furniture, and the related-topics table (titles, categories, reply and view counts, activity) furniture; a wiki page's
 * "last edited" line is a byline, its table of contents entries repeat the headings and are left out, its "From ..."
 * tagline, edit links, page tabs and categories are furniture; reading times ("2 min read", "2 min") are furniture; comment
 * authors and comment dates under a news story are bylines, comment texts furniture; screen-reader-only texts that label
 * controls or regions (skip links, "Log in", "Cart", "top of page") are furniture, while texts in elements hidden with
 * `hidden` or a `hidden` class are in no list; image alt texts are in no list; a site name shown as a logo text is furniture.
 */
export const HELDOUT587_PAGES: readonly TestPage[] = [...HELDOUT587_A, ...HELDOUT587_B, ...HELDOUT587_C, ...HELDOUT587_D, ...HELDOUT587_E, ...HELDOUT587_F];
