import type { TestPage } from './page-kit.js';
import { HELDOUT120_A } from './pages-heldout120-a.js';
import { HELDOUT120_B } from './pages-heldout120-b.js';
import { HELDOUT120_C } from './pages-heldout120-c.js';
import { HELDOUT120_D } from './pages-heldout120-d.js';
import { HELDOUT120_E } from './pages-heldout120-e.js';
import { HELDOUT120_F } from './pages-heldout120-f.js';

/**
 * Held-out batch 120, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a local story on an NPR member
 * station's Grove (Brightspot) site, a ProPublica-template investigation, a Euronews story, a DW English story, a France 24
 * English story, a Japan Times story on WordPress, a Straits Times story, a Kyiv Independent story on Ghost, a Mother Jones
 * article on WordPress, a Slate article, a Lee Enterprises local paper story on BLOX (TownNews) and a Guardian Australia live
 * blog (dotcom-rendering). Brands, people, places and facts are invented; the markup follows the real templates.
 * Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, teaser, chapo, subhead or excerpt is body; a dateline opening
 * the first paragraph ("SINGAPORE –") stays part of it; source and credit lines that close a story ("(MONDE 24 with AFP)",
 * "Additional sources • AFP", "Edited by: ...", a local reporter's contact line) and a short link are bylines; promos inside
 * the article body (newsletter pitches, "Read more" / "Read also:" / "READ MORE HERE" / "Related" boxes, membership and
 * donation callouts, the "Note from the author" card, tip callouts, reporter notes, channel invitations, "Advertisement"
 * labels) are furniture; in the live blog the standfirst bullets and every block's paragraphs and list items are body, the
 * block headings are the headings, the block times, contributor names and "Updated at" lines are bylines, and the key events
 * list, which repeats the block headings, is left out.
 */
export const HELDOUT120_PAGES: readonly TestPage[] = [...HELDOUT120_A, ...HELDOUT120_B, ...HELDOUT120_C, ...HELDOUT120_D, ...HELDOUT120_E, ...HELDOUT120_F];
