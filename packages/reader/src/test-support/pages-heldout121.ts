import type { TestPage } from './page-kit.js';
import { HELDOUT121_A } from './pages-heldout121-a.js';
import { HELDOUT121_B } from './pages-heldout121-b.js';
import { HELDOUT121_C } from './pages-heldout121-c.js';
import { HELDOUT121_D } from './pages-heldout121-d.js';
import { HELDOUT121_E } from './pages-heldout121-e.js';
import { HELDOUT121_F } from './pages-heldout121-f.js';

/**
 * Held-out batch 121, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Jekyll blog post in the Minimal
 * Mistakes theme, a Hugo blog post in the PaperMod theme, an Eleventy personal blog post with footnotes and webmentions, a Bear
 * Blog post, a micro.blog long post with its conversation replies, a freeCodeCamp News tutorial (Ghost-born news theme), a
 * Smashing Magazine article, a CSS-Tricks article with comments, a dev.to post with comments, a Tumblr text post with notes, a
 * WordPress.com hobby blog post in Twenty Twenty-Four, and a Blogger post in the Contempo theme with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a post's description or summary shown under the title (PaperMod's description,
 * Smashing's "Quick summary") is body, its label furniture; an author's own update notice or note box inside the text is body;
 * footnote texts are body without their "↩︎" back-references (furniture), and footnote reference marks stay in their
 * paragraphs; "On this page" / "Table of Contents" lists that repeat the headings are left out (their labels are furniture);
 * "Further Reading" link lists, promo panels, ad labels and editorial signatures inside the article body are furniture; replies
 * pulled in by micro.blog, webmentions, Tumblr notes and reader comments are furniture, and a name that is already a byline
 * text (the author replying) is not listed again; a site title that is the author's name counts as a byline when the page has
 * no other author line (micro.blog) or shows the name in the post meta (PaperMod), and as furniture otherwise; a short
 * furniture text that repeats is listed once.
 */
export const HELDOUT121_PAGES: readonly TestPage[] = [...HELDOUT121_A, ...HELDOUT121_B, ...HELDOUT121_C, ...HELDOUT121_D, ...HELDOUT121_E, ...HELDOUT121_F];
