import type { TestPage } from './page-kit.js';
import { HELDOUT7_A } from './pages-heldout7-a.js';
import { HELDOUT7_B } from './pages-heldout7-b.js';
import { HELDOUT7_C } from './pages-heldout7-c.js';
import { HELDOUT7_D } from './pages-heldout7-d.js';
import { HELDOUT7_E } from './pages-heldout7-e.js';
import { HELDOUT7_F } from './pages-heldout7-f.js';

/**
 * Held-out batch 7: 12 pages written in session 10 without reading the reader's rules and
 * without running the extractor on them, to be measured once. Shapes, none of them in the
 * earlier batches:
 * - news: a public broadcaster's explainer with question subheads and "Related topics"
 *   (heldout7-broadcaster-explainer); a financial news page with a ticker strip, quote box and
 *   "Key Points" (heldout7-markets-news); a wire agency's fact check with a rating badge and a
 *   "Verdict" section (heldout7-wire-factcheck); a football club's official news page with a
 *   fixtures bar (heldout7-club-news)
 * - blog: an academic's Jekyll "Minimal Mistakes" site (heldout7-jekyll-academic); a
 *   WordPress.com post with Jetpack blocks and the reblog bar (heldout7-wordpresscom-blog); a
 *   Blogger post with its archive tree (heldout7-blogger-post)
 * - docs: a Confluence runbook with macros and a page tree (heldout7-confluence-runbook); a
 *   docs.rs crate page (heldout7-docsrs-crate)
 * - forum: a phpBB topic (heldout7-phpbb-topic); a Quora-style question with two answers
 *   (heldout7-qa-answers)
 * - wiki/reference: a museum's online collection object page (heldout7-museum-object)
 */
export const HELDOUT7_PAGES: readonly TestPage[] = [...HELDOUT7_A, ...HELDOUT7_B, ...HELDOUT7_C, ...HELDOUT7_D, ...HELDOUT7_E, ...HELDOUT7_F];
