import type { TestPage } from './page-kit.js';
import { HELDOUT142_A } from './pages-heldout142-a.js';
import { HELDOUT142_B } from './pages-heldout142-b.js';
import { HELDOUT142_C } from './pages-heldout142-c.js';
import { HELDOUT142_D } from './pages-heldout142-d.js';
import { HELDOUT142_E } from './pages-heldout142-e.js';
import { HELDOUT142_F } from './pages-heldout142-f.js';

/**
 * Held-out batch 142, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Tampa Bay Times local news
 * story (Arc XP), a Minnesota Star Tribune local news story (Next.js), a Boston Globe metro news story (Arc XP), a Chicago
 * Tribune city news story (MediaNews Group WordPress), a Seattle Times transportation news story (WordPress VIP), a Denver
 * Post environment news story (MediaNews Group WordPress), a Miami Herald education news story (McClatchy), a Dallas Morning
 * News business news story (Arc XP), a Texas Tribune health news story, a CalMatters housing news story (WordPress), a
 * POLITICO Europe policy news story (WordPress) and a Euronews Green news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary or excerpt shown under the headline (CalMatters' "In summary" text
 * included, its label not) is body; a dateline that opens the first paragraph stays in that paragraph (body); reporter
 * taglines and contact lines at the end of a story, "contributed to this report" / "contributed reporting" lines,
 * "This article has been updated.", "Originally Published" and "This story was originally published" lines, outlet and staff
 * title lines next to the author ("Times staff writer", "Globe Staff,") and reading times are bylines; promos written as
 * story paragraphs ("Sign up for The Brief", "Get more Colorado news", an italic "Related:" link) and sponsor disclosures
 * and series notes at the end of a story are furniture; inline "Related Articles" lists and newsletter boxes inside the
 * body are furniture; captions and photo credits are furniture; texts that appear only in attributes (placeholders,
 * aria-labels) are in neither list; a furniture text repeated on the page (a hidden mobile menu copy) is listed once.
 */
export const HELDOUT142_PAGES: readonly TestPage[] = [...HELDOUT142_A, ...HELDOUT142_B, ...HELDOUT142_C, ...HELDOUT142_D, ...HELDOUT142_E, ...HELDOUT142_F];
