import type { TestPage } from './page-kit.js';
import { HELDOUT408_A } from './pages-heldout408-a.js';
import { HELDOUT408_B } from './pages-heldout408-b.js';
import { HELDOUT408_C } from './pages-heldout408-c.js';
import { HELDOUT408_D } from './pages-heldout408-d.js';
import { HELDOUT408_E } from './pages-heldout408-e.js';
import { HELDOUT408_F } from './pages-heldout408-f.js';

/**
 * Held-out batch 408, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a literary prize's shortlist on
 * WordPress built with Elementor, a university news story about a student award on Drupal 10, a journalism prize's citation
 * page with little main text on a Wagtail site, a science academy's prize press release on PR Newswire, an industry awards
 * winners list (a table listing) on HubSpot CMS, a film festival's awards page built with Next.js, a science prize's
 * laureate page on Squarespace 7.1, a regional newspaper's honours list story on Arc XP, an architecture award's project
 * page on Webflow, a journalism award's judges' comments on Ghost, an award's nomination guidelines on GOV.UK, and a
 * company's "we won" post in a Medium publication.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body, one entry each, and table header cells are in neither
 * list; a PR Newswire dateline written inside the first paragraph ("CITY, Date /PRNewswire/ --") is a byline and the rest of
 * that paragraph is body, while the "News provided by" line and the issuing organisation under it are bylines and the
 * "SOURCE" and contact lines are furniture; on the citation page the winner's name (h2) and "Winning work" (h3) are headings
 * and the citation, the account of the work and the list of winning stories are body, while the finalists and jury in the
 * aside are furniture; on the Webflow project page the project facts ("Architect: Oakapple Studio"...) are body, one entry a
 * fact, and the jury quote is body; on the Squarespace laureate page the pull quote and the list are body; on GOV.UK the
 * lead paragraph under the h1 (a page summary) and "From: Cabinet Office" are furniture, "Published" / "Last updated" and
 * their dates are bylines; subtitles and standfirsts (Arc XP's subheadline, Ghost's excerpt) are furniture, Medium's
 * subtitle h2 is furniture too; an author bio under an article and "Read more:" inline promos are furniture; blockquoted
 * quotes inside the article are body; the awards-list items on the festival page and the commendations on the Ghost page
 * are body; pages with no byline or date on them (citation, laureate and project pages) have an empty bylines list.
 */
export const HELDOUT408_PAGES: readonly TestPage[] = [...HELDOUT408_A, ...HELDOUT408_B, ...HELDOUT408_C, ...HELDOUT408_D, ...HELDOUT408_E, ...HELDOUT408_F];
