import type { TestPage } from './page-kit.js';
import { HELDOUT12_A } from './pages-heldout12-a.js';
import { HELDOUT12_B } from './pages-heldout12-b.js';
import { HELDOUT12_C } from './pages-heldout12-c.js';
import { HELDOUT12_D } from './pages-heldout12-d.js';
import { HELDOUT12_E } from './pages-heldout12-e.js';
import { HELDOUT12_F } from './pages-heldout12-f.js';

/**
 * Held-out batch 12, written in session 12 without reading the reader's rules (src/html), its scripts or its extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a regional paper's story
 * syndicated on a news portal, a press release on a wire distribution site, a journal article on a PubMed Central-style
 * page, a Microsoft Learn-style troubleshooting article, a GeeksforGeeks-style programming tutorial, an English
 * Wikipedia article as the mobile site serves it, a travel guide with Wikivoyage-style listings and "Plan your trip"
 * widgets, an Eventbrite-style event page, an old.reddit.com thread, a court opinion on a CourtListener-style page, a
 * film review on a critic's site, and a YouTube-style video watch page whose description is the article.
 * Measured once on the round-10 rules: precision 93.2 %, recall 97.6 %, body recall 98.1 %, 4 of 36 bylines and 59 of 509 furniture
 * texts on 11 of 12 pages, 5 of 12 default summaries with any (`compare-extractors.ts --leaks`). The round-11 rules were
 * then written while looking at them (training since). Three gold calls were changed for conventions the earlier
 * batches hold (the HTML untouched): the release's wire dateline is body, the court's footnotes are furniture, and the
 * event's one-word "Free" and "#repair" are no furniture snippets (comments on the pages).
 */
export const HELDOUT12_PAGES: readonly TestPage[] = [...HELDOUT12_A, ...HELDOUT12_B, ...HELDOUT12_C, ...HELDOUT12_D, ...HELDOUT12_E, ...HELDOUT12_F];

/**
 * The byline and furniture texts the round-11 rules still leave on batch 12, one reason each (extract.test.ts and
 * summary-furniture.test.ts check that nothing else leaks): none.
 */
export const HELDOUT12_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
