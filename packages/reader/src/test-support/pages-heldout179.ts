import type { TestPage } from './page-kit.js';
import { HELDOUT179_A } from './pages-heldout179-a.js';
import { HELDOUT179_B } from './pages-heldout179-b.js';
import { HELDOUT179_C } from './pages-heldout179-c.js';
import { HELDOUT179_D } from './pages-heldout179-d.js';
import { HELDOUT179_E } from './pages-heldout179-e.js';
import { HELDOUT179_F } from './pages-heldout179-f.js';

/**
 * Held-out batch 179, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a CDC MMWR report page, a WHO
 * news release, a UN News story, a World Bank blog post, an IMF blog post, a USGS news release, a NOAA news story, a House
 * of Commons Library (UK Parliament) research briefing page, a European Parliament press release, a Gates Foundation
 * "Ideas" article, an American Red Cross news story and a state attorney general press release.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body, captions, header cells and table footnotes not; an
 * MMWR report's Summary box (questions and answers) and abstract are body, its acknowledgments, affiliations,
 * corresponding author, conflict statement, references, suggested citation and disclaimer furniture; a release's "Note to
 * editors" section is body, media contacts furniture; a bold lead or a bold bullet summary is body; a quote set apart in
 * the text (a speaker quoted in the story) is body, but a pull quote that repeats a sentence of the text is in neither list;
 * an in-text "Read more" promo, a donation promo, a staff-views disclaimer, author bios and organisation boilerplate
 * ("About the American Red Cross") are furniture; a dateline that opens the first paragraph stays in it; an article type
 * label ("News release", "Research Briefing", "Press Release") is furniture; "On This Page" lists that repeat the
 * headings are left out.
 */
export const HELDOUT179_PAGES: readonly TestPage[] = [...HELDOUT179_A, ...HELDOUT179_B, ...HELDOUT179_C, ...HELDOUT179_D, ...HELDOUT179_E, ...HELDOUT179_F];
