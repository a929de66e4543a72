import type { TestPage } from './page-kit.js';
import { HELDOUT11_A } from './pages-heldout11-a.js';
import { HELDOUT11_B } from './pages-heldout11-b.js';
import { HELDOUT11_C } from './pages-heldout11-c.js';
import { HELDOUT11_D } from './pages-heldout11-d.js';
import { HELDOUT11_E } from './pages-heldout11-e.js';
import { HELDOUT11_F } from './pages-heldout11-f.js';

/**
 * Held-out batch 11, written in session 11 without reading the reader's rules (src/html), its scripts or its extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a LinkedIn-style published article,
 * a Hashnode blog post in a series, a dev.to post with a GitHub liquid-tag card, a district council's meeting minutes, a
 * parish newsletter page, a university course syllabus, a job posting, an estate agent's property listing, a patent
 * full-text page in the style of Google Patents, a vendor community forum thread with an accepted solution, a newspaper
 * live blog kept "as it happened" with embedded social posts, and a MediaWiki talk page.
 * Measured once on the round-9 rules (precision 90.4 %, recall 97.7 %, 13 of 47 bylines, 32 of 309 furniture texts,
 * 5 of 12 summaries with any), training for the round-10 rules since.
 */
export const HELDOUT11_PAGES: readonly TestPage[] = [...HELDOUT11_A, ...HELDOUT11_B, ...HELDOUT11_C, ...HELDOUT11_D, ...HELDOUT11_E, ...HELDOUT11_F];

/**
 * The byline and furniture texts the round-10 rules still leave on batch 11, one reason each (extract.test.ts and
 * summary-furniture.test.ts check that nothing else leaks).
 */
export const HELDOUT11_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the priest's name alone in an <em> under his letter (a sign-off with no date or dash, as a quoted name is set), and a
  // lone link to the newsletter's PDF (dropping the link alone, tried in round 10, left its neighbours as stray lines on
  // two other pages: heldout8-court-news's 'Read the ruling', the patent's 'Find Prior Art')
  'heldout11-parish-newsletter': ['Fr. Declan Moore', 'Download this week’s newsletter (PDF)'],
  // (the course syllabus's campus alert, named `alert-bar`, went in round 42)
  // the listing's price qualifier and added date beside the <h1>, station distances as list items, and the mortgage
  // calculator's result and small print: short lines of a portal's template that no class word names as furniture
  // ('listing__added', 'map__stations', 'mortgage-calculator'), not taken in round 10
  'heldout11-property-listing': [
    'Guide price',
    'Hexley station, 0.3 miles',
    'Hexley Parkway, 1.8 miles',
    'Mortgage calculator',
    'Monthly repayment: £1,463',
    'Figures are illustrative only.',
  ],
  // the patent's filing events ("2025-02-25 Application granted", the assignee in "Application filed by ..."), its
  // classification list, cited-by table headers and legal-events section: a patent office's sections with no general rule
  // in round 10 (a heading-named data section would name patent sections only)
  // (the assignee's line was dropped by the learned model of sessions 23 and 24, and is kept by its refit of session 25)
  'heldout11-patent-fulltext': [
    'Verdant Home Products Ltd',
    '2025-02-25',
    'Application granted',
    'Classifications',
    'Reservoirs connected to flower-pots through conduits',
    'Self-acting watering devices using wicks or the like',
    'Planter with water level indicator',
    'Legal Events',
    'Information on status: patent grant.',
  ],
};
