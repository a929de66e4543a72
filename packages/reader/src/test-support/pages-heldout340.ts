import type { TestPage } from './page-kit.js';
import { HELDOUT340_A } from './pages-heldout340-a.js';
import { HELDOUT340_B } from './pages-heldout340-b.js';
import { HELDOUT340_C } from './pages-heldout340-c.js';
import { HELDOUT340_D } from './pages-heldout340-d.js';
import { HELDOUT340_E } from './pages-heldout340-e.js';
import { HELDOUT340_F } from './pages-heldout340-f.js';

/**
 * Held-out batch 340, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an MSN-style syndicated article
 * with the source publisher's logo and "Continue reading" links, a Yahoo News-style syndicated story, an Apple News web
 * preview page (short main text), a Flipboard-style magazine page (a listing), a Ground News-style story page comparing
 * coverage (Next.js markup), a Techmeme-style river page (a listing with short main text), a SmartNews-style article view
 * (JavaScript framework markup with hashed classes), an AP story carried on a local TV station's site, a wire story on a
 * Newspack partner site with "This story originally appeared on", a Medium post with "Originally published at", a Google
 * AMP-cache-style AMP page, and a newsletter-aggregator's "best of the week" page (a listing).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on syndicated pages the publisher's logo name, "Continue reading on ...",
 * "View original article" and "This article originally appeared on ..." / "Originally published at ..." notes are
 * furniture; a preview page's visible excerpt is the whole body; on Ground News the AI summary bullets are the body and the
 * tabs, bias bar and source cards furniture; on Techmeme the title is the lead item's headline (no h1), the body its
 * summary (without the leading dash) and its related-coverage headlines, its cite line a byline, and the outlets, discussion
 * handles and other river items furniture; on Flipboard the magazine's description, item excerpts and the curator's flip
 * notes are body and the item titles headings, sources and "Flipped by" furniture; on the newsletter page the intro, each
 * pick's paragraph and the sign-off are body, the sponsor block and its dek line furniture; a dateline at the start of an AP
 * paragraph is a byline and the rest of the paragraph body; a pull quote repeating the body and its cite are in neither
 * list; Medium's subtitle (an h2 under the title) is the first heading; list items inside an article are body.
 */
export const HELDOUT340_PAGES: readonly TestPage[] = [...HELDOUT340_A, ...HELDOUT340_B, ...HELDOUT340_C, ...HELDOUT340_D, ...HELDOUT340_E, ...HELDOUT340_F];
