import type { TestPage } from './page-kit.js';
import { HELDOUT604_A } from './pages-heldout604-a.js';
import { HELDOUT604_B } from './pages-heldout604-b.js';
import { HELDOUT604_C } from './pages-heldout604-c.js';
import { HELDOUT604_D } from './pages-heldout604-d.js';
import { HELDOUT604_E } from './pages-heldout604-e.js';
import { HELDOUT604_F } from './pages-heldout604-f.js';

/**
 * Held-out batch 604, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a winery's vintage tasting notes
 * post on WordPress (Astra) with comments and a sidebar, a cellar door visit page on Squarespace 7.1 with a cookie banner and
 * a hidden age gate, a wine club subscription page on Shopify (Dawn) with tier columns and a newsletter box, a harvest news
 * post on Wix Blog with a caption, tags, stats and recent posts, a wine merchant's en primeur offer on Magento 2 (Luma) with a
 * price table, a vineyard article on a MediaWiki wine wiki (Vector 2022) with an infobox, contents and references, a
 * Discourse thread (crawler view) on when to open a cellared Shiraz, a winemaker's journal post on Ghost (Casper) with a
 * caption and read-more cards, an "Our Vineyards" page built in Webflow, a wine importer's blog post on HubSpot CMS with a
 * CTA and a subscribe form, a wine magazine's release review on Next.js (Tailwind) with an in-article newsletter box and a
 * trending rail, and a family wine merchant's newsletter in an old table layout with a price table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or excerpt under the h1 is body; tasting notes' cellar estimates, a wine
 * club tier's price line and perks, a vineyard block's facts line (hectares, grapes) and a wine list's items are body, and
 * the tier and block names are headings; table data cells are body, one entry a cell, and header cells (also a first row of
 * bold `<td>` in the old table layout) are in neither list; the Webflow "Block 01" eyebrows, in-article buttons and CTAs
 * (Join the Wine Club, Book a Verandah Flight, Join Discovery..., Download the order form, Request our 2025 trade list) and
 * an in-article newsletter box are furniture; comment author names and comment dates are bylines, comment texts, counts and
 * reply links furniture; on the Discourse thread every post is body and its user name and date are bylines, likes, tags,
 * category and related topics (with their table headers and counts) furniture; reading-time labels ("2 min read",
 * "• 3 min read") are furniture; a wiki infobox is furniture, its citation marks ([1], "^") in no list and its reference
 * list under the References heading body (the wiki's "last edited" line is a byline); a newsletter's closing greeting with
 * the shop owners' names is body, its issue date a byline; screen-reader-only text (Search for:, Log in, Cart, Post
 * navigation) is furniture, while `display:none` and `hidden` elements, `<noscript>` text and form controls' values and
 * placeholders are in no list; texts also in the title or body are left out of furniture case-insensitively (Wines, Shop,
 * Email, harvest, riesling, shiraz, Planted, Tastings, En Primeur, Cellar Door).
 */
export const HELDOUT604_PAGES: readonly TestPage[] = [...HELDOUT604_A, ...HELDOUT604_B, ...HELDOUT604_C, ...HELDOUT604_D, ...HELDOUT604_E, ...HELDOUT604_F];
