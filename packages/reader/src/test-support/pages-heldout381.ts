import type { TestPage } from './page-kit.js';
import { HELDOUT381_A } from './pages-heldout381-a.js';
import { HELDOUT381_B } from './pages-heldout381-b.js';
import { HELDOUT381_C } from './pages-heldout381-c.js';
import { HELDOUT381_D } from './pages-heldout381-d.js';
import { HELDOUT381_E } from './pages-heldout381-e.js';
import { HELDOUT381_F } from './pages-heldout381-f.js';

/**
 * Held-out batch 381, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Craigslist-style for-sale post,
 * a Gumtree-style ad, a Facebook Marketplace-style listing saved from the browser, a Vinted-style item page, a Depop-style
 * listing, an AutoTrader-style used car advert, a Rightmove-style flat to rent, a Freecycle-style group post, a Discogs-style
 * release page with its marketplace box, a Reverb-style gear listing, a village community noticeboard built with Elementor,
 * and a phpBB buy-and-sell forum thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the listing's own title as its h1 shows it, without the price and
 * area Craigslist adds to the h1 (those are furniture), and the street address on the property page; the seller's or
 * poster's description is the body, and the platform's heading right over it ("Description", "Details", "Key features",
 * "Property description", "About This Listing") is a heading, as are the seller's own sub-headings; the listing's
 * attribute rows and spec tables (condition, size, mileage, letting details, release info, product specs) are furniture
 * where their labels and values stand alone, and values that also occur in the description or title are in neither list;
 * the seller's name or username, the agent or shop that markets the item and the listed / posted / added / updated lines
 * are bylines, seller ratings, counts, badges and locations furniture; hashtags written into a Depop description are body;
 * on the Discogs page the track titles, credit lines and notes are body (track positions, durations and release info in
 * neither list), reviews furniture, and the page has no byline; on the noticeboard each notice's heading is a heading and
 * the "Last updated ... by the Parish Clerk" line a byline; on the forum thread and the Freecycle post the posts are the
 * body, text quoted inside a reply is body and its "... wrote:" line furniture, post subjects, profile blocks and
 * signatures furniture; a member's name that the profile block and the author line both show is listed once.
 */
export const HELDOUT381_PAGES: readonly TestPage[] = [...HELDOUT381_A, ...HELDOUT381_B, ...HELDOUT381_C, ...HELDOUT381_D, ...HELDOUT381_E, ...HELDOUT381_F];
