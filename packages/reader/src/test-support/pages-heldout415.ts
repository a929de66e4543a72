import type { TestPage } from './page-kit.js';
import { HELDOUT415_A } from './pages-heldout415-a.js';
import { HELDOUT415_B } from './pages-heldout415-b.js';
import { HELDOUT415_C } from './pages-heldout415-c.js';
import { HELDOUT415_D } from './pages-heldout415-d.js';
import { HELDOUT415_E } from './pages-heldout415-e.js';
import { HELDOUT415_F } from './pages-heldout415-f.js';

/**
 * Held-out batch 415, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a summer camp's programme page built
 * with Elementor on a WordPress Astra theme, a parks and recreation department's summer activity guide on CivicRec (Rec1 catalog
 * listing), a day camp FAQ on HubSpot CMS with an accordion, a scout troop's "About" page on the new Google Sites, a YMCA branch's
 * swim lessons page on the Open Y Drupal distribution, a youth soccer league's registration news post on SportsEngine, a community
 * centre's class listing on Wix (repeater), a camp's "What to bring" page on Squarespace 7.1, a nature camp's blog post on Ghost
 * (Casper), a city's outdoor pool schedule on CivicPlus CivicEngage, an after-school club's policies page on Weebly, and a district
 * council's holiday activity programme news article on LocalGov Drupal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the listing pages (CivicRec, Wix) each activity's or class's name, description and
 * schedule / fee line are body (the Wix class names are h3 and so headings; the CivicRec item names are not headings and so body),
 * while availability badges ("4 spots left", "Waitlist"), "Add to Cart" / "Book Now" buttons and group counts are furniture; on the
 * FAQ page the questions are headings and the answers body; table data cells are body and table header cells in neither list;
 * a testimonial or pull quote set inside the page's own content (Elementor testimonial, SportsEngine blockquote, the council's
 * quote) is body, its attribution line furniture; a hero kicker or standfirst that repeats or summarises the article (Elementor
 * kicker, Squarespace subtitle, Google Sites banner line, Open Y banner description) is furniture, but the Ghost excerpt and the
 * LocalGov news summary, which a reader would call the article's standfirst, are in neither list; a Weebly page has no h1, so its
 * title is the first wsite-content-title h2, and each paragraph of a div.paragraph split by blank br lines is its own body item;
 * the Ghost reading time and the LocalGov "Published:" label are bylines; the current page's menu item and breadcrumb item, which
 * repeat the title, are in neither list.
 */
export const HELDOUT415_PAGES: readonly TestPage[] = [...HELDOUT415_A, ...HELDOUT415_B, ...HELDOUT415_C, ...HELDOUT415_D, ...HELDOUT415_E, ...HELDOUT415_F];
