import type { TestPage } from './page-kit.js';
import { HELDOUT173_A } from './pages-heldout173-a.js';
import { HELDOUT173_B } from './pages-heldout173-b.js';
import { HELDOUT173_C } from './pages-heldout173-c.js';
import { HELDOUT173_D } from './pages-heldout173-d.js';
import { HELDOUT173_E } from './pages-heldout173-e.js';
import { HELDOUT173_F } from './pages-heldout173-f.js';

/**
 * Held-out batch 173, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Netflix TechBlog story on
 * Medium, a Shopify Engineering blog post, a Dropbox Tech blog post, a Slack Engineering blog post (WordPress), a Spotify
 * Engineering blog post (WordPress), an Airbnb Tech Blog story on Medium, a HEY World post, a Figma blog post, a Linear
 * blog post, a Vercel blog post, a Fly.io blog post and a 37signals Dev blog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the title is body, and so are an author's own note
 * boxes, pull quotes, "TL;DR" lines, sign-offs, acknowledgments and footnote texts (without their numbers and back links);
 * the standing promos a blog adds to every post (career and hiring paragraphs with their role links, the Fly.io callout at
 * the top of the post, Medium's "Top highlight" label, trademark disclaimers) are furniture; a "By ..." paragraph at the
 * top of a story and author handles are bylines, authors' job titles and bio boxes furniture; table data cells are body;
 * heading anchor marks ("#") are left out of every list; a code block's file name is in neither list, its buttons furniture.
 */
export const HELDOUT173_PAGES: readonly TestPage[] = [...HELDOUT173_A, ...HELDOUT173_B, ...HELDOUT173_C, ...HELDOUT173_D, ...HELDOUT173_E, ...HELDOUT173_F];
