import type { TestPage } from './page-kit.js';
import { HELDOUT230_A } from './pages-heldout230-a.js';
import { HELDOUT230_B } from './pages-heldout230-b.js';
import { HELDOUT230_C } from './pages-heldout230-c.js';
import { HELDOUT230_D } from './pages-heldout230-d.js';
import { HELDOUT230_E } from './pages-heldout230-e.js';
import { HELDOUT230_F } from './pages-heldout230-f.js';

/**
 * Held-out batch 230, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an IEEE Spectrum news story
 * (RebelMouse), an AnandTech-style CPU review (page 1 of a multi-page review), a Physics World research update, a Chemistry
 * World news story, an EurekAlert! news release, a Phys.org news article, a Science News article, a The Conversation article,
 * a university press office story (Drupal 10), a research lab's blog post (Jekyll al-folio with giscus), an engineering
 * society's member-magazine feature (Sitecore) and a Hackster.io project page (docs).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, subtitle, lede box, project pitch or post description is body;
 * table data cells are body; reference, citation, "More information", journal, "Provided by" and "Notes to editors" notes
 * after a story are furniture (source notes), as are a press release's details list, media contact and keywords, and an
 * author's bio line even when it sits inside the body container; inline "Read more" promos inside the body are furniture;
 * a pull quote that repeats a body sentence is in neither list; on Hackster the "Things used in this project" block, the
 * "Story" label and the code and schematic files are in neither list; a short furniture text that is also a word of a short
 * gold line (a heading, a short title) is left out.
 */
export const HELDOUT230_PAGES: readonly TestPage[] = [...HELDOUT230_A, ...HELDOUT230_B, ...HELDOUT230_C, ...HELDOUT230_D, ...HELDOUT230_E, ...HELDOUT230_F];
