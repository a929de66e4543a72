import type { TestPage } from './page-kit.js';
import { HELDOUT423_A } from './pages-heldout423-a.js';
import { HELDOUT423_B } from './pages-heldout423-b.js';
import { HELDOUT423_C } from './pages-heldout423-c.js';
import { HELDOUT423_D } from './pages-heldout423-d.js';
import { HELDOUT423_E } from './pages-heldout423-e.js';
import { HELDOUT423_F } from './pages-heldout423-f.js';

/**
 * Held-out batch 423, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Lichess-style study chapter
 * whose lesson is the move tree's comments, a Chess.com-style article with member comments, a chessgames-style annotated
 * game page in table layout with kibitzing, a chess club's WordPress news post (Twenty Twenty-One), a FIDE-style player
 * rating profile, a puzzle page built with Elementor, a phpBB (prosilver) forum thread on an opening, a tournament report
 * on a federation's Drupal site (Olivero), a chess coach's lesson on Substack, a ChessBase-style news story with a replay
 * board, a 365chess-style opening explorer page, and a chess variant's rules page on a Fandom wiki.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: chess move notation outside the comments (the study's move tree, the annotated
 * game's move lines, the replay board's header) is in neither list, while the annotator's and the study's comments are
 * body; the phpBB topic title (an h2 under the site's h1) is the title and the site name furniture; forum posts are body,
 * their quoted excerpt, signatures, ranks and post counts furniture; a post's subtitle (Substack) and a news teaser
 * (ChessBase) are body; data rows of a content table (ratings by month, final standings, next-move statistics, the
 * variant's setup table) are body, one item a row with the cells joined by a space, and header cells in neither list;
 * the rating profile's label / value rows, its short note and the opening's ECO line and table note are body, while
 * the rating summary boxes and the infobox values that repeat the article are in neither list; a puzzle's hints
 * hidden in toggles are body and their "Hint 1" labels furniture; table-of-contents entries repeating the headings are
 * in neither list; comments on articles, diagram and photo captions, and author names shown as member handles are
 * furniture or bylines as shown at the article's head.
 */
export const HELDOUT423_PAGES: readonly TestPage[] = [...HELDOUT423_A, ...HELDOUT423_B, ...HELDOUT423_C, ...HELDOUT423_D, ...HELDOUT423_E, ...HELDOUT423_F];
