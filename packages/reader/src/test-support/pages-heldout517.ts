import type { TestPage } from './page-kit.js';
import { HELDOUT517_A } from './pages-heldout517-a.js';
import { HELDOUT517_B } from './pages-heldout517-b.js';
import { HELDOUT517_B2 } from './pages-heldout517-b2.js';
import { HELDOUT517_C } from './pages-heldout517-c.js';
import { HELDOUT517_D } from './pages-heldout517-d.js';
import { HELDOUT517_E } from './pages-heldout517-e.js';
import { HELDOUT517_F } from './pages-heldout517-f.js';

/**
 * Held-out batch 517, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hand car wash's wash and valet
 * price list built with Wix, an independent garage's MOT booking page on WordPress with Elementor (Hello Elementor, CookieYes),
 * a car maker's seat belt recall notice on Adobe Experience Manager (core components, OneTrust, VIN checker), a garage's long
 * blog post on brake noises on WordPress with Astra (sidebar, post navigation, comments), a tyre retailer's warranty page on
 * Shopify (Dawn), a car wash's blog post on its water reclaim system on Squarespace 7.1, a detailer's short ceramic coating
 * service page on Webflow, a fleet servicing company's DPF blog post on HubSpot CMS, a hybrid specialist's journal post on
 * Ghost (Casper), a national autocentre chain's brake service page on Next.js, an owners' forum thread about a failed MOT on
 * Discourse, and a tyre and exhaust centre's price page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Wix, Ghost, Webflow, Next.js, AEM lead)
 * is body; a price list's package or card names written as headings (Wix h2, Webflow h3) are headings, and each price, note and
 * included item under them is body; table data rows are body, one entry a row with the cells joined by a space, and an article
 * table's header row (th cells, or the old layout's bold coloured first row of td cells) is in neither list; FAQ questions not written as heading
 * elements (the Elementor accordion's div titles, Next.js details / summary) are body entries, each followed by its answer;
 * booking, VIN-check, registration-lookup, comment, search and newsletter forms are furniture (their headings, labels, help
 * text and button labels), their option values and placeholders in no list; call-to-action buttons and links inside the
 * content (Book a Full Valet, Book a free brake check, Get a Quote) are furniture, and so are testimonials, trust scores and
 * Ghost's bookmark card; Ghost's callout card and a blockquote inside a blog post or forum post are body; reading time
 * ("4 min read") is furniture, not a byline; visually hidden (screen-reader) text such as Wix's "top of page" and Astra's
 * comment form labels is furniture, while elements with the hidden attribute (Discourse's sidebar) are in no list; comments
 * under a blog post are furniture whole, with their author names and dates; on the forum thread every post's paragraphs are
 * body, a quote of an earlier post included, and the usernames and short post dates are bylines (the quote's "gareth_w:"
 * header counts as that username); the forum's topic map, tags, category badge and suggested topics table are furniture; the
 * AEM recall's "Published" line and the old layout's "Page last updated" line are bylines; the old layout's title is its large
 * bold font line (no h1) and its h3 section titles are headings; a menu, tag or breadcrumb item whose text is also a word or
 * phrase of the title, a heading or a body entry (Prices, MOT, Repairs, Owners, Models, Brakes, Diesel, Warranty, Email, the
 * forum's reply counts 4, 5 and 6) is left out of furniture.
 */
export const HELDOUT517_PAGES: readonly TestPage[] = [
  ...HELDOUT517_A,
  ...HELDOUT517_B,
  ...HELDOUT517_B2,
  ...HELDOUT517_C,
  ...HELDOUT517_D,
  ...HELDOUT517_E,
  ...HELDOUT517_F,
];
