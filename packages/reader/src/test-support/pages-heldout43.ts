import type { TestPage } from './page-kit.js';
import { HELDOUT43_A } from './pages-heldout43-a.js';
import { HELDOUT43_B } from './pages-heldout43-b.js';
import { HELDOUT43_C } from './pages-heldout43-c.js';
import { HELDOUT43_D } from './pages-heldout43-d.js';
import { HELDOUT43_E } from './pages-heldout43-e.js';
import { HELDOUT43_F } from './pages-heldout43-f.js';

/**
 * Held-out batch 43, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK news story, a
 * CourtListener court opinion page, an arXiv abstract page, a PubMed abstract page, a EurekAlert! news release, a Shopify
 * product page (Dawn theme) with a long description, a museum collection object page, a podcast episode transcript page, a
 * Keep a Changelog CHANGELOG page on GitHub Pages (Just the Docs theme), a legislation.gov.uk section page, a Wikipedia
 * article on the Vector 2022 skin and a Mayo Clinic-style disease overview page.
 * Not yet measured. (Its writer read only page-kit.ts and batch 19's index and -f/-f2 files, for the format and the style of
 * the gold comments.)
 */
export const HELDOUT43_PAGES: readonly TestPage[] = [...HELDOUT43_A, ...HELDOUT43_B, ...HELDOUT43_C, ...HELDOUT43_D, ...HELDOUT43_E, ...HELDOUT43_F];
