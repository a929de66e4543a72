import type { TestPage } from './page-kit.js';
import { HELDOUT110_A } from './pages-heldout110-a.js';
import { HELDOUT110_B } from './pages-heldout110-b.js';
import { HELDOUT110_C } from './pages-heldout110-c.js';
import { HELDOUT110_D } from './pages-heldout110-d.js';
import { HELDOUT110_E } from './pages-heldout110-e.js';
import { HELDOUT110_F } from './pages-heldout110-f.js';

/**
 * Held-out batch 110, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional daily on Arc XP with
 * "Key facts" and "What happens next" boxes, a BBC-style broadcaster story with a "Latest updates" list at the top, a Newspack
 * nonprofit investigation with a "How we reported this story" box, a Nexstar-style local TV story with an embedded X post and
 * an Instagram embed, a Gannett-network story with a "Quick Read" AI summary box, a Mailchimp newsletter campaign archive page,
 * a Kadence WordPress post with a table of contents, "Key takeaways" and a Rank Math FAQ, an Astra WordPress post with the
 * author box and reading time at the top, a HubSpot blog post with a PDF checklist CTA and a webinar promo, a Microsoft
 * Learn-style quickstart with Prerequisites, NOTE/TIP boxes and "Was this page helpful?", a Wikipedia (Vector 2022) article
 * with an infobox, hatnotes and "See also", and an Apple Support Community-style thread with the "Best answer" box.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the end-of-round-44 rules of batches 88 to 105: 98.3 % / 98.5 %, 0 / 39 bylines, 17 / 493 furniture, 1 / 12
 * summaries with any; training for the round-44 lines of batch 110 (a sponsor block, a thread's copy links, "What happens next" as
 * a key-points label).
 * Gold conventions beyond the usual ones: boxes the newsroom or author wrote about the story itself ("Key facts", "What happens
 * next", "Latest updates", "How we reported this story", "Key takeaways") are part of it, their titles headings and their
 * items body (update times are bylines); a machine-written summary box ("Quick Read") and its feedback buttons are
 * furniture; promotional boxes inside the text (PDF download CTA, webinar promo, donation prompt, sponsor block, affiliate
 * disclosure, "Read more" links) are furniture; an embedded X post's text is body and its attribution line in neither list,
 * an Instagram embed's own lines and the site's captions under embeds are furniture; a docs NOTE/TIP box's text is body and
 * its label in neither list; FAQ questions are headings and answers body; a wiki's infobox, hatnotes, "See also" and
 * "References" sections are furniture and citation numbers stay in the body text; a forum's "Best answer" copy above the
 * replies repeats the accepted reply and is in neither list (the reply counts once, in thread order); tables of contents
 * and "In this article" lists that repeat the headings are left out; a newsletter's sign-off is body; "Reading Time: N
 * minutes" and a wiki's last-edited line are bylines.
 */
export const HELDOUT110_PAGES: readonly TestPage[] = [...HELDOUT110_A, ...HELDOUT110_B, ...HELDOUT110_C, ...HELDOUT110_D, ...HELDOUT110_E, ...HELDOUT110_F];

/**
 * The byline and furniture texts of batch 110 the round-44 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT110_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // words of the nav and tags that are words of the text
  'heldout110-arc-xp-news-key-facts': [],
  'heldout110-kadence-wordpress-blog-toc-faq': ['Garden', '#Squash'],
  'heldout110-learn-docs-quickstart': ['Python', 'Python'],
  // a story's AI-assisted summary box: round 32's gold (USA TODAY Network) reads its items as the story's own summary, this gold as
  // furniture; its label lines too
  'heldout110-gannett-news-quick-read-ai-summary': [
    'Quick Read',
    'AI-assisted summary',
    'State lawmakers approved a bill allowing pharmacists to prescribe hormonal birth control without a prior doctor visit.',
    'Patients would complete a health questionnaire and blood pressure check at the pharmacy.',
    'Governor Ellen Marchetti has not said whether she will sign the measure.',
  ],
};
