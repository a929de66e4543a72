import type { TestPage } from './page-kit.js';
import { HELDOUT201_A } from './pages-heldout201-a.js';
import { HELDOUT201_B } from './pages-heldout201-b.js';
import { HELDOUT201_C } from './pages-heldout201-c.js';
import { HELDOUT201_D } from './pages-heldout201-d.js';
import { HELDOUT201_E } from './pages-heldout201-e.js';
import { HELDOUT201_F } from './pages-heldout201-f.js';

/**
 * Held-out batch 201, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Ravelry pattern page, a QRZ.com
 * callsign page with biography, an eBird checklist page with checklist and species comments, an iNaturalist observation
 * page, a geocaching.com cache listing, a chess.com article, a model railroad forum thread on XenForo 2, a woodworking forum
 * thread on vBulletin 4, a Hackaday.io project page, a BoardGameGeek game page with its description, a fishing report on a
 * tackle shop's Shopify (Dawn) blog and a birding club's trip report on WordPress (Astra, Jetpack).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the wiki-like item pages the owner's own text is the article (the pattern
 * notes, the biography, the checklist and species comments, the observation description, the cache descriptions, the game
 * description) and other users' comments, identifications and logs are furniture; an item's facts panel (Ravelry's
 * attributes, QRZ's address block and detail table, eBird's effort details and species names / counts / breeding codes,
 * iNaturalist's place guess and taxon names, a cache's difficulty / terrain / size / coordinates and its encrypted hint,
 * BoardGameGeek's rank, rating, player / time / age / weight panel and credits) is in neither list, while its labels that
 * are UI text are furniture; a dek or item summary (BoardGameGeek's tagline, Hackaday.io's summary) is body, and a
 * Hackaday.io component list is body; a callsign shown as the page's headline is the title and a biography's own h1 its
 * first heading; a forum title is the thread title without its prefix label or "Thread:"; "said:" / "Originally Posted by"
 * labels are furniture; BoardGameGeek's "description from the publisher" line is a byline; a short furniture text that is
 * also a word of a short gold line (the title, a heading, a short list item) is left out.
 */
export const HELDOUT201_PAGES: readonly TestPage[] = [...HELDOUT201_A, ...HELDOUT201_B, ...HELDOUT201_C, ...HELDOUT201_D, ...HELDOUT201_E, ...HELDOUT201_F];
