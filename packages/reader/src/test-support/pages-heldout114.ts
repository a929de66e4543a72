import type { TestPage } from './page-kit.js';
import { HELDOUT114_A } from './pages-heldout114-a.js';
import { HELDOUT114_B } from './pages-heldout114-b.js';
import { HELDOUT114_C } from './pages-heldout114-c.js';
import { HELDOUT114_D } from './pages-heldout114-d.js';
import { HELDOUT114_E } from './pages-heldout114-e.js';
import { HELDOUT114_F } from './pages-heldout114-f.js';

/**
 * Held-out batch 114, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Arc XP metro daily story opened
 * by a partnership note, a Newspack nonprofit newsroom story opened by a newsletter signup block, a cable-news "Stellar"
 * story opened by Updated/Published lines and an update note, a Next.js monthly magazine story opened by a "Listen to this
 * article" player, a Gannett local story opened by an inline gallery with "1 of 8" counters, a public broadcaster's story
 * opened by a "Key points" box and a "Share this story" row, a BLOX CMS daily story opened by a Google News follow line, a
 * McClatchy-style story with a paywall meter banner, a Hearst-style story closed by "Read more:" links and a "Contact the
 * reporter" box, a wire story on a portal opened by "This article originally appeared in ...", an Axios-style Smart Brevity
 * explainer opened by "Why it matters" and "Catch up quick", and a local TV station story opened by a weather alert banner
 * and a "Watch live" promo.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: notices and promos set inside the article (partnership, update and syndication
 * notes, newsletter, meter and app boxes, "Key points" summaries that repeat the story, follow lines, alert banners) are
 * furniture; a magazine dek is body and its pull quote, which repeats a sentence of the text, furniture; "Contributing:"
 * and "... contributed to this report" lines and datelines are bylines; Smart Brevity paragraphs keep their bold inline
 * labels ("Why it matters:") as part of the body text, and a station's "CITY (STATION) —" dateline stays in its paragraph.
 */
export const HELDOUT114_PAGES: readonly TestPage[] = [...HELDOUT114_A, ...HELDOUT114_B, ...HELDOUT114_C, ...HELDOUT114_D, ...HELDOUT114_E, ...HELDOUT114_F];
