import type { TestPage } from './page-kit.js';
import { HELDOUT18_A } from './pages-heldout18-a.js';
import { HELDOUT18_B } from './pages-heldout18-b.js';
import { HELDOUT18_C } from './pages-heldout18-c.js';
import { HELDOUT18_D } from './pages-heldout18-d.js';
import { HELDOUT18_E } from './pages-heldout18-e.js';
import { HELDOUT18_F } from './pages-heldout18-f.js';

/**
 * Held-out batch 18, written in session 13 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a New York Times-style article, a
 * Bloomberg-style markets story, a Ghost 5 newsletter post with members CTA, a Blogger post on a modern template, a Read the
 * Docs page on the Sphinx Furo theme, a GitLab issue page, a Reddit thread on new Reddit, a Hacker News item page, a
 * WHO-style fact sheet, a city news release on a CivicPlus site, a Shopify Dawn product page, and a Legacy.com-style
 * obituary.
 * Measured once on the round-16 rules: precision 94.2 %, recall 94.6 %, body recall 94.4 %, 6 of 40 bylines and 19 of 541
 * furniture texts on 6 of 12 pages, 1 of 12 default summaries with any (`compare-extractors.ts --leaks`). The round-17 rules
 * (session 13) were tuned on them: training since.
 */
export const HELDOUT18_PAGES: readonly TestPage[] = [...HELDOUT18_A, ...HELDOUT18_B, ...HELDOUT18_C, ...HELDOUT18_D, ...HELDOUT18_E, ...HELDOUT18_F];

/**
 * The byline and furniture texts of batch 18 the round-17 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT18_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the shop page's "Materials" accordion is opened as every accordion is (FAQ answers and docs panels are text); the gold calls it
  // furniture of a product page (its "Shipping & Returns" accordion, and the announcement bar's shipping line with it, goes: round 158)
  'heldout18-shopify-dawn-product': ['Materials', '100% British wool, undyed. Knitted and finished in Penryn, Cornwall. Weight approximately 850 g in size M.'],
  // the obituary's tree-planting line is a sentence with one link in the obituary's own box: no shape tells it from the text
  'heldout18-legacy-obituary': ['To plant trees in memory, please visit the Sympathy Store.'],
};
