import type { TestPage } from './page-kit.js';
import { HELDOUT161_A } from './pages-heldout161-a.js';
import { HELDOUT161_B } from './pages-heldout161-b.js';
import { HELDOUT161_C } from './pages-heldout161-c.js';
import { HELDOUT161_D } from './pages-heldout161-d.js';
import { HELDOUT161_E } from './pages-heldout161-e.js';
import { HELDOUT161_F } from './pages-heldout161-f.js';

/**
 * Held-out batch 161, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Hackaday blog post with reader
 * comments, a Phoronix news article (paragraphs split by double <br>), an LWN.net feature article with subscriber comments, a
 * Lifehacker how-to article, a Gizmodo science article, an Engadget gadget story, a 9to5Mac app story, a MacRumors accessory
 * story, a ZDNET first-person software article, a CNET headphone review, a PCMag monitor review and a Polygon game review
 * (Valnet template). Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subheadline is body; a review's verdict texts written by the reviewer
 * ("The Bottom Line", Pros / Cons and Like / Don't like items, ZDNET's key takeaways) are body while their labels, scores,
 * prices and buttons are furniture; specs tables are in neither list; site notices inside the article body (affiliate and
 * lawsuit disclosures, sponsor lines, "Also:" and "Read more:" related-story lines, newsletter and Google News lines, the LWN
 * trial box) are furniture; a quotation set off in the story (Phoronix blockquote, LWN BigQuote) is body; a Polygon review's
 * closing "reviewed on" note is body; a short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT161_PAGES: readonly TestPage[] = [...HELDOUT161_A, ...HELDOUT161_B, ...HELDOUT161_C, ...HELDOUT161_D, ...HELDOUT161_E, ...HELDOUT161_F];
