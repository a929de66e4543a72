import type { TestPage } from './page-kit.js';
import { HELDOUT74_A } from './pages-heldout74-a.js';
import { HELDOUT74_B } from './pages-heldout74-b.js';
import { HELDOUT74_C } from './pages-heldout74-c.js';
import { HELDOUT74_D } from './pages-heldout74-d.js';
import { HELDOUT74_E } from './pages-heldout74-e.js';
import { HELDOUT74_F } from './pages-heldout74-f.js';

/**
 * Held-out batch 74, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Al Jazeera English news story,
 * a Deutsche Welle English news story, a CBC News story, an NDTV syndicated news story, an RTÉ News story, a South China
 * Morning Post story, a Japan Times story, a The Conversation article by an academic, a ProPublica investigation, an Atlantic
 * feature, a McClatchy regional paper (Miami Herald shape) story and a TechCrunch shape trade story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Held out: measured once, on the
 * round-43 rules (forums), as a set only: 96.5 % / 100.0 %, 1 / 40 bylines, 5 / 693
 * furniture, 2 / 12 summaries with any.
 * Gold conventions beyond the usual ones: a story's standfirst (subhead, deck, dek, teaser, SCMP's summary bullets) and
 * NDTV's AI "Quick Read" points are in neither list (the labels around them are furniture); a dateline that opens the first
 * paragraph is a byline and that paragraph's body text starts after it; an author's name repeated in an author box is the
 * same byline; promos, "Read more:" / "Read:" / "Also Read" links, partnership and syndication notes, print-edition and
 * "originally published" lines inside the article's text container are furniture; a short topic tag that is a word of a
 * section heading is left out; a text shown in two places (a menu item and a kicker) is listed once.
 * Each article is written once as blocks (pages-heldout74-kit.ts), and its HTML and gold body and headings come from them.
 */
export const HELDOUT74_PAGES: readonly TestPage[] = [...HELDOUT74_A, ...HELDOUT74_B, ...HELDOUT74_C, ...HELDOUT74_D, ...HELDOUT74_E, ...HELDOUT74_F];
