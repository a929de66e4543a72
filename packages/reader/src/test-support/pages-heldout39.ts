import type { TestPage } from './page-kit.js';
import { HELDOUT39_A } from './pages-heldout39-a.js';
import { HELDOUT39_B } from './pages-heldout39-b.js';
import { HELDOUT39_C } from './pages-heldout39-c.js';
import { HELDOUT39_D } from './pages-heldout39-d.js';
import { HELDOUT39_E } from './pages-heldout39-e.js';
import { HELDOUT39_F } from './pages-heldout39-f.js';

/**
 * Held-out batch 39, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Docs
 * document published to the web, a publicly shared Confluence Cloud page, a GitBook docs page, a GitHub repository main
 * page rendering its README, an npm package page rendering its README, a GitHub Releases page for one release, an
 * Eventbrite event page, a Greenhouse job posting, a Goodreads single review page, a Kickstarter campaign page, a
 * Britannica-style encyclopedia biography and a MedlinePlus-style health topic page (the last two on invented sites).
 * Not yet measured, and not wired into any test or script.
 */
export const HELDOUT39_PAGES: readonly TestPage[] = [...HELDOUT39_A, ...HELDOUT39_B, ...HELDOUT39_C, ...HELDOUT39_D, ...HELDOUT39_E, ...HELDOUT39_F];
