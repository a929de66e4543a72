import type { TestPage } from './page-kit.js';
import { HELDOUT581_A } from './pages-heldout581-a.js';
import { HELDOUT581_A2 } from './pages-heldout581-a2.js';
import { HELDOUT581_B } from './pages-heldout581-b.js';
import { HELDOUT581_B2 } from './pages-heldout581-b2.js';
import { HELDOUT581_C } from './pages-heldout581-c.js';
import { HELDOUT581_D } from './pages-heldout581-d.js';
import { HELDOUT581_E } from './pages-heldout581-e.js';
import { HELDOUT581_F } from './pages-heldout581-f.js';

/**
 * Held-out batch 581, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a minicab firm's fares page with two
 * fare tables on WordPress (Astra) with a CookieYes banner, an airport transfer firm's step-by-step booking guide built with Wix,
 * a taxi firm's driver recruitment page on Squarespace 7.1 with an interest form and an accordion, a chauffeur firm's journal
 * article on Shopify (Dawn) with share button and comment form, an airport-to-resort route landing page on Webflow with a quote
 * form, feature cards and testimonials, a borough council's hackney carriage fares page on LocalGov Drupal (a guide page with
 * contents and previous / next links), a Discourse thread (crawler view) on an expat forum about late-night airport taxis, a taxi
 * co-operative's news post on Ghost (Casper) with read-more cards, a transfer booking platform's help-centre article on Next.js
 * with a refund table and a feedback widget, a minicab operator's driver recruitment blog post on HubSpot CMS with comments, a
 * village minicab office's price list on an old FrontPage table layout, and a town wiki's article on its taxis on MediaWiki
 * (Vector 2022) with a table of ranks.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data rows are body, one entry a row, its cells' texts joined with a space, and
 * table header cells are in neither list; a dek, standfirst or excerpt under the h1 is body; a help article's "Tip:" callout is
 * body; on a landing page the feature cards' titles are headings and their texts body, while testimonials, the "Get an instant
 * price" quote box and call-to-action strips after the article are furniture; accordion questions are headings and their
 * (collapsed, not `hidden`) answers body; form titles, labels, legends and radio labels are furniture, option texts and input or
 * submit values in no list; text hidden only by the platform's own stylesheet (Webflow's form success / failure messages,
 * Squarespace's hidden submission text, Shopify's hidden share buttons, MediaWiki's print footer and TOC numbers) is in no list,
 * like `hidden` and aria-hidden text, while visually-hidden screen-reader texts (skip links, "Log in", "Cart", search labels) are
 * furniture and a duplicated mobile menu adds no new texts; "Updated 3 weeks ago", "Page last updated: ..." and MediaWiki's "last
 * edited" line are bylines; dates on read-more cards and related topics are bylines, reading times and reply / view / like counts
 * furniture; under a blog post, commenters' names and comment dates are bylines and comment texts and "Reply to ..." links
 * furniture; on the forum thread every post is body, user names and post dates bylines, the category and tags furniture; the old
 * table layout's bold `<font>` title is the title; LocalGov's guide name above the h1 and the guide contents are furniture (the
 * current page's entry repeats the title); MediaWiki's "edit" section links and "Edit" tab count as one text, its sidebar contents
 * entries repeat the headings and are left out, its categories are furniture; announcement bars, site alerts and phone-number
 * buttons are furniture; menu, form and footer texts equal to a word of the title, a heading or the body (Home, Yes, No, Name,
 * Prices, Fares, From, To, Passengers, Licensing, Co-op, Drivers, airport, taxis, Get a Quote) are left out of furniture.
 */
export const HELDOUT581_PAGES: readonly TestPage[] = [
  ...HELDOUT581_A,
  ...HELDOUT581_A2,
  ...HELDOUT581_B,
  ...HELDOUT581_B2,
  ...HELDOUT581_C,
  ...HELDOUT581_D,
  ...HELDOUT581_E,
  ...HELDOUT581_F,
];
