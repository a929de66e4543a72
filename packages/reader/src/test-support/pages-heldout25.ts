import type { TestPage } from './page-kit.js';
import { HELDOUT25_A } from './pages-heldout25-a.js';
import { HELDOUT25_B } from './pages-heldout25-b.js';
import { HELDOUT25_C } from './pages-heldout25-c.js';
import { HELDOUT25_D } from './pages-heldout25-d.js';
import { HELDOUT25_E } from './pages-heldout25-e.js';
import { HELDOUT25_F } from './pages-heldout25-f.js';

/**
 * Held-out batch 25, written in session 15 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: news pages from
 * publishers not yet in the set: an Atlantic-style long magazine feature, a Los Angeles Times story (California Times
 * template), a Times of India city story, a story in The Hindu, a Sky News story, a CBC News story, an ABC News (Australia)
 * story, a Forbes contributor post, a Euronews story, a Deutsche Welle (English) story, a Verge story (Vox Media's duet/Chorus
 * template) and a South China Morning Post story. Texts, people and facts are invented.
 * Measured once on the round-24 rules: precision 99.2 %, recall 99.2 %, body recall 99.3 %, 1 of 43 bylines and 8 of 627
 * furniture texts on 5 of 12 pages, 0 of 12 default summaries with any (`compare-extractors.ts --leaks`).
 * The round-25 rules (session 15) were tuned on them: training since (one gold changed, to an earlier batch's convention: the
 * Atlantic footer's "About", a word of the body, is out of the furniture).
 */
export const HELDOUT25_PAGES: readonly TestPage[] = [...HELDOUT25_A, ...HELDOUT25_B, ...HELDOUT25_C, ...HELDOUT25_D, ...HELDOUT25_E, ...HELDOUT25_F];

/**
 * The byline and furniture texts of batch 25 the round-25 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list). None.
 */
export const HELDOUT25_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
