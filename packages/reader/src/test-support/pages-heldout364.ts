import type { TestPage } from './page-kit.js';
import { HELDOUT364_A } from './pages-heldout364-a.js';
import { HELDOUT364_B } from './pages-heldout364-b.js';
import { HELDOUT364_C } from './pages-heldout364-c.js';
import { HELDOUT364_D } from './pages-heldout364-d.js';
import { HELDOUT364_E } from './pages-heldout364-e.js';
import { HELDOUT364_F } from './pages-heldout364-f.js';

/**
 * Held-out batch 364, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a fourth-quarter results press
 * release on a Q4 Inc.-style investor relations site, an earnings call transcript on a Motley Fool-style page, an SEC EDGAR
 * filing index page, a Yahoo Finance-style stock quote page (Svelte markup) with its recent news list, an analyst's note on a
 * Morningstar-style research platform, an annual general meeting notice on a company site built with Elementor, a Seeking
 * Alpha-style article with comments, a final dividend announcement on a London Stock Exchange RNS-style feed (Angular markup),
 * an iShares-style fund product page, a Federal Reserve-style FOMC rate decision statement, a Reuters-style market wrap, and
 * an investor relations events calendar on a Notified-style (Drupal) IR site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dateline that opens the first paragraph inline (the press release's "PORT
 * ELDWICK, Maine, ... (GLOBE NEWSWIRE) --", the wrap's "NEW YORK, March 6 (Reuters) -") is a byline and the body paragraph is
 * the rest of it; the release's bold run-in section labels and the transcript's h2 labels (with their colons) are headings;
 * in a transcript the speaker lines and the participants list are body; table data rows are body, one entry per row with
 * the cells joined by spaces, while header cells and table captions are furniture or in neither list; on data pages
 * (EDGAR, the quote page, the fund page) the labelled values (filing info, items, document tables and filer block; quote
 * statistics; key facts, performance and holdings) are body, and live prices, price changes and "as of" stamps are
 * furniture; the EDGAR page has no h1, so its title is the div#PageTitle text "Filing Detail", and its "Document Format
 * Files" / "Data Files" labels are in neither list; the quote page's news headlines and summaries are body and their
 * "source • time" lines are bylines; on the events calendar the event titles, dates and descriptions are body (they are
 * the listing, not the page's byline); summary and key-takeaway bullets at the top of an article are body; the AGM
 * notice's "By order of the Board" line and the RNS contact line are body, the RNS header lines and RNS number are bylines;
 * the Fed statement's release date, release time and "Last Update" line are bylines, and its implementation note link is
 * furniture; disclosures, comments and "Read more" promos are furniture; a logo text that also occurs inside the body is
 * in neither list.
 */
export const HELDOUT364_PAGES: readonly TestPage[] = [...HELDOUT364_A, ...HELDOUT364_B, ...HELDOUT364_C, ...HELDOUT364_D, ...HELDOUT364_E, ...HELDOUT364_F];
