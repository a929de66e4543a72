import type { TestPage } from './page-kit.js';
import { HELDOUT608_A } from './pages-heldout608-a.js';
import { HELDOUT608_A2 } from './pages-heldout608-a2.js';
import { HELDOUT608_B } from './pages-heldout608-b.js';
import { HELDOUT608_C } from './pages-heldout608-c.js';
import { HELDOUT608_D } from './pages-heldout608-d.js';
import { HELDOUT608_E } from './pages-heldout608-e.js';
import { HELDOUT608_F } from './pages-heldout608-f.js';

/**
 * Held-out batch 608, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a fat quarter bundle product page on
 * Shopify (Dawn) with accordions and recommendations, a beginner quilt-along post on Blogger (Simple theme) with share buttons,
 * labels and comments, a workshop timetable on Squarespace 7.1 with a newsletter block and cookie banner, an embroidery kit post
 * on a Wix Blog with views, tags and recent posts, a bias binding product on WooCommerce (Storefront) with tabs and related
 * products, a Ghost (Casper) newsletter post on five first stitches with a subscribe CTA and read-more cards, a Discourse thread
 * (crawler view) on bulky binding corners, a MediaWiki (Vector 2022) article on the log cabin block with an infobox, a quilt
 * guild's raffle news post on Hugo (Ananke), a Webflow interfacing guide with a sticky table of contents and CTA, a quilting
 * retreat page built with Elementor (Hello theme) with a programme table and booking form, and a haberdashery's "What's new"
 * page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a product's description, its product-specific accordions or tabs (with their
 * headings) and its short description are body, while price, stock, variant and quantity controls, SKU and category lines,
 * tab labels and a store-wide shipping / returns accordion are furniture; content of a collapsed `<details>` accordion counts as
 * shown, a tab panel styled `display: none` as hidden; screen-reader-only text (visually-hidden, screen-reader-text,
 * aria-hidden) is in no list, except skip links, which are furniture; a dek or summary under the h1 is body; a blog post's
 * sign-off line ("Happy stitching, Maggie x") is a byline; comment authors and dates under a blog post are furniture like the
 * comments, while a forum thread's posts are body and their user names and dates bylines (like counts furniture); a timetable's
 * slot (time line and class line in one `<p>` split by `<br>`) is one body entry, its text joined with a space; a table data
 * row is one body entry, its cells joined with spaces, and table header cells are in neither list (except those of a related
 * topics list, which are furniture); a pull quote inside the article and a closing "next week" line are body; a wiki infobox,
 * table of contents, edit links and categories are furniture, and the "last edited" line a byline; reading time, word count,
 * view counts and section labels (NEWS, Hand embroidery) are furniture; a Webflow guide's "Written by" label, author and date
 * are bylines; a booking form under a page (its heading, labels and button) is furniture; the dated items of a shop's news page
 * have their titles as headings, their dates as bylines and their paragraphs as body; cart counts ("0") are furniture; the
 * Blogger post's title is its h3 post title (the blog name is the page's h1, furniture), and the Blogger date header a byline.
 */
export const HELDOUT608_PAGES: readonly TestPage[] = [
  ...HELDOUT608_A,
  ...HELDOUT608_A2,
  ...HELDOUT608_B,
  ...HELDOUT608_C,
  ...HELDOUT608_D,
  ...HELDOUT608_E,
  ...HELDOUT608_F,
];
