import type { TestPage } from './page-kit.js';
import { HELDOUT5_A } from './pages-heldout5-a.js';
import { HELDOUT5_B } from './pages-heldout5-b.js';
import { HELDOUT5_C } from './pages-heldout5-c.js';
import { HELDOUT5_D } from './pages-heldout5-d.js';
import { HELDOUT5_E } from './pages-heldout5-e.js';
import { HELDOUT5_F } from './pages-heldout5-f.js';

/**
 * Held-out batch 5: 12 pages written in session 9 while the extraction rules were being changed
 * elsewhere, without reading the rules or running the extractor on them (a regional newspaper on
 * an Arc XP template, a wire press release, a football match report, a phys.org-style science
 * story, a Substack post, a Medium post, a WP Recipe Maker recipe blog, a gadget review with a
 * score card, an MDN reference page, a GitHub README, a Reddit thread, a Wikipedia article).
 * It is measured once, by compare-extractors.ts, after the rule changes merge; until then no
 * test iterates over it (ALL_PAGES and TRAINING_PAGES leave it out), so nothing is tuned to it.
 */
export const HELDOUT5_PAGES: readonly TestPage[] = [...HELDOUT5_A, ...HELDOUT5_B, ...HELDOUT5_C, ...HELDOUT5_D, ...HELDOUT5_E, ...HELDOUT5_F];
