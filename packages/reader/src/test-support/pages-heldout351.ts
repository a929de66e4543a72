import type { TestPage } from './page-kit.js';
import { HELDOUT351_A } from './pages-heldout351-a.js';
import { HELDOUT351_B } from './pages-heldout351-b.js';
import { HELDOUT351_C } from './pages-heldout351-c.js';
import { HELDOUT351_D } from './pages-heldout351-d.js';
import { HELDOUT351_E } from './pages-heldout351-e.js';
import { HELDOUT351_F } from './pages-heldout351-f.js';

/**
 * Held-out batch 351, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Pitchero club site news post
 * on the Reserves' promotion, an FA Full-Time style league table page with fixtures and results, a county FA news story on
 * a walking football festival, a cricket club's match report on a WordPress Astra site with a bowling table and comments,
 * a running club's race results post on Squarespace 7.1 with a results table, a coaching drills page on MkDocs Material,
 * a referee's blog post on Blogger's Contempo theme, a junior club's safeguarding policy page built with Elementor, a
 * rugby club's news post on a Wix site's blog, a netball league's rules page on new Google Sites, a cycling club's ride
 * report as a Strava-style activity page built with React, and a grassroots sports forum thread on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a data table that is the page's content (league table, fixtures, results, race
 * results, a match report's bowling figures, a drills page's sizes table) has each data row as one body text, its cells
 * joined by spaces in order, and its header row in neither list; the league page's intro and table notes are body and its
 * "Last updated" line a byline; a table's caption under a WordPress table block is furniture; the Elementor page's
 * accordion titles are headings (they are the policy's section titles, written as links in the accordion) and their
 * panels body, while its "Adopted by the committee" line is a byline and its contacts box furniture; the Strava activity's
 * description is the body, its athlete, start time and location bylines, its stats, segments, kudos and comments furniture;
 * on the phpBB thread every post is body, the usernames and post times bylines, ranks, post counts, signatures and the
 * repeated "Re:" subject furniture; Google Sites' "Page updated" label and date are bylines; Wix's "time ago" date and
 * reading time are bylines; comments on articles (WordPress, Blogger, Strava) are furniture, their authors and times bylines.
 */
export const HELDOUT351_PAGES: readonly TestPage[] = [...HELDOUT351_A, ...HELDOUT351_B, ...HELDOUT351_C, ...HELDOUT351_D, ...HELDOUT351_E, ...HELDOUT351_F];
