import type { TestPage } from './page-kit.js';
import { HELDOUT204_A } from './pages-heldout204-a.js';
import { HELDOUT204_B } from './pages-heldout204-b.js';
import { HELDOUT204_C } from './pages-heldout204-c.js';
import { HELDOUT204_D } from './pages-heldout204-d.js';
import { HELDOUT204_E } from './pages-heldout204-e.js';
import { HELDOUT204_F } from './pages-heldout204-f.js';

/**
 * Held-out batch 204, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ABC News (Australia) news
 * story, an SBS News story, an NHK World-Japan news story, a CBC News story, a The National (UAE) story, a TRT World story,
 * an RFI English story, a Euronews story, an RTÉ News story, a Swissinfo story, a Kyiv Independent story and a Buenos Aires
 * Times story. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary, chapo or excerpt under the headline is body; the ABC
 * "Key points" list is body and its "Key points:" label is in neither list; "With files from" and source lines
 * ("Source: AAP") are bylines, as are reading times and correspondent titles; in-text "Related", "Read also", "Read more"
 * and "More" teasers, audio/"Listen" and "WATCH" cards and membership prompts inside the article body are furniture; a
 * single-word tag that repeats a nav item is listed once.
 */
export const HELDOUT204_PAGES: readonly TestPage[] = [...HELDOUT204_A, ...HELDOUT204_B, ...HELDOUT204_C, ...HELDOUT204_D, ...HELDOUT204_E, ...HELDOUT204_F];
