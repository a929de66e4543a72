import type { TestPage } from './page-kit.js';
import { osmWikiPage } from './pages-heldout163-c2.js';
import { mediawikiHelpPage } from './pages-heldout163-c3.js';

/**
 * Held-out batch 163, file c: an OpenStreetMap wiki tag page (file c2) and a MediaWiki.org help page (file c3).
 */
export const HELDOUT163_C: readonly TestPage[] = [osmWikiPage, mediawikiHelpPage];
