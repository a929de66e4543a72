import type { TestPage } from './page-kit.js';
import { HELDOUT248_A } from './pages-heldout248-a.js';
import { HELDOUT248_B } from './pages-heldout248-b.js';
import { HELDOUT248_C } from './pages-heldout248-c.js';
import { HELDOUT248_D } from './pages-heldout248-d.js';
import { HELDOUT248_E } from './pages-heldout248-e.js';
import { HELDOUT248_F } from './pages-heldout248-f.js';

/**
 * Held-out batch 248, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UK Parliament Bills site page
 * with the bill's summary and stage timeline, a Hansard Westminster Hall debate record, a state senator's press release on a
 * Drupal senate site, a county election results page rendered by an Angular results app, a campaign's policy page on a
 * NationBuilder theme, a Politico-style live blog, a council committee's agenda and minutes on ModernGov, a Ballotpedia-style
 * MediaWiki voter guide, an MP's constituency newsletter built with Elementor on WordPress, a party press release on
 * Squarespace, a petition on a Change.org-style React site and a civic-tech Discourse thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the bill page's stage timeline items are body (the page's own data), its
 * "Last updated" line a byline, its sponsor cards furniture; in the Hansard record each contribution, with the speaker's name
 * that opens it, is body, the time codes are bylines and the chair notice furniture; on the results page the intro and the
 * data cells (choice, votes, percent) are body, the contest names headings, the empty party cells and "NP" codes in neither
 * list and the table header cells, "Vote for 1" and status labels furniture; on the live blog each post's headline is a
 * heading, its time and author lines bylines, and the "Key events" rail (which repeats the post headlines) is in neither list;
 * the ModernGov meeting subtitle (committee, date, time) is a byline, the numbered item titles headings, and the "Minutes:" /
 * "Decision:" labels and venue and contact lines furniture; the wiki's infobox, contents box and categories are furniture;
 * the party release's "Notes to editors" heading and its notes are article, its pull quote furniture; the petition's starter
 * name and date are bylines, its recipient line, signature counter, recent signers and "Reasons for signing" furniture; on
 * the Discourse thread every post is body, the usernames and post dates bylines and the like counts furniture.
 */
export const HELDOUT248_PAGES: readonly TestPage[] = [...HELDOUT248_A, ...HELDOUT248_B, ...HELDOUT248_C, ...HELDOUT248_D, ...HELDOUT248_E, ...HELDOUT248_F];
