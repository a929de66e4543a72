import type { TestPage } from './page-kit.js';
import { HELDOUT172_A } from './pages-heldout172-a.js';
import { HELDOUT172_B } from './pages-heldout172-b.js';
import { HELDOUT172_C } from './pages-heldout172-c.js';
import { HELDOUT172_D } from './pages-heldout172-d.js';
import { HELDOUT172_E } from './pages-heldout172-e.js';
import { HELDOUT172_F } from './pages-heldout172-f.js';

/**
 * Held-out batch 172, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Alaska Beacon (States Newsroom)
 * news story, a Block Club Chicago news story (Newspack), a THE CITY (New York) news story (Newspack), a Honolulu Civil Beat news
 * story, a Voice of San Diego news story (Newspack), a MinnPost news story, a Cardinal News (Virginia) news story (Newspack), a
 * Berkeleyside news story (Cityside Newspack), a The Tyee (Canada) news story, a Crikey (Australia) news story, a The Spinoff
 * (New Zealand) news story and a Daily Maverick (South Africa) news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the outlets' names are the platforms' own (as in earlier batches), the stories in
 * them invented; a dek, subtitle, standfirst or excerpt is body; a dateline opening the first paragraph ("PILSEN —") stays
 * in its paragraph (body); notes set apart in the content (funder or sponsor lines, "originally appeared in" and "first
 * appeared in" notes, an italic closing author note) are furniture, as are newsletter prompts, "Related" blocks and podcast
 * plugs inside the content; an author's role label and an "Updated" label are bylines; reader comments are furniture.
 */
export const HELDOUT172_PAGES: readonly TestPage[] = [...HELDOUT172_A, ...HELDOUT172_B, ...HELDOUT172_C, ...HELDOUT172_D, ...HELDOUT172_E, ...HELDOUT172_F];
