import type { TestPage } from './page-kit.js';
import { HELDOUT61_A } from './pages-heldout61-a.js';
import { HELDOUT61_B } from './pages-heldout61-b.js';
import { HELDOUT61_C } from './pages-heldout61-c.js';
import { HELDOUT61_D } from './pages-heldout61-d.js';
import { HELDOUT61_E } from './pages-heldout61-e.js';
import { HELDOUT61_F } from './pages-heldout61-f.js';

/**
 * Held-out batch 61, written in session 20 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: wiki pages on engines other than
 * Wikipedia's own skin, one of each: a DokuWiki page (default template), a single-file TiddlyWiki saved with one tiddler open,
 * a PmWiki page (pmwiki-responsive skin), a Wiki.js 2 page as rendered, a BookStack page, a Notion page published to the web,
 * an Outline shared document, an Obsidian Publish note, a MediaWiki article on the Citizen skin (Miraheze), a Fandom article
 * on the FandomDesktop skin, a GitHub repository wiki page and a Confluence Data Center page.
 * Not yet measured.
 */
export const HELDOUT61_PAGES: readonly TestPage[] = [...HELDOUT61_A, ...HELDOUT61_B, ...HELDOUT61_C, ...HELDOUT61_D, ...HELDOUT61_E, ...HELDOUT61_F];
