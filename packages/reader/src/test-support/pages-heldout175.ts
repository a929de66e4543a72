import type { TestPage } from './page-kit.js';
import { HELDOUT175_A } from './pages-heldout175-a.js';
import { HELDOUT175_B } from './pages-heldout175-b.js';
import { HELDOUT175_C } from './pages-heldout175-c.js';
import { HELDOUT175_D } from './pages-heldout175-d.js';
import { HELDOUT175_E } from './pages-heldout175-e.js';
import { HELDOUT175_F } from './pages-heldout175-f.js';

/**
 * Held-out batch 175, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New Advent Catholic
 * Encyclopedia diocese article, a Jewish Virtual Library biography, a Dictionary of Canadian Biography entry, an
 * Australian Dictionary of Biography entry, an Oxford Reference overview page, a HistoryLink.org thumbnail-history essay,
 * a Tennessee Encyclopedia entry, a Handbook of Texas Online community entry, an Encyclopedia Virginia entry, a CALS
 * Encyclopedia of Arkansas entry, a Te Ara (Encyclopedia of New Zealand) story page and a Dictionary of Irish Biography
 * entry. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an entry's own sources or bibliography section ("Sources", "Select
 * Bibliography", "Suggested Reading", "Further Reading", "For additional information:") is a part of the article, its
 * heading a heading and its items body; citation boxes' full citations, the author's name set after the entry and
 * published/updated/revised lines are bylines, their labels and other fields furniture; life dates under a title are in
 * neither list; a timeline list inside the entry is body; "Contents" menus and story page lists that repeat the headings
 * are left out (a Te Ara story's other pages are furniture); a story page's page heading is its first heading.
 */
export const HELDOUT175_PAGES: readonly TestPage[] = [...HELDOUT175_A, ...HELDOUT175_B, ...HELDOUT175_C, ...HELDOUT175_D, ...HELDOUT175_E, ...HELDOUT175_F];
