import type { TestPage } from './page-kit.js';
import { HELDOUT149_A } from './pages-heldout149-a.js';
import { HELDOUT149_B } from './pages-heldout149-b.js';
import { HELDOUT149_C } from './pages-heldout149-c.js';
import { HELDOUT149_D } from './pages-heldout149-d.js';
import { HELDOUT149_E } from './pages-heldout149-e.js';
import { HELDOUT149_F } from './pages-heldout149-f.js';

/**
 * Held-out batch 149, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress post on the Kadence
 * theme with a Kadence Blocks table of contents (gardening blog), a WordPress post on Hello Elementor with an Elementor Pro
 * single-post template (physiotherapy clinic blog), a Ghost newsletter post on the Edition theme (local transport), a Hexo
 * NexT post (electronics blog), a Pelican post on the Flex theme (astronomy blog), a Zola post on the tabi theme (personal
 * blog), a Quarto blog post with code cells (ecology and R), a Jekyll Minimal Mistakes post (club volunteering blog), a
 * VuePress 2 post on vuepress-theme-hope in blog mode (frontend blog), a company engineering blog post on a custom Next.js
 * site (SaaS engineering), a Mataroa post with comments (personal blog) and a Tumblr photo post with a long caption
 * (pottery blog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a post's dek, custom excerpt or description shown under the title is body; an
 * author's own update notice or warning box inside the content is body, while promos and affiliate or support notices at the
 * top of the content are furniture; tip, note and admonition boxes are body, their labels ("Note", "Tips") furniture; tables
 * of contents that repeat the headings are left out (their titles are furniture); a short furniture text that is also a word
 * of a short gold line (a heading, the title) is left out; dateline labels that sit in their own element ("Posted on",
 * "Edited on", "Last update:") are bylines; a Tumblr photo post's caption heading is its title; the React Server Components
 * flight data that repeats part of the Next.js article is in no list.
 */
export const HELDOUT149_PAGES: readonly TestPage[] = [...HELDOUT149_A, ...HELDOUT149_B, ...HELDOUT149_C, ...HELDOUT149_D, ...HELDOUT149_E, ...HELDOUT149_F];
