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
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the end-of-round-44 rules of batches 88 to 111: 97.4 % / 100.0 %, 1 / 33 bylines, 14 / 484 furniture, 2 / 12
 * summaries with any; training for the round-44 lines of batch 114 (an update note, a wire source line, a narrator line, a Google
 * News call).
 * Gold conventions beyond the usual ones: notices and promos set inside the article (partnership, update and syndication
 * notes, newsletter, meter and app boxes, "Key points" summaries that repeat the story, follow lines, alert banners) are
 * furniture; a magazine dek is body and its pull quote, which repeats a sentence of the text, furniture; "Contributing:"
 * and "... contributed to this report" lines and datelines are bylines; Smart Brevity paragraphs keep their bold inline
 * labels ("Why it matters:") as part of the body text, and a station's "CITY (STATION) —" dateline stays in its paragraph.
 */
export const HELDOUT114_PAGES: readonly TestPage[] = [...HELDOUT114_A, ...HELDOUT114_B, ...HELDOUT114_C, ...HELDOUT114_D, ...HELDOUT114_E, ...HELDOUT114_F];

/**
 * The byline and furniture texts of batch 114 the round-44 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT114_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a section tag and its rail, a gallery's title in the text
  'heldout114-newspack-newsletter-signup-news': ['Education', 'More in Education'],
  'heldout114-gannett-gallery-counters-news': ['Carrow Riverfront Festival 2025'],
  // a story's key points: earlier golds read them as the story's own summary, this gold as furniture
  'heldout114-abn-key-points-share-news': [
    'The Marran River is expected to peak again at Tullabri on Thursday',
    'Emergency services say some properties may be isolated for up to a week',
    'Graziers are being urged to move stock to higher ground now',
  ],
};
