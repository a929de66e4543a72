import type { TestPage } from './page-kit.js';
import { HELDOUT195_A } from './pages-heldout195-a.js';
import { HELDOUT195_B } from './pages-heldout195-b.js';
import { HELDOUT195_C } from './pages-heldout195-c.js';
import { HELDOUT195_D } from './pages-heldout195-d.js';
import { HELDOUT195_E } from './pages-heldout195-e.js';
import { HELDOUT195_F } from './pages-heldout195-f.js';

/**
 * Held-out batch 195, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Cornell LII Wex entry (wiki), a
 * FindLaw consumer article, a Citizens Advice advice page, a California Legislative Information bill text page, a
 * legislation.gov.uk section page, an EUR-Lex summary of EU legislation, a city council's meeting minutes on a CivicPlus site,
 * a court's press release on Mass.gov (news), a Local Government and Social Care Ombudsman decision, a GovTrack.us bill page,
 * a tenants' rights charity advice page in the Shelter England shape and a law firm's blog post on LexBlog (blog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, a summary line or an advice page's intro is body; callouts inside the
 * advice text (important / warning notes) are body, contact and help boxes after it furniture; a bill's heading block, digest,
 * vote line, enacting clause and sections are body, with the digest heading and section numbers as headings; a statute's
 * numbered subsections are body, its Part and section headings the headings, the Act's name the title; "Last reviewed",
 * "Page last reviewed", "Last updated", "last update" and "Date Published" lines, a release's date and issuing court, a
 * decision's date and "Investigator's decision" sign-off, and minutes' "Respectfully submitted" sign-off are bylines; labels
 * such as "SUMMARY OF:", a details list's values and a release's "###" are in neither list; a short furniture text that is
 * also a word of a short gold line is left out, and "On this page" lists that repeat the headings are left out.
 */
export const HELDOUT195_PAGES: readonly TestPage[] = [...HELDOUT195_A, ...HELDOUT195_B, ...HELDOUT195_C, ...HELDOUT195_D, ...HELDOUT195_E, ...HELDOUT195_F];
