import type { TestPage } from './page-kit.js';
import { HELDOUT181_A } from './pages-heldout181-a.js';
import { HELDOUT181_B } from './pages-heldout181-b.js';
import { HELDOUT181_C } from './pages-heldout181-c.js';
import { HELDOUT181_D } from './pages-heldout181-d.js';
import { HELDOUT181_E } from './pages-heldout181-e.js';
import { HELDOUT181_F } from './pages-heldout181-f.js';

/**
 * Held-out batch 181, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a StatPearls chapter on NCBI
 * Bookshelf, a Radiopaedia reference article, a DermNet topic page, a Medscape eMedicine (Drugs & Diseases) article, a
 * Cancer.gov PDQ patient summary, an Orphanet disease page, a MedlinePlus Genetics condition page, a NORD rare disease
 * report, a Mount Sinai health library page (A.D.A.M. content), a Johns Hopkins-like hospital health encyclopedia page, an
 * American Heart Association article on heart.org and a Drugs.com-like pill identifier result page with its description.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: all twelve pages are wiki (reference) pages; reference lists, bibliographies and
 * their "References" / "Bibliography" headings are furniture; "last updated", "last revised", "reviewed" and review-date
 * lines, contributor and acknowledgment lines are bylines; "On this page" / section menus entries that repeat an article
 * heading are left out (their other entries are furniture); synonym and other-name lists set as article lists
 * (MedlinePlus Genetics, NORD) are body, while DermNet's "Also known as" line and Orphanet's data block (ORPHAcode,
 * prevalence, inheritance, codes) are in neither list; the PDQ "Key Points" box is body and its items are also the
 * section's h3 headings, and the boilerplate "About This PDQ Summary" section is furniture; run-in h3/h5 subheadings of a
 * section are headings; table data cells are body and row label cells are in neither list (the pill details); a short
 * furniture text that is also a word or exact copy of a gold line (a nav item equal to a heading) is left out.
 */
export const HELDOUT181_PAGES: readonly TestPage[] = [...HELDOUT181_A, ...HELDOUT181_B, ...HELDOUT181_C, ...HELDOUT181_D, ...HELDOUT181_E, ...HELDOUT181_F];
