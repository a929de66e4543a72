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
 * Measured once on the round-41 rules (with the summarizer's fragment rule): 99.1 % / 99.3 %, 0 / 21 bylines, 11 / 450
 * furniture, 1 / 12 summaries with any; training for the round-42 rules (spoiler notice, "See also" sentences).
 */
export const HELDOUT61_PAGES: readonly TestPage[] = [...HELDOUT61_A, ...HELDOUT61_B, ...HELDOUT61_C, ...HELDOUT61_D, ...HELDOUT61_E, ...HELDOUT61_F];

/**
 * The byline and furniture texts of batch 61 the round-42 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT61_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the wiki's name over the page, as DokuWiki's header sets it, and its tagline
  'heldout61-dokuwiki': ['Northgate Makerspace Wiki', 'Northgate Makerspace'],
  // a tag pill of the open tiddler
  'heldout61-tiddlywiki': ['Plot 23'],
  // PmWiki's floated "Quick facts" frame (an infobox by another name); its picture's caption with its credit goes since round 70
  'heldout61-pmwiki': ['Quick facts', 'Built: 1887–1889', 'Engineer: Joseph Allard', 'Owner: Mill Lane Engine Trust'],
  // the published vault's name over the note
  'heldout61-obsidian-publish': ['Slow Miles'],
};
