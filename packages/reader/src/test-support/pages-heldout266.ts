import type { TestPage } from './page-kit.js';
import { HELDOUT266_A } from './pages-heldout266-a.js';
import { HELDOUT266_B } from './pages-heldout266-b.js';
import { HELDOUT266_C } from './pages-heldout266-c.js';
import { HELDOUT266_D } from './pages-heldout266-d.js';
import { HELDOUT266_E } from './pages-heldout266-e.js';
import { HELDOUT266_F } from './pages-heldout266-f.js';

/**
 * Held-out batch 266, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Netflix Tech Blog-style post on a
 * Medium custom domain, a Cloudflare blog-style Ghost (Casper) post, a GitHub Blog-style WordPress VIP post with a table and a
 * pull quote, a Stripe blog-style product announcement with a data table, a Bear Blog post, a short Micro.blog post with its
 * conversation replies, a WriteFreely post (blog name in the h1, post title in an h2), a Svbtle post with kudos and "Now read
 * this", an eleventy-base-blog personal post with webmentions, a gatsby-starter-blog post in Gatsby's framework markup, a Hugo
 * PaperMod post with a table of contents, and a Typepad post (blog name in the h1, entry title in an h3) with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the platform puts the blog's name in the h1 and the post title in a lower
 * heading (WriteFreely's h2, Typepad's h3 entry header) the title is the post title; a Ghost custom excerpt shown under the
 * title is body; reading times, word counts, author roles and the author bio boxes after an article ("Written by ...") are
 * furniture, while author names and dates in the byline, and Typepad's date header and "Posted at ... in ..." line, are
 * bylines; table data cells are body, one entry each (header cells in neither list); a pull quote or blockquote is body;
 * PaperMod's table-of-contents entries repeat the headings and are in neither list, its "Table of Contents" label is
 * furniture; a furniture text that would also be part of a body text (a logo naming the product the post is about) is left
 * out; one- and two-letter texts (vote counts, "AI") are left out; replies, webmentions and comments are furniture.
 */
export const HELDOUT266_PAGES: readonly TestPage[] = [...HELDOUT266_A, ...HELDOUT266_B, ...HELDOUT266_C, ...HELDOUT266_D, ...HELDOUT266_E, ...HELDOUT266_F];
