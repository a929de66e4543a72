import type { TestPage } from './page-kit.js';
import { HELDOUT10_A } from './pages-heldout10-a.js';
import { HELDOUT10_B } from './pages-heldout10-b.js';
import { HELDOUT10_C } from './pages-heldout10-c.js';
import { HELDOUT10_D } from './pages-heldout10-d.js';
import { HELDOUT10_E } from './pages-heldout10-e.js';
import { HELDOUT10_F } from './pages-heldout10-f.js';

/**
 * Held-out batch 10, written in session 11 without reading the reader's rules (src/html), its scripts or its extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a Shopify store blog post, a
 * HubSpot company blog post, a Webflow blog post, a WordPress page built with Elementor, a VitePress documentation
 * page, a Javadoc class page, a man7.org-style man page, an RFC in the RFC Editor's paged HTML, a Project Gutenberg
 * HTML book, a Lobsters-style link discussion, a Bugzilla bug page and a Slashdot-style story with its comments.
 * NOT measured yet: the lead measures it once and labels it in scripts/compare-extractors.ts before any tuning.
 */
export const HELDOUT10_PAGES: readonly TestPage[] = [...HELDOUT10_A, ...HELDOUT10_B, ...HELDOUT10_C, ...HELDOUT10_D, ...HELDOUT10_E, ...HELDOUT10_F];
