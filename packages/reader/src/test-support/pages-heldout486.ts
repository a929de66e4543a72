import type { TestPage } from './page-kit.js';
import { HELDOUT486_A } from './pages-heldout486-a.js';
import { HELDOUT486_B } from './pages-heldout486-b.js';
import { HELDOUT486_C } from './pages-heldout486-c.js';
import { HELDOUT486_D } from './pages-heldout486-d.js';
import { HELDOUT486_E } from './pages-heldout486-e.js';
import { HELDOUT486_F } from './pages-heldout486-f.js';

/**
 * Held-out batch 486, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a resort snow report on WordPress
 * with Elementor and a Complianz cookie banner, a lift and trail status page on Next.js with lift rows of spans, a kids' ski
 * school page on Squarespace 7.1 (fluid engine blocks), a resort news post on Drupal 10 with a related-news sidebar, an
 * avalanche bulletin on an old HTML 4 table layout with danger and problem tables, a backcountry conditions thread on
 * Discourse, a ski patroller's blog post on Ghost (Casper), a ski area article on MediaWiki (Vector 2022) with an infobox and
 * references, a short grooming report on Webflow, a ski club race results post on Wix Blog, a spring skiing guide on HubSpot
 * CMS with a CTA and cookie notice, and a mountain weather discussion on Hugo (PaperMod) with a table of contents.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 (Ghost excerpt, Next.js dek, Hugo description) is body;
 * a snow report's stat tiles are body, one entry a tile as "label value"; a table data row and a lift row of spans are one
 * body entry, cells joined with spaces, and table header cells are in neither list; a warning notice inside the article (the
 * wind hold) is body, while a site-wide alert bar above the header is furniture; per-area "N of M open" counts are furniture;
 * a signature line closing a report ("See you on the hill, Marta (Snow Reporter)") is a byline; a blockquote's attribution line
 * is body; the avalanche bulletin's issued / valid-until / forecaster lines are bylines and its general disclaimer under the
 * article furniture; its bold travel advice is body; a forum thread's posts are body and its user names and post dates bylines,
 * the topic map (created, last reply, counts) furniture; a wiki infobox's labels and values are furniture (a value also in
 * the body left out), its reference list is body under the "References" heading, and footnote markers stay in the body text as
 * shown; "last edited" lines are bylines; reading-time labels are furniture unless they share one meta line with the date and
 * author (Hugo), where the whole line is one byline; a CTA button in the post body is furniture; the Wix logo text equal (but for
 * case) to the author byline is kept only as the byline; tab, tag and menu texts equal to a word of the body or part of the title
 * (Snow Report, Parking, Kids, Lessons, Passes, The Mountain, North Face, glacier, Spring, Grooming, Stations, Lifts) are left
 * out of furniture; bare numbers that also occur in the body (like counts) are in no list.
 */
export const HELDOUT486_PAGES: readonly TestPage[] = [...HELDOUT486_A, ...HELDOUT486_B, ...HELDOUT486_C, ...HELDOUT486_D, ...HELDOUT486_E, ...HELDOUT486_F];
