import type { TestPage } from './page-kit.js';
import { HELDOUT155_A } from './pages-heldout155-a.js';
import { HELDOUT155_B } from './pages-heldout155-b.js';
import { HELDOUT155_C } from './pages-heldout155-c.js';
import { HELDOUT155_D } from './pages-heldout155-d.js';
import { HELDOUT155_E } from './pages-heldout155-e.js';
import { HELDOUT155_F } from './pages-heldout155-f.js';

/**
 * Held-out batch 155, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Buttondown newsletter archive
 * post, a Ghost blog post with the Dawn theme, a WordPress Astra blog post with a WP Recipe Maker card, a WordPress
 * GeneratePress blog post with an author box, a Hugo blog post with the Ananke theme, a Jekyll Chirpy blog post with giscus
 * comments, a Wix blog post with its comments widget, a Squarespace 7.0 blog post with a sidebar, a Weebly blog post, a
 * Blogger post with the Soho theme, a Posthaven post and a dev.to series post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek shown with the title (Ghost's custom excerpt, Ananke's cover description,
 * Chirpy's description) is body; callouts, tip prompts, quote blocks and quoted passages the author put in the post are
 * body; a recipe card is part of the post: its name and its Ingredients / Instructions / Notes headers are headings, its
 * summary, ingredient lines, steps and notes body, its times, servings, course and cuisine in neither list and its
 * nutrition, rating and buttons furniture; promos and disclosures the author or platform put at the top of the text are
 * furniture; a newsletter's sign-off name is a byline; Weebly paragraphs split by double line breaks are one body item
 * each; "Table of contents" lists and series boxes whose items repeat the headings or the title are left out for those items;
 * a blog's own reply in its comments keeps its name as a byline only; text inside iframes (giscus, Ghost comments,
 * Blogger's comment editor, Facebook like) is not in the saved page and not in the gold.
 */
export const HELDOUT155_PAGES: readonly TestPage[] = [...HELDOUT155_A, ...HELDOUT155_B, ...HELDOUT155_C, ...HELDOUT155_D, ...HELDOUT155_E, ...HELDOUT155_F];
