import type { TestPage } from './page-kit.js';
import { HELDOUT71_A } from './pages-heldout71-a.js';
import { HELDOUT71_B } from './pages-heldout71-b.js';
import { HELDOUT71_C } from './pages-heldout71-c.js';
import { HELDOUT71_D } from './pages-heldout71-d.js';
import { HELDOUT71_E } from './pages-heldout71-e.js';
import { HELDOUT71_F } from './pages-heldout71-f.js';

/**
 * Held-out batch 71, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Lee Enterprises regional
 * newspaper story on BLOX CMS (news), a UK national paper's live story with a "Key points" box and a paywall prompt (news),
 * an Australian public broadcaster's story on a Next.js page (news), a Substack newsletter post with subscribe widgets and
 * comments (blog), a member-only Medium article in a publication (blog), a MkDocs Material user-guide page of a Python
 * library (docs), an AWS-docs-shaped cloud tutorial (docs), a react.dev-shaped API reference page (docs), a Wikipedia
 * article on Vector 2022 (wiki), a wikiHow how-to (wiki), a Stack Overflow question with three answers (forum) and a
 * Hacker News "Ask HN" item with a nested comment thread (forum). Brands, people, places and facts are invented; the
 * markup follows the real templates. Held out: measured once, on the round-43 rules (forums), as a set only: 97.1 % / 99.2 %, 2
 * / 63 bylines, 22 / 665 furniture,
 * 0 / 12 summaries with any.
 * Gold conventions beyond the brief's: standfirsts, decks and subtitles are body; a "Key points" box of jump links to a
 * live story's posts is furniture (a table of contents), while a prose "In short" box at the top of the body is body;
 * tables of contents that repeat the headings are not listed; box labels ("Note", "Warning", "Important", "Pitfall",
 * "Deep Dive") are furniture and the boxes' texts body; table data cells are body; an infobox is in neither list (its
 * caption is furniture); References/External links sections and a closing "Contact ..." line are not article text; a
 * furniture text that is also a word of a short gold line (a tag, a nav item) is left out, as noted on each page.
 */
export const HELDOUT71_PAGES: readonly TestPage[] = [...HELDOUT71_A, ...HELDOUT71_B, ...HELDOUT71_C, ...HELDOUT71_D, ...HELDOUT71_E, ...HELDOUT71_F];
