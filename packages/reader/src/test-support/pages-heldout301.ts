import type { TestPage } from './page-kit.js';
import { HELDOUT301_A } from './pages-heldout301-a.js';
import { HELDOUT301_B } from './pages-heldout301-b.js';
import { HELDOUT301_C } from './pages-heldout301-c.js';
import { HELDOUT301_D } from './pages-heldout301-d.js';
import { HELDOUT301_E } from './pages-heldout301-e.js';
import { HELDOUT301_F } from './pages-heldout301-f.js';

/**
 * Held-out batch 301, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Zillow-style neighbourhood guide
 * on a Next.js site, an estate agent's monthly market report built with Elementor, a This Old House-style window-sill how-to
 * with a tools and materials list on a Dotdash Meredith-style template, an insurer's home claims guide on Adobe Experience
 * Manager, a landlords' association news story on tagDiv's Newspaper theme with wpDiscuz comments, a mortgage broker's blog
 * post on HubSpot CMS, a homeowners' association newsletter on Squarespace, a kitchen remodel cost guide with a price table on
 * Webflow, a farmhouse listing on a Rightmove-style React portal whose long description is the text, a council planning
 * application on Idox Public Access, an energy-efficiency retrofit guide on Wagtail, and a tenants' rights charity guide on
 * Drupal 10 (Bootstrap Barrio).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the data cells of a table in the article (the market report's asking prices, the
 * cost guide's price table, the retrofit guide's cost table, the planning application's details table) are body, its header
 * cells (and the planning table's row labels) in neither list; a how-to's tools and materials list items are body and their
 * h2/h3 labels headings, while the project overview box (working time, skill level, cost) is furniture; FAQ questions in an
 * accordion are headings and their answers body; the listing's h1 is its address, its "Key features" list and long
 * description are body, while price, key facts bar (property type, bedrooms, size, tenure), council tax, EPC, agent panel and
 * calculator are furniture and "Added on" is a byline; on the planning page the h1 is Idox's generic "Planning – Application
 * Summary" and the proposal and case notes are body, tabs and comment calls furniture; "Last reviewed" / "Last checked" lines
 * and labels are bylines; a Reviewed-by name on the how-to is a byline, its label furniture; comments on articles, stat
 * counters and on-this-page contents lists are furniture; table cells that repeat a body sentence are listed once as body.
 */
export const HELDOUT301_PAGES: readonly TestPage[] = [...HELDOUT301_A, ...HELDOUT301_B, ...HELDOUT301_C, ...HELDOUT301_D, ...HELDOUT301_E, ...HELDOUT301_F];
