import type { TestPage } from './page-kit.js';
import { HELDOUT638_A } from './pages-heldout638-a.js';
import { HELDOUT638_B } from './pages-heldout638-b.js';
import { HELDOUT638_C } from './pages-heldout638-c.js';
import { HELDOUT638_D } from './pages-heldout638-d.js';
import { HELDOUT638_E } from './pages-heldout638-e.js';
import { HELDOUT638_F } from './pages-heldout638-f.js';

/**
 * Held-out batch 638, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bonsai nursery's beginner workshop
 * page on Squarespace 7.1, a cactus care sheet on WordPress with the Astra theme (sidebar, comments), an orchid repotting service
 * page built with Wix, a bonsai shop's watering article on Shopify (Dawn), an orchid mounting guide on Webflow (CMS template), a
 * cactus nursery's frost post on Ghost (Casper), a customer forum thread about wiring a juniper on Discourse (crawler view), a
 * cactus species page on a nursery-run MediaWiki (Vector 2022) with an infobox and references, a cactus grafting note on Hugo
 * (PaperMod), an orchid nursery's show news item on Drupal 10 (Olivero) with a comment, a mail-order cactus shipping page in an
 * old FrontPage table layout, and an indoor bonsai buying guide on the HubSpot CMS blog with a table and a CTA image.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a summary or dek under the h1 (Webflow summary, Ghost excerpt, Hugo description) is
 * body; a workshop page's facts list (when, price, group size, where) and a service page's price list are body items; table
 * data rows are body, one entry a row with its cells joined by a space, and table header cells are in neither list, except in a
 * table outside the article (Discourse related topics), whose header cells are furniture; author names, the article's dates and
 * a "Written by" label are bylines, as are MediaWiki's "This page was last edited" line and the old page's "last updated" line;
 * reading times ("4 min read", "3 min") are furniture; comments under an article (WordPress, Drupal) are furniture whole,
 * commenter names, dates and comment titles included, while the Discourse thread's posts are body, their user names and post
 * times bylines and their like counts furniture, and the thread has no headings; related-post cards (titles, excerpts, dates,
 * reading times) are furniture; a quotation set as a blockquote in a news item is body; on the wiki page the infobox (labels,
 * values, image caption) is furniture, less its texts that occur in the body, citation markers ([1]) are in no list and the
 * gold paragraphs are written without them, the References heading is a heading and its entries are body, "edit" section links
 * and "Retrieved from" are furniture; tables of contents (MediaWiki, Hugo) repeat the headings, so only their labels
 * ("Contents", "hide", "(Top)", "Table of Contents") are furniture; on the table-layout page the title is the h1 and the bold
 * stand-alone lines in the content cell are the section headings; screen-reader-only text (visually-hidden, screen-reader-text,
 * Wix's "top of page") is furniture, while elements hidden by attribute or by the template's own CSS (Webflow's w-form-done and
 * w-form-fail messages, the hidden Hugo anchor links) are in no list; image alt texts (including HubSpot's CTA image) and form
 * values and placeholders are in no list, form labels and button texts are furniture; bare symbols (breadcrumb separators,
 * bullets, "^", edit brackets) are in no list.
 */
export const HELDOUT638_PAGES: readonly TestPage[] = [...HELDOUT638_A, ...HELDOUT638_B, ...HELDOUT638_C, ...HELDOUT638_D, ...HELDOUT638_E, ...HELDOUT638_F];
