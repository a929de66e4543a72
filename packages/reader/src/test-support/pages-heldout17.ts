import type { TestPage } from './page-kit.js';
import { HELDOUT17_A } from './pages-heldout17-a.js';
import { HELDOUT17_B } from './pages-heldout17-b.js';
import { HELDOUT17_C } from './pages-heldout17-c.js';
import { HELDOUT17_D } from './pages-heldout17-d.js';
import { HELDOUT17_E } from './pages-heldout17-e.js';
import { HELDOUT17_F } from './pages-heldout17-f.js';

/**
 * Held-out batch 17, written in session 13 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a BBC News-style article, an AP
 * News-style story, a Medium post on a custom domain, a WordPress.com blog post on the Twenty Twenty-Four block theme, a
 * Docusaurus v3 docs page, a GitHub issue page, a Stack Overflow question page, a Discourse forum topic, a government press
 * release on a GOV.UK-style page, a university news story on a Drupal site, a Substack newsletter post, and a museum
 * collection object page.
 * Measured once on the round-15 rules: precision 95.3 %, recall 100.0 %, body recall 100.0 %, 5 of 58 bylines and 40 of 634
 * furniture texts on 6 of 12 pages, 1 of 12 default summaries with any (`compare-extractors.ts --leaks`). The round-16 rules
 * (session 13) were tuned on them: training since.
 */
export const HELDOUT17_PAGES: readonly TestPage[] = [...HELDOUT17_A, ...HELDOUT17_B, ...HELDOUT17_C, ...HELDOUT17_D, ...HELDOUT17_E, ...HELDOUT17_F];

/**
 * The byline and furniture texts of batch 17 the round-16 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT17_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the museum object's provenance sits in a tab panel under "Provenance / Exhibition History / References" tabs (buttons, dropped):
  // the panel's one line has the shape of a sentence of ownership history and no class names it; no general rule reads it
  'heldout17-museum-object': [
    'Eliza Pruett, Gallipolis, Ohio (until 1889); by descent in the family to Hollis and Marian Pruett, Gallipolis (until 1987; gifted to the museum)',
  ],
};
