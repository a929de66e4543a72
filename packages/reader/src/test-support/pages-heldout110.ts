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
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
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
