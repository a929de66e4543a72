import type { TestPage } from './page-kit.js';
import { HELDOUT68_A } from './pages-heldout68-a.js';
import { HELDOUT68_B } from './pages-heldout68-b.js';
import { HELDOUT68_C } from './pages-heldout68-c.js';
import { HELDOUT68_D } from './pages-heldout68-d.js';
import { HELDOUT68_E } from './pages-heldout68-e.js';
import { HELDOUT68_F } from './pages-heldout68-f.js';

/**
 * Held-out batch 68, written in session 20 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages, a mixed set shaped like
 * what people save: three news stories (a regional US daily on the BLOX CMS, an Australian metropolitan site on a React front
 * end, a business news wire), two blog posts (a Medium post in a publication, a Substack post with its comments), three
 * documentation pages (an MkDocs Material page, a GitBook published page, a cloud provider's how-to guide on a DevSite-style
 * template), two wiki pages (a Fandom character article, an ArchWiki-style page on Vector 2022) and two forum threads (a solved
 * Discourse topic, a Reddit comments page on the shreddit front end).
 * Held out: measured once, on the round-42 rules (with the alert-bar rule), as a set only: 97.7 % / 98.1 %, 0 / 40 bylines,
 * 9 / 661 furniture, 1 / 12 summaries with any. Its writer saw, outside the brief, the subject line of the round-42 commit
 * (vBulletin, Nextra, Hugo Book, FluxBB, TiddlyWiki and MediaWiki's thumbcaption), after the pages were planned.
 */
export const HELDOUT68_PAGES: readonly TestPage[] = [...HELDOUT68_A, ...HELDOUT68_B, ...HELDOUT68_C, ...HELDOUT68_D, ...HELDOUT68_E, ...HELDOUT68_F];
