import type { TestPage } from './page-kit.js';
import { HELDOUT674_A } from './pages-heldout674-a.js';
import { HELDOUT674_B } from './pages-heldout674-b.js';
import { HELDOUT674_C } from './pages-heldout674-c.js';
import { HELDOUT674_D } from './pages-heldout674-d.js';
import { HELDOUT674_E } from './pages-heldout674-e.js';
import { HELDOUT674_F } from './pages-heldout674-f.js';

/**
 * Held-out batch 674, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a taxidermy studio's commission
 * page on Squarespace 7.1 (fluid engine blocks, image caption, cookie banner), a pocket knife sharpening guide on WordPress
 * (Astra) with share bar, categories, comments and a sidebar, a knife maker's profile page on Shopify (Dawn) with a product
 * row and newsletter footer, a bladesmithing forum thread on Discourse (crawler view) with related topics, a taxidermy wiki
 * article on MediaWiki (Vector 2022) with infobox, edit links and references, a cutlers' guild news post on Ghost (Casper)
 * with sign-up box and read-more cards, a taxidermy championship results article on Drupal 10 (Olivero) with a results
 * table and tags, a knife commission process page on Webflow with numbered steps and an enquiry form, a taxidermy aftercare
 * page built with Wix, an old FrontPage table-layout page on restoring a Barlow knife with hit counter and webring, a
 * sharpening jig's docs page on Hugo (Docsy) with sidebar tree, TOC, table and feedback box, and a custom order FAQ on
 * WordPress with Elementor (accordion, Pro header and footer, cookie notice).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 (Squarespace h4, Ghost excerpt, Docsy lead,
 * Webflow lead paragraph) is body, while a kicker label above the h1 ("Custom work") and a primary tag ("News") are
 * furniture; table data rows are body, one entry a row with its cells joined by a space, header cells in neither list;
 * a wiki infobox is furniture (labels and values), while a wiki's references list is article (its "References" heading a
 * heading, each reference a body entry) and inline citation marks such as "[1]" stay in the body text; MediaWiki's
 * print-only "Retrieved from" footer is in no list; comment author names and comment dates under a blog post are bylines
 * while the comments' texts are furniture; on a forum thread every post's paragraphs are body, user names and post dates
 * bylines, post numbers, like counts, tags and the category badge furniture; a reading time ("3 min read") in the byline
 * block is a byline, but dates and reading times on read-more cards are furniture, as are related-topic counts; an
 * "updated" line ("Page last updated ...", "Last modified ...: commit", "This page was last edited on ...") is a byline;
 * FAQ questions in an accordion (not heading elements) are body entries, each followed by its answer, and numbered step
 * cards' titles marked up as h3 are headings while their "01"-style numbers are furniture; a callout box inside a docs page
 * is body; visually-hidden texts (screen-reader labels, Wix "top of page" / "bottom of page") are furniture, while texts
 * hidden with the hidden or aria-hidden attributes (Elementor's duplicate dropdown menu) and form messages shown only after
 * sending (Webflow's w-form-done / w-form-fail, Docsy's feedback response) are in no list; form labels are furniture and submit values in no list;
 * image captions and photo credits are furniture; an old page's title shown as an h2 with its sections in h3 gives the h2
 * as title.
 */
export const HELDOUT674_PAGES: readonly TestPage[] = [...HELDOUT674_A, ...HELDOUT674_B, ...HELDOUT674_C, ...HELDOUT674_D, ...HELDOUT674_E, ...HELDOUT674_F];
