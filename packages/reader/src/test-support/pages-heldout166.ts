import type { TestPage } from './page-kit.js';
import { HELDOUT166_A } from './pages-heldout166-a.js';
import { HELDOUT166_B } from './pages-heldout166-b.js';
import { HELDOUT166_C } from './pages-heldout166-c.js';
import { HELDOUT166_D } from './pages-heldout166-d.js';
import { HELDOUT166_E } from './pages-heldout166-e.js';
import { HELDOUT166_F } from './pages-heldout166-f.js';

/**
 * Held-out batch 166, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a The Markup investigation, a
 * Rest of World story, a Quartz markets article, a Fortune banking article, a Barron's stock-pick article, a MarketWatch
 * personal-finance story, a Yahoo Finance earnings article, a Fierce Healthcare health-tech story, a Times of Israel economy
 * story, a STAT News First Opinion essay, The Information article preview for a non-subscriber and a Semafor story with its
 * The News / Know More / The View sections. Brands, people, places and facts are invented; the markup follows the real
 * templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subheadline or summary list under the headline (Rest of World's takeaways,
 * The Information's "The Takeaway" bullets) is body, and "The Takeaway" is a heading; ticker chips inside a paragraph
 * (MarketWatch) are part of that paragraph's body text, while ticker boxes and strips outside the text are furniture;
 * promo lines inside the article text ("Read:", "Also read:", "Related:", "Read more", "Click here for ...", an event
 * promo paragraph, a newsletter box) are furniture; the rest of a story collapsed behind "Story Continues" is body; a
 * "Write to ... at ..." line and a Semafor location next to the author are bylines; a text that recurs in several places
 * (a nav item that is also a kicker) is listed once.
 */
export const HELDOUT166_PAGES: readonly TestPage[] = [...HELDOUT166_A, ...HELDOUT166_B, ...HELDOUT166_C, ...HELDOUT166_D, ...HELDOUT166_E, ...HELDOUT166_F];
