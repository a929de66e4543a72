import type { TestPage } from './page-kit.js';
import { HELDOUT286_A } from './pages-heldout286-a.js';
import { HELDOUT286_B } from './pages-heldout286-b.js';
import { HELDOUT286_C } from './pages-heldout286-c.js';
import { HELDOUT286_D } from './pages-heldout286-d.js';
import { HELDOUT286_E } from './pages-heldout286-e.js';
import { HELDOUT286_F } from './pages-heldout286-f.js';

/**
 * Held-out batch 286, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: a Guardian-style (DCR) football match report with
 * a line-ups box and a match stats table, a tennis federation's news story on Drupal 10, an ESPNcricinfo-style cricket scorecard page
 * (Next.js) with its short report, an ESPN-style basketball game recap with a box score, a rugby club's player profile on WordPress
 * with SportsPress and a career table, a regional paper's league table page with a season preview on Arc XP, a fantasy-football
 * advice column on Substack with comments, a cycling stage report on the tagDiv Newspaper theme, a golf leaderboard story on Ghost
 * (Casper), a college athletics news post on SIDEARM Sports (Nuxt), a running club's race results post built with Elementor, and a
 * transfer-rumours roundup thread on a phpBB fan forum.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: data tables and data boxes (match stats, line-ups with the referee line, scorecards, box
 * scores, standings, career statistics, leaderboards, race results, the SportsPress player details list) are in neither list, nor
 * are their captions and box headings ("Line-ups", "Match stats", "Final table, last season", "Career Statistics"); a scorecard's
 * match details (toss, umpires), result line and fall of wickets are furniture; a standfirst, dek or subtitle under the h1 is body;
 * an agency dateline that opens the first paragraph ("HARBOR CITY --", "ALDRIDGE, Ohio –") stays in the body, while a dateline shown
 * apart from the text (the scorecard's "Millbrook Park, February 08, 2026") is a byline; a reading time is a byline; list items of
 * results and standings written in the text are body; a player profile's h1 is the player's name and the biography and honours
 * are the body; a hashtag sign-off after the story (SIDEARM's "#OwlsUp") is furniture; on the forum page the posts are the body,
 * bold section labels inside the roundup post are body (not headings), the per-post "Re:" subjects, ranks, post counts and
 * signatures are furniture and usernames with post dates are bylines; comments on articles (Guardian, Substack) are furniture.
 */
export const HELDOUT286_PAGES: readonly TestPage[] = [...HELDOUT286_A, ...HELDOUT286_B, ...HELDOUT286_C, ...HELDOUT286_D, ...HELDOUT286_E, ...HELDOUT286_F];
