import type { TestPage } from './page-kit.js';
import { HELDOUT568_A } from './pages-heldout568-a.js';
import { HELDOUT568_B } from './pages-heldout568-b.js';
import { HELDOUT568_C } from './pages-heldout568-c.js';
import { HELDOUT568_D } from './pages-heldout568-d.js';
import { HELDOUT568_E } from './pages-heldout568-e.js';
import { HELDOUT568_F } from './pages-heldout568-f.js';

/**
 * Held-out batch 568, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tattoo aftercare guide on
 * WordPress (Astra with Elementor widgets) with a caption, share bar, comments, sidebar and Complianz cookie banner; an artist's
 * portfolio page on Squarespace 7.1 (fluid engine) with an announcement bar, a captioned gallery and a newsletter block; a
 * booking and deposit policy on Wix (Thunderbolt rich-text components) with the Wix ad banner; a piercing jewellery materials
 * guide as a Shopify page (Dawn) with a table, cart drawer and product carousel; a guest-artist announcement on Ghost (Casper)
 * with a dek, caption, members CTA and read-more cards; a Discourse thread (crawler view) about a helix bump with tags, likes
 * and related topics; a MediaWiki (Vector 2022) article on an invented flash tradition with an infobox, table of contents,
 * references and categories; an age and ID policy on Webflow with a Finsweet cookie banner; a piercing aftercare page on Hugo
 * (Ananke) with a related sidebar; a cover-up and laser FAQ on HubSpot CMS with an accordion, CTA box and HubSpot cookie banner;
 * a studio rules page on an old FrontPage table layout with spacer GIFs, a hit counter and a guestbook link; and an artist
 * profile on a Next.js (App Router) booking marketplace with breadcrumbs, reviews and a booking card.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body (the Ghost excerpt, the Hugo italic line,
 * the Squarespace style line, the marketplace profile's style and studio line); a table data row is one body entry, its
 * cells' texts joined with a space, and table header cells are in no list (the Discourse related-topics header cells, being
 * outside the article, are furniture); FAQ accordion questions are headings and their answers body; a profile's section
 * headings (About, Prices) are headings and its price list body, while its reviews are treated like comments: the review texts
 * are furniture and the reviewers' names and dates bylines, as are comment authors and comment dates under a blog post; a
 * Discourse thread's posts are body and its user names and post dates bylines, like counts furniture; a portfolio gallery's
 * captions are furniture (figure captions); a wiki's reference list is body under its "References" heading, the citation
 * markers ([1]) are in no list, the "^" backlinks, "[edit]" links, infobox labels and values, table of contents and categories
 * are furniture, and "last edited" is a byline; button and CTA labels inside the article column (Book a touch-up, Request a
 * booking, Open the request form, Book Online) are furniture; the Hugo reading time and a table-layout "Last updated" line are
 * bylines; a plain-text list of numbered rules written as lines separated by <br> is one body entry a rule; the Wix and
 * Webflow policy pages carry no byline; the hit counter line is furniture without its image.
 */
export const HELDOUT568_PAGES: readonly TestPage[] = [...HELDOUT568_A, ...HELDOUT568_B, ...HELDOUT568_C, ...HELDOUT568_D, ...HELDOUT568_E, ...HELDOUT568_F];
