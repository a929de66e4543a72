import type { TestPage } from './page-kit.js';
import { HELDOUT148_A } from './pages-heldout148-a.js';
import { HELDOUT148_B } from './pages-heldout148-b.js';
import { HELDOUT148_C } from './pages-heldout148-c.js';
import { HELDOUT148_D } from './pages-heldout148-d.js';
import { HELDOUT148_E } from './pages-heldout148-e.js';
import { HELDOUT148_F } from './pages-heldout148-f.js';

/**
 * Held-out batch 148, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UPI wire story on upi.com, a
 * Bloomberg Law litigation story on news.bloomberglaw.com, a PBS NewsHour nation story, a Voice of America English story on
 * the Pangea CMS, a dpa English wire story on a TownNews BLOX newspaper site, a Kyodo News English story, a Semafor story
 * in its named sections, a story from The 19th, a Grist story, an Inside Climate News story, a KFF Health News story and a
 * Stateline story on the States Newsroom Newspack theme (all news).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a wire or city dateline that opens the first paragraph ("Oct. 14 (UPI) --",
 * "Kellerbach, Germany (dpa) -", "CEDAR FLATS, Mont. —") stays part of that paragraph (body); a dek or subtitle and
 * Bloomberg Law's takeaway bullets under the headline are body; Semafor's named sections ("The News", "Know More", the
 * reporter's view, "Room for Disagreement", "Notable") are headings and its "Notable" items body, while its "In this
 * article:" jump list repeats the headings and is in neither list; the closing "The case is ..." line of a court story is
 * body; reporter and editor contact lines ("To contact the reporter ...", "Stateline reporter ... can be reached at ...",
 * KFF Health News' author e-mail line) and VOA's "Some information for this report came from Reuters." are bylines;
 * promos, "Related coverage:" links, partnership notes and publisher boilerplate that sit inside the article body are
 * furniture; a republish dialog's textarea that repeats the article HTML is in neither list.
 * The pages are built with the batch's own helper (pages-heldout148-kit.ts), which turns one plain-text article into both
 * the page's HTML and its gold.
 */
export const HELDOUT148_PAGES: readonly TestPage[] = [...HELDOUT148_A, ...HELDOUT148_B, ...HELDOUT148_C, ...HELDOUT148_D, ...HELDOUT148_E, ...HELDOUT148_F];
