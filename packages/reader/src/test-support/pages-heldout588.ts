import type { TestPage } from './page-kit.js';
import { HELDOUT588_A } from './pages-heldout588-a.js';
import { HELDOUT588_A2 } from './pages-heldout588-a2.js';
import { HELDOUT588_B } from './pages-heldout588-b.js';
import { HELDOUT588_C } from './pages-heldout588-c.js';
import { HELDOUT588_D } from './pages-heldout588-d.js';
import { HELDOUT588_E } from './pages-heldout588-e.js';
import { HELDOUT588_F } from './pages-heldout588-f.js';

/**
 * Held-out batch 588, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a butcher's Christmas order page on
 * Shopify (Dawn) with a collection-times table and a featured collection, a butcher's beef cut guide on WordPress (GeneratePress)
 * with a sidebar and comments, a butcher's lamb sourcing story as a Squarespace 7.1 blog post, a fishmonger's "what's in season"
 * page built with Wix, a fishmonger's "our boats" sourcing page on Webflow, a butchers' guild guide to dry-ageing on Drupal 10
 * (Olivero) with a table, a fishmonger's weekly newsletter post on Ghost (Casper), a short pork cut guide on Hugo (Ananke) with a
 * definition list, a home-butchery forum thread on Discourse (crawler view), a pin-boning article on a MediaWiki (Vector 2022)
 * with an infobox, a family fishmonger's Christmas price list on an old FrontPage table layout, and a seafood wholesaler's buying
 * guide for chefs on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: each table data row is one body entry, its cells joined with a space (an empty
 * quantity cell left out); a table's header row (th cells, or a first row of bold labels in td cells) is in neither list, except
 * in tables outside the article (Discourse's related topics), whose every text is furniture; a wiki infobox is furniture
 * (its title repeating the page title left out); a definition list's terms and definitions are body entries, one each; a
 * standfirst or excerpt under the h1 is body; a quote block's source line ("— Agnes Tulley") is body; dates in the article text
 * (order deadlines, collection days) are body, not bylines; a newsletter's closing signature is a byline, while a price
 * list's closing greeting signed by the family is body; comments under a blog post are furniture, their authors and dates
 * included; forum post user names and post times are bylines; "N min read", like counts and tag links are furniture; a
 * fill-in order line ("Name: ____ Tel: ____") is furniture and form controls' values and placeholders are in no list; text in
 * visually-hidden spans (screen-reader labels such as "Log in", "Cart", "Regular price", "Search for:") is in no list, but skip
 * links are furniture; closed drawers and dropdowns hidden only by the stylesheet (Shopify's empty cart drawer, Vector's main
 * menu) are furniture, while an element with aria-hidden="true" is in no list; a MediaWiki "last edited" line is a byline and
 * the wiki's page tabs, contents box and "[edit]" links are furniture; product cards (names and prices) under a shop page are
 * furniture; a header image's alt text is in no list; furniture or byline texts that are also a run of whole words in the
 * title, a heading or a body entry are left out by the batch's `page()` helper.
 */
export const HELDOUT588_PAGES: readonly TestPage[] = [
  ...HELDOUT588_A,
  ...HELDOUT588_A2,
  ...HELDOUT588_B,
  ...HELDOUT588_C,
  ...HELDOUT588_D,
  ...HELDOUT588_E,
  ...HELDOUT588_F,
];
