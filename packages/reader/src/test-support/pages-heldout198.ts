import type { TestPage } from './page-kit.js';
import { HELDOUT198_A } from './pages-heldout198-a.js';
import { HELDOUT198_B } from './pages-heldout198-b.js';
import { HELDOUT198_C } from './pages-heldout198-c.js';
import { HELDOUT198_D } from './pages-heldout198-d.js';
import { HELDOUT198_E } from './pages-heldout198-e.js';
import { HELDOUT198_F } from './pages-heldout198-f.js';

/**
 * Held-out batch 198, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Irish Independent news story,
 * a Bangkok Post news story, a Punch (Nigeria) news story, a Star (Malaysia) news story, a Dawn (Pakistan) news story, a
 * Kathmandu Post news story, a Daily Star (Bangladesh) news story, a Taipei Times news story, a Korea Herald news story, a
 * Jamaica Gleaner news story, a Times of Malta news story and an RNZ (Radio New Zealand) news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the headline is body; a dateline that opens the first
 * paragraph ("KARACHI:", "WESTERN BUREAU:") stays part of that paragraph (body); closing lines that name the reporter or the
 * print edition ("Published in Dawn, ...", "Additional reporting by CNA", a reporter's e-mail address) are bylines; in-text
 * links to other stories ("Read: ...", "Related stories:" lists, inline "Related News" boxes) and newsletter or app promos
 * placed inside the article body are furniture; a short furniture text that repeats a word already listed (a nav item that is
 * also a tag or breadcrumb) is listed once.
 */
export const HELDOUT198_PAGES: readonly TestPage[] = [...HELDOUT198_A, ...HELDOUT198_B, ...HELDOUT198_C, ...HELDOUT198_D, ...HELDOUT198_E, ...HELDOUT198_F];
