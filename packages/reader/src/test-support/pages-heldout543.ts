import type { TestPage } from './page-kit.js';
import { HELDOUT543_A } from './pages-heldout543-a.js';
import { HELDOUT543_B } from './pages-heldout543-b.js';
import { HELDOUT543_C } from './pages-heldout543-c.js';
import { HELDOUT543_D } from './pages-heldout543-d.js';
import { HELDOUT543_E } from './pages-heldout543-e.js';
import { HELDOUT543_F } from './pages-heldout543-f.js';

/**
 * Held-out batch 543, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a gelato shop's flavour list on
 * Shopify (Dawn) with its cart drawer, a dessert kitchen's story page on Squarespace 7.1 with image captions, a sweet shop's
 * allergen page on Wix with the free-plan ad banner, an ice cream parlour's menu and prices on WordPress (Astra and
 * Elementor, price-list widgets and a TablePress table), a dessert bar's FAQ on Webflow with accordion dropdowns, an ice
 * cream maker's kitchen-notes post on Ghost (Casper) with read-more cards, a local news article on a parlour reopening on a
 * Next.js news site with ads and a most-read rail, a community forum thread about a closed sweet shop on Discourse (crawler
 * view), a local wiki article on a 1930s milk bar on MediaWiki (legacy Vector, infobox), a sweet shop's "About us" page on an
 * old table layout with a marquee and a price table, a fudge shop's blog post on Hugo (PaperMod) with a table of contents,
 * and an ice cream trike hire page on Drupal 10 (Olivero) with an enquiry webform and a sidebar block.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 is body; a flavour, allergen or
 * ingredient list item is one body entry; an Elementor price-list item is one body entry of its name, price and description
 * joined with spaces; table data rows are body, their cells joined with spaces, and table header cells are in neither list
 * (the header cells of the Discourse related-topics table, outside the article, are furniture); FAQ questions are headings
 * and their answers body, although Webflow folds the answers shut with its stylesheet; a forum thread's title is the title,
 * every post's paragraphs and the text quoted in a reply are body, user names, post dates and the quote header
 * ("marjorie_h:") bylines, like counts, category badge, tags and related topics furniture; a wiki's infobox (labels, values,
 * caption), table of contents, edit links, categories and "From Wenlow Wiki" are furniture, its "See also" items body and
 * its "last edited" line a byline; a Ghost or Hugo callout / closing paragraph inside the post is body, reading-time labels
 * alone are furniture, the Hugo meta line (date · reading time · author) is one byline, and dates on read-more cards are
 * bylines; a signature under a page ("- Sue & Geoff") and an old site's "Last updated" line are bylines; an inline
 * "Read more:" link paragraph inside a news article, "Advertisement" labels, figure captions and picture credits are
 * furniture; button and call-to-action labels inside or beside the article (Shop tubs, Download the allergen folder, Ask
 * us about a sweet) and a webform's field labels and submit value are furniture; screen-reader-only texts (skip links,
 * visually hidden labels and headings) are furniture, while text in elements with `hidden`, `aria-hidden="true"` or inline
 * display:none is in no list; text in drawers, modals and mobile menus that a template hides only through its stylesheet
 * (Shopify's cart drawer, Squarespace's mobile menu) is furniture; the Squarespace cart count "0" and the Wix one are
 * furniture; any furniture or byline text that also occurs in the title, a heading or a body entry (a menu item, a
 * breadcrumb, a tag) is left out, as the kit's `page` helper does.
 */
export const HELDOUT543_PAGES: readonly TestPage[] = [...HELDOUT543_A, ...HELDOUT543_B, ...HELDOUT543_C, ...HELDOUT543_D, ...HELDOUT543_E, ...HELDOUT543_F];
