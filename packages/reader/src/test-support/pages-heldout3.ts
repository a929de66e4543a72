import type { TestPage } from './page-kit.js';
import { HELDOUT3_A } from './pages-heldout3-a.js';
import { HELDOUT3_B } from './pages-heldout3-b.js';

/**
 * Held-out batch 3: 6 pages written AFTER the sprint-8 furniture rules (a national paper with
 * gift/listen tools and inline "Read more" links, a product review with affiliate buttons, an
 * API reference, a university press release, a static-site blog with footnotes, a Reddit-like
 * thread) and measured once, with no rule changed afterwards: the honest row of the README.
 */
export const HELDOUT3_PAGES: readonly TestPage[] = [...HELDOUT3_A, ...HELDOUT3_B];

/**
 * The furniture texts the sprint-8 rules leave in batch 3's extraction, as measured the day the
 * batch was written (README). The rules were not changed to remove them: the tests check that
 * nothing else leaks (no byline at all), and a summary never picks any other furniture.
 */
export const HELDOUT3_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  'heldout3-national-paper-tools': ['Correction: An earlier version of this article misstated the size of the vote.'],
  'heldout3-product-review-affiliate': ['*At the time of publishing, the price was $299.'],
  'heldout3-api-reference': ['Baseline', 'Widely available'],
  'heldout3-university-press-release': [
    'Notes to editors',
    'The university is a research-intensive university with 30,000 students and 6,000 staff, ranked among the top 100 in the world.',
  ],
  'heldout3-static-blog-footnotes': ['The cache lives in resources/_gen, which my deploy script copied from a clean checkout.', '↩︎'],
  'heldout3-discussion-thread-votes': ['Welcome to r/ruralliving. Please read the rules before posting.'],
};
