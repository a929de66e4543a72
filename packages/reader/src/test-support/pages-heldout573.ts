import type { TestPage } from './page-kit.js';
import { HELDOUT573_A } from './pages-heldout573-a.js';
import { HELDOUT573_A2 } from './pages-heldout573-a2.js';
import { HELDOUT573_B } from './pages-heldout573-b.js';
import { HELDOUT573_C } from './pages-heldout573-c.js';
import { HELDOUT573_D } from './pages-heldout573-d.js';
import { HELDOUT573_E } from './pages-heldout573-e.js';
import { HELDOUT573_F } from './pages-heldout573-f.js';

/**
 * Held-out batch 573, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a marina's berthing rates page on
 * WordPress (Astra, Elementor) with two rate tables, a boatyard services page on Squarespace 7.1, a harbour authority's notice to
 * mariners on Drupal 10 (Olivero-based) with a current-notices sidebar, a chandlery's antifouling guide on Shopify (Dawn) with
 * comments, a marina's pontoon works news post on Wix Blog, a sailing forum thread on lift-out prices on Discourse (crawler view),
 * a boatyard's long osmosis repair post on Ghost (Casper), a cruising wiki's harbour entry on MediaWiki (Vector 2022) with a rates
 * table, a marina's short visitor berths page on Webflow with an enquiry form, a harbour trust's buoy notice on an old HTML 4 table
 * layout, a boatyard's lay-up checklist on Hugo (Ananke), and a marina group's blog post on HubSpot CMS with a CTA and cookie banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' plain texts joined by one space (rate
 * tables in the article, the wiki's rates table), and table header cells are in no list; a related-topics table outside the article
 * is furniture cell by cell (its Activity dates bylines); a standfirst or excerpt under the h1 (Ghost) and a notice's bold subject
 * line (table layout) are body; a notice's validity lines (Valid from / Valid until) are body, its "Issued" label and date and the
 * harbour master's signature lines and "Dated:" line are bylines; every date on the page is a byline, including the dates on
 * comments, read-more cards and the old site's "Page last updated" line, and comment authors' names are bylines while comment
 * texts are furniture; reading-time labels ("2 min read", "• 7 min read") are furniture; screen-reader-only text (visually-hidden,
 * show-for-sr) outside the article is furniture, while text in elements with the hidden or aria-hidden attribute is in no list;
 * texts hidden only by the site's stylesheet (Webflow's form success / failure messages, MediaWiki's printfooter "Retrieved from")
 * are furniture; form labels are furniture, input values and placeholders in no list; a CTA or button inside the article body (the
 * HubSpot CTA, the Elementor and Squarespace buttons) is furniture; forum posts are body and their user names and post times
 * bylines, like counts furniture; a feature image caption with its credit is one furniture entry; the wiki's table-of-contents
 * entries repeat the headings and are left out, its "Contents", "hide" and "(Top)" are furniture, and its "last edited" line is a
 * byline; a one-word menu item, tag or breadcrumb that equals a word of the title, a heading or the body (Berthing, Services,
 * Storage, Berths, Contact, About) is left out of furniture; the old layout's visitor counter line is furniture without its image.
 */
export const HELDOUT573_PAGES: readonly TestPage[] = [
  ...HELDOUT573_A,
  ...HELDOUT573_A2,
  ...HELDOUT573_B,
  ...HELDOUT573_C,
  ...HELDOUT573_D,
  ...HELDOUT573_E,
  ...HELDOUT573_F,
];
