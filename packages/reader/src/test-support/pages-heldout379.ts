import type { TestPage } from './page-kit.js';
import { HELDOUT379_A } from './pages-heldout379-a.js';
import { HELDOUT379_B } from './pages-heldout379-b.js';
import { HELDOUT379_C } from './pages-heldout379-c.js';
import { HELDOUT379_D } from './pages-heldout379-d.js';
import { HELDOUT379_E } from './pages-heldout379-e.js';
import { HELDOUT379_F } from './pages-heldout379-f.js';

/**
 * Held-out batch 379, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a football club's match preview on
 * Drupal 10, a player profile on a Next.js club site, a rugby league club's ticket information page built with Elementor, an
 * injury update on Adobe Experience Manager core components, a basketball game recap on WordPress with the tagDiv Newspaper
 * theme and reader comments, an academy news story on Squarespace 7.1, a short club statement on Wix, a stadium guide on
 * Webflow, a fixtures listing on a Nuxt 2 site, a women's team signing announcement on Joomla 4 (Cassiopeia), a club
 * foundation's community story on a HubSpot CMS blog, and a membership page sold as a product on Shopify (Dawn).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: quotes set as blockquotes inside the article are body, their attribution lines
 * (cite, figcaption source) furniture; a statement's sign-off line ("Penmarrow Athletic Football Club") is body; on the
 * fixtures listing each fixture row's text (date, opponent, venue, competition, time) is a body item and the month group
 * titles are headings, the filter, tabs, ticket / broadcast buttons and the "Next match" card furniture; on the player
 * profile the biography, its section headings and honours list are the article, the name h1 is the title, and the hero
 * position / squad-number line, the stats strip and the career table's cells are in neither list except the strip labels
 * (furniture); the career table's cells, the game recap's box score and the stadium guide's quick-facts tab are data outside
 * the gold except where listed as furniture; on the membership product page the product description (with its h3 sections)
 * is the article and price, variant picker, buy buttons and the collapsible "Delivery" tab are furniture; an author box's
 * "Written by" line is a byline and its bio furniture; "Updated for the 2025/26 season" under a guide's h1 is a byline;
 * reader comments on the recap are furniture and their commenter names and times bylines.
 */
export const HELDOUT379_PAGES: readonly TestPage[] = [...HELDOUT379_A, ...HELDOUT379_B, ...HELDOUT379_C, ...HELDOUT379_D, ...HELDOUT379_E, ...HELDOUT379_F];
