import type { TestPage } from './page-kit.js';
import { HELDOUT185_A } from './pages-heldout185-a.js';
import { HELDOUT185_B } from './pages-heldout185-b.js';
import { HELDOUT185_C } from './pages-heldout185-c.js';
import { HELDOUT185_D } from './pages-heldout185-d.js';
import { HELDOUT185_E } from './pages-heldout185-e.js';
import { HELDOUT185_F } from './pages-heldout185-f.js';

/**
 * Held-out batch 185, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a RogerEbert.com film review, a
 * Rotten Tomatoes movie page with its critics consensus, an AllMusic album review, a Criterion Collection "Current" essay, a
 * Metacritic game review summary page, a Discogs release page with notes, a Literary Hub essay, a Kirkus Reviews book review, a
 * Paris Review interview excerpt behind its subscription wall, a Bandcamp Daily feature, a Gramophone classical record review
 * and a BFI Sight and Sound feature.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle or standfirst is body; on the aggregator pages (Rotten Tomatoes,
 * Metacritic) the consensus or summary and the critics' quotes are body, the critics' names, outlets and review dates bylines,
 * scores, score labels and counts furniture, and the details lists and cast cards in neither list; audience and user reviews
 * are furniture (their names and dates, on Discogs, bylines); on AllMusic the album data and track listing are in neither
 * list; on Discogs the profile table's data cells, the tracklist cells, the credits, companies and identifier list items and
 * the notes are body; pull quotes that repeat a sentence of the text, a "*" dinkus and a "___" rule are in neither list; in
 * the Paris Review interview the INTERVIEWER and speaker-name lines are body and the paywall box furniture; notes saying where
 * a piece first appeared (Criterion booklet, Gramophone issue) and issue kickers are furniture; the book's author line on
 * Kirkus ("by ...") and the magazine issue line on the Paris Review are bylines; embedded player fallbacks and buy lines are
 * furniture.
 */
export const HELDOUT185_PAGES: readonly TestPage[] = [...HELDOUT185_A, ...HELDOUT185_B, ...HELDOUT185_C, ...HELDOUT185_D, ...HELDOUT185_E, ...HELDOUT185_F];
