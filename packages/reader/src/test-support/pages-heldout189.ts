import type { TestPage } from './page-kit.js';
import { HELDOUT189_A } from './pages-heldout189-a.js';
import { HELDOUT189_B } from './pages-heldout189-b.js';
import { HELDOUT189_C } from './pages-heldout189-c.js';
import { HELDOUT189_D } from './pages-heldout189-d.js';
import { HELDOUT189_E } from './pages-heldout189-e.js';
import { HELDOUT189_F } from './pages-heldout189-f.js';

/**
 * Held-out batch 189, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Formula 1 style official series
 * site's race report, a county cricket match report on an ESPNcricinfo-style scorecard site, a player profile on a
 * Transfermarkt-style football data site, a golf tour's third-round report, a rugby union club's match report on its own
 * site, a district council's news release on LocalGov Drupal, a parish church's weekly newsletter post on WordPress (Astra),
 * a primary school's news item on a school-website platform, a national weather service's storm forecast article in the
 * Met Office style, a running club's race report on WordPress (GeneratePress) with comments, a library service's events
 * post on Blogger (Simple template) and a community radio station's programme page on WordPress with the Radio Station
 * plugin.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or summary line under the headline is body; table data cells
 * are body, row header cells (like column headers) are in neither list; pull quotes that appear only once are body; a
 * player profile's data header items and "Player data" info table (label and value spans) are furniture and neither list
 * respectively, its career text and transfer table are the article; a match report's scorers and line-ups are body, its
 * match centre score header and player-of-the-match box furniture; a council release's notes to editors are body and its
 * media enquiries box furniture; a closing "Keep up to date with the latest forecast" promo paragraph inside the article
 * is furniture; the "Posted by" line, blog date header and post time on Blogger are bylines; a programme page's presenter
 * line is a byline and its time slot and genres furniture; a furniture text equal to a gold text (a team or runner name in
 * a table cell) is left out of the furniture list, and repeated furniture texts are listed once.
 */
export const HELDOUT189_PAGES: readonly TestPage[] = [...HELDOUT189_A, ...HELDOUT189_B, ...HELDOUT189_C, ...HELDOUT189_D, ...HELDOUT189_E, ...HELDOUT189_F];
