import type { TestPage } from './page-kit.js';
import { HELDOUT109_A } from './pages-heldout109-a.js';
import { HELDOUT109_B } from './pages-heldout109-b.js';
import { HELDOUT109_C } from './pages-heldout109-c.js';
import { HELDOUT109_D } from './pages-heldout109-d.js';
import { HELDOUT109_E } from './pages-heldout109-e.js';
import { HELDOUT109_F } from './pages-heldout109-f.js';

/**
 * Held-out batch 109, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress blog post on the
 * GeneratePress theme, a Ghost blog post on Casper, a Blogger blog post on Contempo, a dev.to (Forem) blog post, a recipe blog
 * post on WordPress with Kadence and WP Recipe Maker, a travel blog post on WordPress with Astra, a Wix Blog post, a phpBB
 * prosilver forum topic, a XenForo forum thread, a Hacker News "Ask HN" thread, a Lemmy forum thread and a Quora answer page.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the end-of-round-44 rules (lines of batches 88 to 111): 98.6 % / 99.9 %, 1 / 73 bylines, 14 / 586 furniture, 0
 * / 12 summaries with any; not tuned on (held out; its pages were never looked at).
 * Gold conventions beyond the usual ones: a post's excerpt or dek under the title is body; a recipe card's name and its
 * Ingredients / Instructions / Notes headers are headings, its summary, ingredients, steps and notes body, its times and
 * servings in neither list and its rating, buttons and nutrition furniture; table data cells are body; tables of contents
 * whose entries repeat the headings are left out (their title is furniture); form placeholders (attributes, not text) are
 * not listed; on forums a post's own title that repeats the topic title ("Re: ...") is left out, and a quote's attribution
 * line ("... wrote:", "... said:") is in neither list with the quote; on Quora the question is the title and the answer
 * the body; Lemmy instance suffixes ("@instance") and forum counts, ranks and badges are furniture.
 */
export const HELDOUT109_PAGES: readonly TestPage[] = [...HELDOUT109_A, ...HELDOUT109_B, ...HELDOUT109_C, ...HELDOUT109_D, ...HELDOUT109_E, ...HELDOUT109_F];
