import type { TestPage } from './page-kit.js';
import { HELDOUT549_A } from './pages-heldout549-a.js';
import { HELDOUT549_B } from './pages-heldout549-b.js';
import { HELDOUT549_C } from './pages-heldout549-c.js';
import { HELDOUT549_D } from './pages-heldout549-d.js';
import { HELDOUT549_E } from './pages-heldout549-e.js';
import { HELDOUT549_F } from './pages-heldout549-f.js';

/**
 * Held-out batch 549, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a puppy class course page on
 * Squarespace 7.1 (fluid engine), a trainer's "Our Approach" page on WordPress with Astra and Elementor, an agility club's show
 * schedule built with Wix, an agility club's show report with a results table and comments on Drupal 10 (Olivero), a
 * reactive-dog workshop product page on Shopify (Dawn), a trainer's blog post on Ghost (Casper), an agility forum thread in
 * Discourse's crawler view, an agility club wiki page on MediaWiki (Vector 2022), a puppy kindergarten landing page on Webflow,
 * an agility trial schedule with a classes table on Hugo (Ananke), a franchise blog post on HubSpot CMS, and an obedience
 * club's class timetable on an old hand-written table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body, an eyebrow label above it furniture; a
 * table data row is one body entry, its cells joined with spaces, and table header cells are in neither list; a course's
 * details (where, when, price) written in the page's content are body, while a shop's price, tax note, variant choices, buy
 * buttons and store-policy accordion are furniture; on landing pages the feature cards and the FAQ (questions as headings,
 * answers as body, even in dropdowns hidden only by the stylesheet) are the article, while testimonials and call-to-action
 * bands (with their headings and buttons) and standalone download or "Enter a show" links are furniture; a forum thread's
 * posts are body, their user names and post dates bylines, like counts furniture; a wiki's "last edited" line and a page's
 * "Page last updated" line are bylines, the table of contents, edit links and category links furniture; comment authors and
 * dates are bylines and comment texts furniture; a club secretary's contact line inside the article is body; bylines and
 * furniture were cleaned mechanically on every page: duplicates dropped and any text whose words occur as whole words in a row
 * in the title, a heading or a body entry left out.
 */
export const HELDOUT549_PAGES: readonly TestPage[] = [...HELDOUT549_A, ...HELDOUT549_B, ...HELDOUT549_C, ...HELDOUT549_D, ...HELDOUT549_E, ...HELDOUT549_F];
