import type { TestPage } from './page-kit.js';
import { HELDOUT54_A } from './pages-heldout54-a.js';
import { HELDOUT54_B } from './pages-heldout54-b.js';
import { HELDOUT54_C } from './pages-heldout54-c.js';
import { HELDOUT54_D } from './pages-heldout54-d.js';
import { HELDOUT54_E } from './pages-heldout54-e.js';
import { HELDOUT54_F } from './pages-heldout54-f.js';

/**
 * Held-out batch 54, written in session 19 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: twelve blog posts, each on its own
 * platform or theme: a WordPress post on the Astra theme with reader comments, a WordPress post on the Kadence theme, a
 * Squarespace 7.1 blog post, a Blogger post on the Soho theme, a Ghost post on the Headline theme, a Medium member-only story
 * preview, a DEV Community article with comments, a Hashnode blog post, a Bear Blog post, an Eleventy base-blog post, a Quarto
 * blog post and a Pelican post on the Flex theme.
 * Measured once in session 19 on the round-41 rules (100.0 / 99.2 %); a training batch from then on. (Its writer saw, after
 * committing, the message of one earlier reader commit, on a mail archive's header list; no page of this batch is a mail page.)
 */
export const HELDOUT54_PAGES: readonly TestPage[] = [...HELDOUT54_A, ...HELDOUT54_B, ...HELDOUT54_C, ...HELDOUT54_D, ...HELDOUT54_E, ...HELDOUT54_F];

/** Batch 54 leaks nothing on the round-41 rules (the tests check that none leaks). */
export const HELDOUT54_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
