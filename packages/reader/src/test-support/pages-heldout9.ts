import type { TestPage } from './page-kit.js';
import { HELDOUT9_A } from './pages-heldout9-a.js';
import { HELDOUT9_B } from './pages-heldout9-b.js';
import { HELDOUT9_C } from './pages-heldout9-c.js';
import { HELDOUT9_D } from './pages-heldout9-d.js';
import { HELDOUT9_E } from './pages-heldout9-e.js';
import { HELDOUT9_F } from './pages-heldout9-f.js';

/**
 * Held-out batch 9, written in session 11 without reading the reader's rules or its extract tests and without
 * running the extractor (or the CLI, or any test) on these pages: a Mailchimp-style e-mail newsletter archive, a
 * 2000s table-layout club page, a Word "Save as HTML" paper with footnotes, a Google Docs "Publish to the web"
 * report, a Ghost (Casper) post, a Hugo (PaperMod) post, an arXiv-style abstract page, a GitBook page, a Mastodon
 * thread, a Drupal 7 university news node, a mayor's speech on a council site and an accordion FAQ page.
 * NOT measured yet: the lead measures it once and labels it in scripts/compare-extractors.ts before any tuning.
 */
export const HELDOUT9_PAGES: readonly TestPage[] = [...HELDOUT9_A, ...HELDOUT9_B, ...HELDOUT9_C, ...HELDOUT9_D, ...HELDOUT9_E, ...HELDOUT9_F];
