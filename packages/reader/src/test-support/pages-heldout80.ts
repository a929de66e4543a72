import type { TestPage } from './page-kit.js';
import { HELDOUT80_A } from './pages-heldout80-a.js';
import { HELDOUT80_B } from './pages-heldout80-b.js';
import { HELDOUT80_C } from './pages-heldout80-c.js';
import { HELDOUT80_D } from './pages-heldout80-d.js';
import { HELDOUT80_E } from './pages-heldout80-e.js';
import { HELDOUT80_F } from './pages-heldout80-f.js';

/**
 * Held-out batch 80, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Substack post cut by its
 * paywall, a Beehiiv newsletter web post, a Ghost blog post on the Edition theme, a WordPress.com hosted blog post with
 * Like/Reblog and follow buttons, a Medium personal blog post, a Tumblr text post with notes, a Jekyll (al-folio) academic
 * blog post with MathJax math and footnotes, a Hugo (PaperMod) personal blog post with a series box and related posts, a
 * Bear Blog minimalist post, a HubSpot CMS company blog post with CTA blocks, a WordPress recipe blog post with the Tasty
 * Recipes card and a Squarespace travel blog post. Brands, people, places and facts are invented; the markup follows the
 * real templates. Held out: measured once, on the round-43 rules (with the notices of batches 78 and 79), as a set only: 96.9 %
 * / 98.7 %, 0 / 26 bylines, 7 / 479 furniture, 1 / 12 summaries with any.
 * Gold conventions beyond the brief: a subtitle, dek or custom excerpt under the title is in neither list; reader comments,
 * Tumblr notes and their names and dates are furniture; editor-inserted promotion inside the post body (Substack's
 * subscribe widget, Ghost's signup card, Beehiiv's sponsor section and poll, HubSpot's CTAs, Squarespace's newsletter
 * block, a recipe post's affiliate disclosure, a series box) is furniture, its headings too; inline math is body as
 * MathJax's assistive MathML text, display math is in neither list; footnotes are body and their "↩" back-links
 * furniture; table data cells are body, one item per cell; a recipe card's description, ingredients, instructions and
 * notes are body and its title and section titles headings, while its times, yield, taxonomy, keywords and nutrition are
 * in neither list; a table of contents that repeats the headings, and tags or breadcrumbs that repeat words of a short gold
 * line, are left out of the furniture.
 */
export const HELDOUT80_PAGES: readonly TestPage[] = [...HELDOUT80_A, ...HELDOUT80_B, ...HELDOUT80_C, ...HELDOUT80_D, ...HELDOUT80_E, ...HELDOUT80_F];
