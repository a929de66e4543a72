import type { TestPage } from './page-kit.js';
import { HELDOUT403_A } from './pages-heldout403-a.js';
import { HELDOUT403_A2 } from './pages-heldout403-a2.js';
import { HELDOUT403_B } from './pages-heldout403-b.js';
import { HELDOUT403_B2 } from './pages-heldout403-b2.js';
import { HELDOUT403_C } from './pages-heldout403-c.js';
import { HELDOUT403_C2 } from './pages-heldout403-c2.js';
import { HELDOUT403_D } from './pages-heldout403-d.js';
import { HELDOUT403_D2 } from './pages-heldout403-d2.js';
import { HELDOUT403_E } from './pages-heldout403-e.js';
import { HELDOUT403_E2 } from './pages-heldout403-e2.js';
import { HELDOUT403_F } from './pages-heldout403-f.js';
import { HELDOUT403_F2 } from './pages-heldout403-f2.js';

/**
 * Held-out batch 403, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UK university's undergraduate
 * course page on Squiz Matrix with Overview / Modules / Entry requirements / Fees / Careers tabs, a US college catalog program
 * page on Acalog ACMS, a module descriptor on Drupal 10, a PhD programme page built with Elementor on WordPress, a Funnelback
 * course search result page, a summer school page built with Next.js and Tailwind, an online master's landing page on HubSpot
 * CMS, a degree apprenticeship page on Sitecore SXA, a further-education college's course page on Umbraco with Bootstrap, a
 * Dutch-style technical university's English-taught master's page on TYPO3, a continuing education short course on a Modern
 * Campus Destiny One storefront, and a department's programme handbook page on MkDocs Material.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Hard kinds in this batch: the Funnelback listing, the Destiny One product page and the short FE course page (main text
 * short), the Elementor page-builder page and the Next.js / Tailwind page.
 * Gold conventions beyond the usual ones: every tab panel, accordion panel and FAQ answer present in the saved page is body,
 * even when hidden, and the tab labels are furniture; the h2 / h3 inside panels (and accordion / FAQ questions) are headings;
 * key-facts strips and course-details cards (UCAS code, duration, start date, campus, credits, level, module leader, fees
 * chips, stat tiles, counters) are furniture, labels and values alike, as are section / price tables of a storefront; data
 * cells of a table inside the article text (fees, assessment, curriculum, weighting) are body, its header cells in neither
 * list; Acalog course-list items are body, its "Total Credits" lines furniture; on the search page the result titles are
 * headings and their snippets body, while the metadata strips, URLs, facets, counts, best bet and pagination are furniture;
 * testimonials, student quotes and faculty spotlights are furniture; a programme's "Page last updated", "Last changed" or
 * "Last update" line is a byline; one- or two-letter texts (language codes, "X") are left out.
 */
export const HELDOUT403_PAGES: readonly TestPage[] = [
  ...HELDOUT403_A,
  ...HELDOUT403_A2,
  ...HELDOUT403_B,
  ...HELDOUT403_B2,
  ...HELDOUT403_C,
  ...HELDOUT403_C2,
  ...HELDOUT403_D,
  ...HELDOUT403_D2,
  ...HELDOUT403_E,
  ...HELDOUT403_E2,
  ...HELDOUT403_F,
  ...HELDOUT403_F2,
];
