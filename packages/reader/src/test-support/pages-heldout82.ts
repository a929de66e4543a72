import type { TestPage } from './page-kit.js';
import { HELDOUT82_A } from './pages-heldout82-a.js';
import { HELDOUT82_B } from './pages-heldout82-b.js';
import { HELDOUT82_C } from './pages-heldout82-c.js';
import { HELDOUT82_D } from './pages-heldout82-d.js';
import { HELDOUT82_E } from './pages-heldout82-e.js';
import { HELDOUT82_F } from './pages-heldout82-f.js';

/**
 * Held-out batch 82, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia article on the mobile
 * MinervaNeue skin, a Wikivoyage city guide in Vector 2022, a Fandom game-wiki boss article, a Cleveland Clinic-style health
 * library condition page, a Verywell Health-style (Dotdash Meredith) article, a Britannica-style encyclopedia biography, a
 * Merriam-Webster-style word page, page 2 of a HowStuffWorks-style paged article, an NHS inform-style condition page, a
 * LibGuides university library research guide page, an iFixit repair guide with steps and a wikiHow article with parts and
 * expert Q&A. Brands, people, places and facts are invented; the markup follows the real templates. Held out: measured once, on
 * the round-43 rules (notices of batches 78 and 79 in part), as a set only: 96.4 % / 98.6 %, 1 / 29 bylines, 23 / 659
 * furniture, 1 / 12 summaries with any.
 * Gold conventions beyond the brief: reference and source lists (Wikipedia references, a health site's references, Verywell's
 * sources, wikiHow's references), infoboxes and quick-fact boxes, a dek or guide description under the headline, "Step n" /
 * "Part n" labels, sense numbers and map-marker numbers are in neither list; a table of contents or jump list that repeats
 * the headings is furniture but its copies of the headings are left out of the furniture list, and so are furniture texts
 * (a nav item, a tag, a tab) that are words of a short gold line (a heading or a link title), so that the gold stays
 * unambiguous; "last edited" / "last updated" / "next review" lines are bylines; a repair guide's user comments are
 * furniture; a dictionary entry's senses, examples and etymology are its body.
 */
export const HELDOUT82_PAGES: readonly TestPage[] = [...HELDOUT82_A, ...HELDOUT82_B, ...HELDOUT82_C, ...HELDOUT82_D, ...HELDOUT82_E, ...HELDOUT82_F];
