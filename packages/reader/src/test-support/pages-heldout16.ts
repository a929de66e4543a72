import type { TestPage } from './page-kit.js';
import { HELDOUT16_A } from './pages-heldout16-a.js';
import { HELDOUT16_B } from './pages-heldout16-b.js';
import { HELDOUT16_C } from './pages-heldout16-c.js';
import { HELDOUT16_D } from './pages-heldout16-d.js';
import { HELDOUT16_E } from './pages-heldout16-e.js';
import { HELDOUT16_F } from './pages-heldout16-f.js';

/**
 * Held-out batch 16, written in session 13 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a regional paper's Google AMP news
 * article, an Al Jazeera-style news story, a Wix blog post, a Squarespace blog post, a Zendesk Guide help-center article, a
 * Jira Cloud issue in its shared view, a research article on a Springer Nature-style publisher page, a Goodreads-style book
 * page with community reviews, a Wikisource transcription of a magazine article, a readme.io-style API reference page, a
 * Patch.com-style hyperlocal news story, and the risk-factors section of a 10-K filing in the old EDGAR HTML shape.
 * Measured once on the round-14 rules: precision 96.6 %, recall 94.6 %, body recall 94.6 %, 2 of 51 bylines and 40 of 529
 * furniture texts on 5 of 12 pages, 2 of 12 default summaries with any (`compare-extractors.ts --leaks`). The round-15 rules
 * (session 13) were tuned on them: training since.
 */
export const HELDOUT16_PAGES: readonly TestPage[] = [...HELDOUT16_A, ...HELDOUT16_B, ...HELDOUT16_C, ...HELDOUT16_D, ...HELDOUT16_E, ...HELDOUT16_F];

/**
 * The byline and furniture texts of batch 16 the round-15 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT16_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // readme.io's callout title ("Test mode", set in the callout's <h3>) is a heading by its markup, and the response picker's
  // "Responses" is a <header> left alone once its options (buttons) are dropped: no rule reads a label alone in a box but
  // for furniture headings; a callout's own title is kept as documentation pages keep it
  'heldout16-readme-api-reference': ['Test mode', 'Responses'],
};
