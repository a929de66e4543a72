import type { TestPage } from './page-kit.js';
import { HELDOUT67_A } from './pages-heldout67-a.js';
import { HELDOUT67_B } from './pages-heldout67-b.js';
import { HELDOUT67_C } from './pages-heldout67-c.js';
import { HELDOUT67_D } from './pages-heldout67-d.js';
import { HELDOUT67_E } from './pages-heldout67-e.js';
import { HELDOUT67_F } from './pages-heldout67-f.js';

/**
 * Held-out batch 67, written in session 20 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages, a mixed set shaped like
 * what people save: three news stories (a US national paper's React page, a UK public broadcaster's regional story, a tech
 * news site's story), two blog posts (a personal Hugo blog on the PaperMod theme, a WordPress food blog with a WP Recipe Maker
 * card and reader comments), three documentation pages (a Read the Docs page built by Sphinx with sphinx_rtd_theme, a
 * Docusaurus 3 product guide, a developer guide on a vendor's Mintlify-style docs site), two wiki pages (a Wikipedia article
 * on the Vector 2022 skin with an infobox, a game's community MediaWiki on the legacy Vector skin) and two forum threads (a
 * Stack Exchange question with two answers and comments, a XenForo 2 thread with a quote).
 * Brands, people, places and facts are invented; the markup follows the real templates. Held out:
 * measured once, on the rules of the end of round 42, as a set only: 98.1 % / 99.9 %, 0 / 54 bylines, 7 / 779 furniture,
 * 3 / 12 summaries with any.
 */
export const HELDOUT67_PAGES: readonly TestPage[] = [...HELDOUT67_A, ...HELDOUT67_B, ...HELDOUT67_C, ...HELDOUT67_D, ...HELDOUT67_E, ...HELDOUT67_F];
