import type { TestPage } from './page-kit.js';
import { HELDOUT107_A } from './pages-heldout107-a.js';
import { HELDOUT107_B } from './pages-heldout107-b.js';
import { HELDOUT107_C } from './pages-heldout107-c.js';
import { HELDOUT107_D } from './pages-heldout107-d.js';
import { HELDOUT107_E } from './pages-heldout107-e.js';
import { HELDOUT107_F } from './pages-heldout107-f.js';

/**
 * Held-out batch 107, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a BBC News story, a CNN business
 * story, a Reuters markets story, an Al Jazeera news story, a The Hindu city story, an ABC News (Australia) story, a local US
 * daily's story on a TownNews BLOX template, a Financial Times companies story, a Politico congressional story, a news story on
 * The Verge, an ESPN soccer match story and a GOV.UK press release.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the end-of-round-44 rules (lines of batches 88 to 111): 99.7 % / 98.8 %, 2 / 46 bylines, 2 / 678 furniture, 3 /
 * 12 summaries with any; not tuned on (held out; its pages were never looked at).
 * Gold conventions beyond the usual ones: a dek, standfirst, subhead or lead paragraph is body; a dateline that opens the first
 * paragraph (CNN's source cite, Reuters', Al Jazeera's and ESPN's place lines) is a byline and that paragraph's body text starts
 * after it; sign-offs ("Reporting by ...", "... contributed to this report", "Source: Al Jazeera") are bylines; the ABC's
 * "In short:" / "What's next?" summary paragraphs are body; newsletter, subscription and product promos and "Related" cards
 * inside the article body are furniture; image captions and credits are furniture; a press release's summary bullets, quotes
 * and "Notes to editors" are body, its "From:" and "Published" metadata bylines.
 */
export const HELDOUT107_PAGES: readonly TestPage[] = [...HELDOUT107_A, ...HELDOUT107_B, ...HELDOUT107_C, ...HELDOUT107_D, ...HELDOUT107_E, ...HELDOUT107_F];
