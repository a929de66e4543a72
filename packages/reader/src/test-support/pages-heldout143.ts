import type { TestPage } from './page-kit.js';
import { HELDOUT143_A } from './pages-heldout143-a.js';
import { HELDOUT143_B } from './pages-heldout143-b.js';
import { HELDOUT143_C } from './pages-heldout143-c.js';
import { HELDOUT143_D } from './pages-heldout143-d.js';
import { HELDOUT143_E } from './pages-heldout143-e.js';
import { HELDOUT143_F } from './pages-heldout143-f.js';

/**
 * Held-out batch 143, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress blog post on the
 * Twenty Twenty-One theme, a WordPress blog post on the Neve theme, a WordPress blog post on the Blocksy theme, a Medium
 * member-only story preview, a Substack post with reader comments, a Ghost blog post on the Headline theme, a Blogger post
 * on the Contempo theme, a Typepad blog post, a Svbtle post, a Hugo Docsy blog post, a Beautiful Jekyll blog post and a
 * WordPress.com hosted blog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a subtitle, dek, lead or custom excerpt under the title is body; pull quotes,
 * blockquotes, callout cards and alerts that belong to the post are body; a footnote's text is body and its marker stays in
 * its paragraph; table data cells are body (one entry a cell), header cells and code blocks in neither list; an update note
 * ("This post was updated on ...") ahead of the text is furniture; Jetpack share, like, related-post and ad blocks inside
 * the content element are furniture; on a member-only preview only the paragraphs above the paywall are on the page and
 * they are the whole body; a breadcrumb's last item and a table of contents that repeat the title or the headings are left
 * out; image captions and credits, comments and their timestamps are furniture; the author name where it is the site's
 * own name (Svbtle) is a byline.
 */
export const HELDOUT143_PAGES: readonly TestPage[] = [...HELDOUT143_A, ...HELDOUT143_B, ...HELDOUT143_C, ...HELDOUT143_D, ...HELDOUT143_E, ...HELDOUT143_F];
