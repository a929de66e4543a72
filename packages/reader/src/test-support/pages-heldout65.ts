import type { TestPage } from './page-kit.js';
import { HELDOUT65_A } from './pages-heldout65-a.js';
import { HELDOUT65_B } from './pages-heldout65-b.js';
import { HELDOUT65_C } from './pages-heldout65-c.js';
import { HELDOUT65_D } from './pages-heldout65-d.js';
import { HELDOUT65_E } from './pages-heldout65-e.js';
import { HELDOUT65_F } from './pages-heldout65-f.js';

/**
 * Held-out batch 65, written in session 20 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: twelve news stories, each on its
 * publisher's own template as saved in 2025: an NBC News article, a CBS News (CBS Colorado) article, a Newsweek article in
 * its "Why It Matters" format, a Forbes staff breaking-news article, an Engadget article, a Mashable article, a Telegraph
 * (UK) article, a Times (UK) article with its comments, a Sydney Morning Herald article, an Irish Times article, a Straits
 * Times article and a France 24 article. Article texts, people and figures are invented.
 * Not yet measured; not wired into any test or script.
 */
export const HELDOUT65_PAGES: readonly TestPage[] = [...HELDOUT65_A, ...HELDOUT65_B, ...HELDOUT65_C, ...HELDOUT65_D, ...HELDOUT65_E, ...HELDOUT65_F];
