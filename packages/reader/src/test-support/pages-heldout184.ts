import type { TestPage } from './page-kit.js';
import { HELDOUT184_A } from './pages-heldout184-a.js';
import { HELDOUT184_B } from './pages-heldout184-b.js';
import { HELDOUT184_C } from './pages-heldout184-c.js';
import { HELDOUT184_D } from './pages-heldout184-d.js';
import { HELDOUT184_E } from './pages-heldout184-e.js';
import { HELDOUT184_F } from './pages-heldout184-f.js';

/**
 * Held-out batch 184, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Lonely Planet destination
 * article, a Rick Steves travel tip article, an Atlas Obscura place page, a Culture Trip list article, a Time Out city guide
 * list article, a Fodor's travel guide "Plan Your Trip" page, a UNESCO World Heritage Centre site page, a US National Park
 * Service park history page, a Metropolitan Museum collection object page, a British Museum blog post, a Historic England
 * list entry page and a regional tourist board's itinerary page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 is body; numbered list-article entries keep their
 * numbers in the heading ("1. Lantern Bread Co"), and labelled paragraphs inside an entry ("What is it?", "Tip:") keep their
 * labels in the body; a blockquote's attribution line that is part of the story is body; table data cells are body; the
 * label/value "tombstone" blocks of a museum object ("Artwork Details") and of a list entry ("List Entry Summary" with its
 * statutory statement and table), a museum object's maker line, the list entry's repeated "Legal" boilerplate and an
 * itinerary's stop numbers are in neither list; text hidden in the saved page (mega-menus, a collapsed "Long Description",
 * newsletter success and error messages, the gov banner's "how you know" text) is furniture; an author's role next to the
 * name is a byline; a side-menu item that repeats the title is left out.
 */
export const HELDOUT184_PAGES: readonly TestPage[] = [...HELDOUT184_A, ...HELDOUT184_B, ...HELDOUT184_C, ...HELDOUT184_D, ...HELDOUT184_E, ...HELDOUT184_F];
