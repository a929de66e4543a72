import type { TestPage } from './page-kit.js';
import { HELDOUT84_A } from './pages-heldout84-a.js';
import { HELDOUT84_B } from './pages-heldout84-b.js';
import { HELDOUT84_C } from './pages-heldout84-c.js';
import { HELDOUT84_D } from './pages-heldout84-d.js';
import { HELDOUT84_E } from './pages-heldout84-e.js';
import { HELDOUT84_F } from './pages-heldout84-f.js';

/**
 * Held-out batch 84, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New Zealand regional story on
 * the NZ Herald's Arc XP template, an Irish Times story on its Arc XP theme, a Maltese national paper's story on the tagDiv
 * "Newspaper" WordPress theme, a Bloomberg-style markets story, a small-town daily's story on TownNews BLOX CMS, an NPR story
 * with its audio module and transcript link, a Medium publication post, a Substack post with footnotes, a WordPress
 * photography blog post (Twenty Twenty-Four with Jetpack), a Blogger recipe post on the "Simple" theme, a long-form Tumblr
 * text post on the Optica theme and a Dreamwidth journal entry with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Held out: measured once, on the
 * round-43 rules (all but the lines of batch 85), as a set only: 99.6 % / 98.2 %, 0 / 35 bylines, 6 / 665 furniture, 1 / 12
 * summaries with any.
 * Gold conventions beyond the usual ones: a dek, subheadline, subtitle or standfirst is body (also when it is an h2 or h3),
 * and so are Bloomberg-style abstract bullets under the headline; a news dateline that opens the first paragraph stays in it;
 * an author's role or title next to the name is a byline; inline "Read More:" / "Related:" link paragraphs, closing promo
 * paragraphs (WhatsApp, push alerts, podcasts) and the Local Democracy Reporting note are furniture even inside the body
 * element; Substack footnote markers stay in their paragraphs as the page renders them, the footnotes' texts are body (after
 * the last paragraph) and their numbers in neither list; a recipe's ingredients and steps and a photo post's settings list
 * are body; separators such as "·", "|" and archive toggles ("▼", "►") and a blog archive's link to the page itself (it repeats
 * the title) are left out; a short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT84_PAGES: readonly TestPage[] = [...HELDOUT84_A, ...HELDOUT84_B, ...HELDOUT84_C, ...HELDOUT84_D, ...HELDOUT84_E, ...HELDOUT84_F];
