import type { TestPage } from './page-kit.js';
import { HELDOUT58_A } from './pages-heldout58-a.js';
import { HELDOUT58_B } from './pages-heldout58-b.js';
import { HELDOUT58_C } from './pages-heldout58-c.js';
import { HELDOUT58_D } from './pages-heldout58-d.js';
import { HELDOUT58_E } from './pages-heldout58-e.js';
import { HELDOUT58_F } from './pages-heldout58-f.js';

/**
 * Held-out batch 58, written in session 19 without reading the reader's rules (src/html), its scripts, README or extract tests
 * and without running the extractor (or the CLI, the API, the demo or any test) on these pages: wiki and encyclopedia pages,
 * one of each: an English Wikipedia article on the Vector 2022 skin (hatnotes, "Main article:" lines, captioned thumbnails,
 * footnote clusters), an English Wikipedia biography as the mobile site (Minerva) serves it, a MediaWiki page on the Timeless
 * skin, a Minecraft Wiki block page, a PCGamingWiki game page, a RationalWiki article, a Citizendium article, a World History
 * Encyclopedia definition, a New World Encyclopedia biography, a Ballotpedia local ballot-measure page, an XWiki page with
 * comments and a MoinMoin page in the style of wiki.python.org. Measured once in session 19 on the round-41 rules (87.7 / 98.8 %);
 * a training batch from then on.
 */
export const HELDOUT58_PAGES: readonly TestPage[] = [...HELDOUT58_A, ...HELDOUT58_B, ...HELDOUT58_C, ...HELDOUT58_D, ...HELDOUT58_E, ...HELDOUT58_F];
