import type { TestPage } from './page-kit.js';
import { HELDOUT46_A } from './pages-heldout46-a.js';
import { HELDOUT46_B } from './pages-heldout46-b.js';
import { HELDOUT46_C } from './pages-heldout46-c.js';
import { HELDOUT46_D } from './pages-heldout46-d.js';
import { HELDOUT46_E } from './pages-heldout46-e.js';
import { HELDOUT46_F } from './pages-heldout46-f.js';

/**
 * Held-out batch 46, written in session 18 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: an Instructables project, a Hackster.io
 * project, a ClinicalTrials.gov study record, a Federal Register rule document, a EUR-Lex implementing regulation, an IMDb
 * plot summary page, a Craigslist housing posting, an Etsy listing, a Ravelry pattern page, an AllTrails trail page, a
 * Genius song page with an open annotation and a public Coda doc page.
 * Not yet measured.
 */
export const HELDOUT46_PAGES: readonly TestPage[] = [...HELDOUT46_A, ...HELDOUT46_B, ...HELDOUT46_C, ...HELDOUT46_D, ...HELDOUT46_E, ...HELDOUT46_F];
