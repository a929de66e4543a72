import type { TestPage } from './page-kit.js';
import { HELDOUT544_A } from './pages-heldout544-a.js';
import { HELDOUT544_A2 } from './pages-heldout544-a2.js';
import { HELDOUT544_B } from './pages-heldout544-b.js';
import { HELDOUT544_B2 } from './pages-heldout544-b2.js';
import { HELDOUT544_C } from './pages-heldout544-c.js';
import { HELDOUT544_D } from './pages-heldout544-d.js';
import { HELDOUT544_E } from './pages-heldout544-e.js';
import { HELDOUT544_E2 } from './pages-heldout544-e2.js';
import { HELDOUT544_F } from './pages-heldout544-f.js';

/**
 * Held-out batch 544, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tree surgeon's services page on
 * WordPress with Hello Elementor and Elementor Pro (FAQ accordion, testimonial carousel, CookieYes banner), a district council's
 * tree preservation order guide page on LocalGov Drupal, a garden designer's October jobs post on Squarespace 7.1, a
 * landscaper's services page built with Wix, a nursery's bare-root hedge planting article on Shopify (Dawn) with comments, a
 * trade publication's news story on a council's tree works backlog on Ghost (Casper), a landscape studio's walled garden case
 * study on Webflow, a tree wardens' handbook page on measuring trees on Hugo with Docsy, a box blight article on a gardening
 * wiki on MediaWiki (Vector 2022), a forum thread on cutting back a neighbour's leylandii on Discourse (crawler view), a grounds
 * maintenance company's lawn care calendar on HubSpot CMS (growth theme) with a table, and a family tree surgeon's price page
 * in an old Dreamweaver table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lead under the h1 (Ghost, Docsy) is body; a page without an h1
 * (the table layout) takes as title its large bold heading text; a guide's h1 is the title and the guide page's own h2 the first
 * heading, while the guide contents list and previous / next links are furniture; service titles (h3) on a services page are
 * headings and their "Get a quote" buttons furniture; FAQ accordion questions written in non-heading elements are body entries,
 * each followed by its answer; testimonials, calls to action (heading, text and button) and gallery headings are furniture even
 * inside the content area; category, tag and eyebrow labels are furniture; a case study's facts grid (location, client, size,
 * year) is furniture; a table is one body entry a data row, its cells joined with a space, and its header row, whether `th`
 * cells or a first row of bold `td` cells (HubSpot, the table layout), is in neither list; under an article, comment texts,
 * the comment count and the comment form are furniture while commenters' names and comment dates are bylines; on the forum
 * thread every post is body (a quote inside a post is its own body entry), user names, post dates and the quote header
 * ("fern_and_flint:") are bylines, and likes, category badge, tag and the related topics table (titles, counts, months) are
 * furniture; reading times and the dates on related-post cards are furniture; an image caption with its photo credit is
 * furniture; a wiki's table of contents entries equal the headings and are left out, its section "edit" links are furniture
 * once (the brackets in no list), its "From ..." subtitle furniture and its "last edited" footer line a byline; a docs page's
 * "Last modified ...: <commit message> (hash)" line is one byline; screen-reader-only texts (skip links, visually hidden labels,
 * Wix's "top of page" / "bottom of page") are furniture, while texts in elements with the `hidden` attribute, `aria-hidden` or
 * an inline `display:none` / `visibility:hidden` (Elementor's dropdown menu copy, Wix's "More" item, Finsweet's preferences
 * panel) and MediaWiki's print-only footer are in no list; image-only navigation and an image call to action (HubSpot) have
 * only alt texts and are in no list; Docsy's feedback box heading ("Feedback") and Squarespace's previous / next post titles in
 * `h2` are furniture, not headings.
 */
export const HELDOUT544_PAGES: readonly TestPage[] = [
  ...HELDOUT544_A,
  ...HELDOUT544_A2,
  ...HELDOUT544_B,
  ...HELDOUT544_B2,
  ...HELDOUT544_C,
  ...HELDOUT544_D,
  ...HELDOUT544_E,
  ...HELDOUT544_E2,
  ...HELDOUT544_F,
];
