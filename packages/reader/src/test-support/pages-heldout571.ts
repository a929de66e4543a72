import type { TestPage } from './page-kit.js';
import { HELDOUT571_A } from './pages-heldout571-a.js';
import { HELDOUT571_B } from './pages-heldout571-b.js';
import { HELDOUT571_C } from './pages-heldout571-c.js';
import { HELDOUT571_D } from './pages-heldout571-d.js';
import { HELDOUT571_E } from './pages-heldout571-e.js';
import { HELDOUT571_F } from './pages-heldout571-f.js';

/**
 * Held-out batch 571, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a candidate interview advice post
 * on a recruitment agency's WordPress (Astra) blog with comments, a construction sector page of a staffing firm on Webflow, a
 * temp worker's pay and timesheet guide with a pay-date table in a Zendesk help centre (Copenhagen), an accountancy salary
 * update with a salary table on a HubSpot CMS blog, a hospitality agency's worker FAQ (accordion) on Squarespace 7.1, a care
 * agency's office-opening news post on a Wix blog, a temp workers' forum thread on holiday pay on Discourse (crawler view), a
 * contractor's umbrella company guide on Drupal 10 (Olivero), a graduate CV advice post on a tech recruiter's Ghost (Casper)
 * blog, a nursing agency's registration page with a rates table on an old table layout, a returner's advice article on a
 * Next.js job board, and a warehouse and logistics sector page built with Elementor (Hello theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or lead under the h1 is body; a table data row is one body entry,
 * its cells joined by " | ", and a table's header row (th cells, or the first row of bold td cells in the HubSpot and
 * table-layout tables) is in neither list; FAQ accordion questions are headings and their answers body (answers are in the
 * DOM, collapsed by script, not hidden); on a forum thread every post is body, its user name and date bylines and its like
 * count furniture; a callout's text inside the article (Zendesk warning, Ghost callout) is body, while a call-to-action inside
 * the article (a button, a "register / browse jobs" card, a download link, a client testimonial on a sector page) is furniture;
 * sector-page stat counters and their labels are furniture (the Elementor counters as served, "0" and "0%"); kicker and
 * category labels above the h1 and reading times are furniture; a "By" author line is a byline as written, an author name
 * alone is a byline, and a "Site last updated" line in a footer is a byline; skip links are furniture, while other
 * screen-reader-only texts (visually-hidden labels, "Main Menu", "Post navigation") are in no list; a text that occurs
 * (case-insensitively, as whole words) inside the title, a heading or a body entry is left out of furniture and bylines, so
 * some menu items, tags and one author name ("Corrie Care", a part of the Wix body) are in no list.
 */
export const HELDOUT571_PAGES: readonly TestPage[] = [...HELDOUT571_A, ...HELDOUT571_B, ...HELDOUT571_C, ...HELDOUT571_D, ...HELDOUT571_E, ...HELDOUT571_F];
