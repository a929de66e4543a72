import type { TestPage } from './page-kit.js';
import { HELDOUT48_A } from './pages-heldout48-a.js';
import { HELDOUT48_B } from './pages-heldout48-b.js';
import { HELDOUT48_C } from './pages-heldout48-c.js';
import { HELDOUT48_D } from './pages-heldout48-d.js';
import { HELDOUT48_E } from './pages-heldout48-e.js';
import { HELDOUT48_F } from './pages-heldout48-f.js';

/**
 * Held-out batch 48, written in session 18 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Reuters story page, a Guardian
 * live blog, an NPR story with audio, a Financial Times-style paywalled story (on a made-up paper), a Vice article, a BuzzFeed
 * News listicle-style story, a Nature news article, a Hugo Docsy documentation page, a ReadMe.io API guide page, a Ghost post on
 * the Casper theme, a Substack post with comments and a Medium member-only post preview. Not yet measured.
 */
export const HELDOUT48_PAGES: readonly TestPage[] = [...HELDOUT48_A, ...HELDOUT48_B, ...HELDOUT48_C, ...HELDOUT48_D, ...HELDOUT48_E, ...HELDOUT48_F];
