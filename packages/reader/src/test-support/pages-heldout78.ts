import type { TestPage } from './page-kit.js';
import { HELDOUT78_A } from './pages-heldout78-a.js';
import { HELDOUT78_B } from './pages-heldout78-b.js';
import { HELDOUT78_C } from './pages-heldout78-c.js';
import { HELDOUT78_D } from './pages-heldout78-d.js';
import { HELDOUT78_E } from './pages-heldout78-e.js';
import { HELDOUT78_F } from './pages-heldout78-f.js';

/**
 * Held-out batch 78, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: twelve news stories from publishers
 * that put notices, labels and promos inside or right above the text: an Independent standard story with the inline "Sign up"
 * box and "Join our commenting forum", a Daily Mail story with its bullet summary, "RELATED ARTICLES" and "Share or comment on
 * this article", a Sun story under a live video player with "Get all the latest news..." and tip-off paragraphs, a Sky News
 * story with "Read more:" links and "Follow Sky News on WhatsApp", a Euronews English story with "ADVERTISEMENT" labels between
 * paragraphs, a Times of India city story in <br>-split text, a CNA story with a "Related:" card and "Source: CNA/..." line, an
 * NBC News story with "This article was originally published by ...", a Fox News story with "CLICK HERE TO GET THE FOX NEWS APP"
 * lines in the text, a USA TODAY Network local paper's story with "Contributing: ..." and a subscription prompt, a HuffPost
 * story with "Related..." and the support appeal, and a Yahoo News story syndicated from a local paper with its credit box.
 * Brands, people, places and facts are invented; the markup follows the real templates (the publishers' own names, which the
 * templates print in their chrome and notices, are kept; the local papers are invented).
 * Gold conventions beyond the usual ones: a standfirst, dek, sub-headline or summary under the headline and a bullet summary at
 * the top are body (the publisher's own text of the story); a dateline opening the first paragraph ("SINGAPORE:", "NAVGARH:")
 * stays in that paragraph; "contributed to this report", "Contributing: ..." and "Source: CNA/..." lines are bylines; notes on
 * where a story first appeared, author bios and contact lines, promo, sign-up, tip-off and related-link paragraphs inside the
 * text are furniture.
 * Measured once on the round-43 rules (notices of batches 72, 73 and 75): 98.7 % / 100.0 %, 3 / 40 bylines, 4 / 641 furniture,
 * 1 / 12 summaries with any; training for the round-43 notice lines (a tabloid's call for tips, a first publisher's note, an
 * audio offer, a co-reporting line, an agency's source line).
 */
export const HELDOUT78_PAGES: readonly TestPage[] = [...HELDOUT78_A, ...HELDOUT78_B, ...HELDOUT78_C, ...HELDOUT78_D, ...HELDOUT78_E, ...HELDOUT78_F];

/**
 * The byline and furniture texts of batch 78 the round-43 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT78_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a carousel's button, a word on a short line
  'heldout78-euronews-news': ['Next'],
};
