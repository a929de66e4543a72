import type { TestPage } from './page-kit.js';
import { HELDOUT125_A } from './pages-heldout125-a.js';
import { HELDOUT125_B } from './pages-heldout125-b.js';
import { HELDOUT125_C } from './pages-heldout125-c.js';
import { HELDOUT125_D } from './pages-heldout125-d.js';
import { HELDOUT125_E } from './pages-heldout125-e.js';
import { HELDOUT125_F } from './pages-heldout125-f.js';

/**
 * Held-out batch 125, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress blog post on the
 * Twenty Twenty-Four block theme, a WordPress blog post on the Astra theme with a right sidebar, a Medium blog post in a
 * publication, a Substack blog post, a Blogger blog post on the Contempo theme, a Ghost blog post on the Casper theme, a Wix
 * Blog post, a Squarespace 7.1 blog post, a Hashnode blog post, a dev.to blog post, a Jekyll Minima blog post and a Hugo
 * PaperMod blog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle, custom excerpt or post description shown under the title is body;
 * a callout card holding the writer's own summary is body, a bookmark (link preview) card furniture; a notice the writer or
 * a plugin puts at the top of the content (an affiliate disclosure) is furniture, and so are subscription widgets and
 * call-to-action buttons inside the content (Substack's "Subscribe" box, "Leave a comment" and "Share" buttons, WordPress and
 * Squarespace button blocks); a table of contents that repeats the headings is left out (its title is furniture); a footnote's
 * text is body, its footnote mark stays in its paragraph and its "↩" back link is furniture; table data cells are body;
 * separator glyphs and glue words of a meta row ("—", "by", "in", "·", "/") are in neither list; hidden texts (a collapsed
 * mobile menu, admin "Delete" links, share menus, "top of page") are furniture like the visible ones.
 */
export const HELDOUT125_PAGES: readonly TestPage[] = [...HELDOUT125_A, ...HELDOUT125_B, ...HELDOUT125_C, ...HELDOUT125_D, ...HELDOUT125_E, ...HELDOUT125_F];
