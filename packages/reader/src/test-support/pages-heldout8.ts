import type { TestPage } from './page-kit.js';
import { HELDOUT8_A } from './pages-heldout8-a.js';
import { HELDOUT8_B } from './pages-heldout8-b.js';
import { HELDOUT8_C } from './pages-heldout8-c.js';
import { HELDOUT8_D } from './pages-heldout8-d.js';
import { HELDOUT8_E } from './pages-heldout8-e.js';
import { HELDOUT8_F } from './pages-heldout8-f.js';

/**
 * Held-out batch 8, written in session 10 without reading the reader's rules or running the extractor on
 * these pages: an AMP regional news page, a court news story, a CivicPlus "News Flash" item, a local
 * obituary with its guest book, a Squarespace essay, a Wix blog post, a Tumblr text post with notes, an
 * NGO campaign story, an MkDocs Material page, a Docsy release-notes page, a Pipermail archive message
 * and a Google Groups conversation. Not wired into ALL_PAGES: the lead measures it once.
 */
export const HELDOUT8_PAGES: readonly TestPage[] = [...HELDOUT8_A, ...HELDOUT8_B, ...HELDOUT8_C, ...HELDOUT8_D, ...HELDOUT8_E, ...HELDOUT8_F];
