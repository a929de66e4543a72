import type { TestPage } from './page-kit.js';
import { HELDOUT260_A } from './pages-heldout260-a.js';
import { HELDOUT260_B } from './pages-heldout260-b.js';
import { HELDOUT260_C } from './pages-heldout260-c.js';
import { HELDOUT260_D } from './pages-heldout260-d.js';
import { HELDOUT260_E } from './pages-heldout260-e.js';
import { HELDOUT260_F } from './pages-heldout260-f.js';

/**
 * Held-out batch 260, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress post on the Astra
 * theme with a table, Jetpack share bar, sidebar widgets and comments; a WordPress post on the Twenty Twenty-Four block theme;
 * a Blogger post on the Contempo theme whose h1 is the blog's name and whose post title is an h3; a Medium story in React
 * markup with hashed class names; a Substack post with subscription widgets and its discussion; a Ghost post on Casper with
 * callout and bookmark cards; a short Tumblr text post in the tumblr.com blog view (a page whose main text is short); a
 * Hashnode post in Next.js markup with its table of contents and __NEXT_DATA__; a DEV Community (Forem) article with the
 * reactions sidebar and top comments; a Wix blog post in page-builder markup (Ricos viewer, data-hook hooks, the Wix
 * banner); a Squarespace 7.1 blog post built of sqs-block layout blocks with a newsletter block; and a Jekyll post on
 * Minimal Mistakes with the author sidebar, "On this page" table of contents and a data table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the post's own title even where the page's h1 is the blog's name
 * (Blogger's h3 post title, Tumblr's blog-name h1 above the post's h1); a subtitle, dek or excerpt under the title written
 * as part of the post (Medium's subtitle, Substack's h3.subtitle, Ghost's article-excerpt) is body; a data table's rows are
 * body, one entry a row with its cells joined by spaces, its header cells in neither list; an author's pull quote in a
 * blockquote and a Koenig callout card are body, a bookmark card and an inline "Read more: ..." promo are furniture; table
 * of contents items repeat the headings and are in neither list; the author's name wherever it stands for the post's
 * author (Tumblr's blog name on the post, the Minimal Mistakes sidebar author) is a byline, but "Written by ..." cards,
 * author bios and reading times are furniture; comments on posts are furniture, with their authors and dates; like,
 * clap, view and comment counts are furniture (bare counts of one or two digits are skipped).
 */
export const HELDOUT260_PAGES: readonly TestPage[] = [...HELDOUT260_A, ...HELDOUT260_B, ...HELDOUT260_C, ...HELDOUT260_D, ...HELDOUT260_E, ...HELDOUT260_F];
