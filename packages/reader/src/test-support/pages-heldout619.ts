import type { TestPage } from './page-kit.js';
import { HELDOUT619_A } from './pages-heldout619-a.js';
import { HELDOUT619_B } from './pages-heldout619-b.js';
import { HELDOUT619_C } from './pages-heldout619-c.js';
import { HELDOUT619_D } from './pages-heldout619-d.js';
import { HELDOUT619_E } from './pages-heldout619-e.js';
import { HELDOUT619_E2 } from './pages-heldout619-e2.js';
import { HELDOUT619_F } from './pages-heldout619-f.js';

/**
 * Held-out batch 619, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a thatcher's re-ridging price page
 * on WordPress with Elementor Pro (price-list widget, Complianz banner), a water reed thatcher's ridge repair page on an old
 * FrontPage table layout, a hedge layer's season post on Blogger (Simple template, comments), a hedgelaying society's
 * championship report on Ghost (Casper, results table), a dry stone waller's wall repair case study on Squarespace 7.1, a stone
 * company's washfold restoration project on Webflow (CMS page with a fact grid), a thatch care FAQ built with Wix, a thatched
 * property trust's fire safety guidance on Drupal 10 (Olivero), a forum thread on a ridge quote on Discourse, a hedge style
 * article on MediaWiki (Vector 2022, infobox and references), a walling course product page on Shopify (Dawn), and a regional
 * newspaper's volunteer wall rebuild story on Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or excerpt under the h1 (Ghost, Next.js) is body; an Elementor price-list
 * item is one body entry (title, price and description); a table data row in the article is one body entry, its cells joined
 * by a space, and the article table's header cells are in neither list (a furniture table's headers, Discourse's suggested
 * topics, are furniture); FAQ questions are headings and answers body; a sign-off under a page ("Jim and Dave Corrow") and a
 * "Page last updated" or "Last reviewed" line (with its date) are bylines, a MediaWiki "last edited" footer line too; an
 * author's name standing alone in a profile or bio box is a byline, the bio text furniture; a reading time ("3 min read") is
 * furniture; blog comments (commenter names, their dates and texts) are furniture, while on the forum every post is body and
 * user names and post dates are bylines, a quote header ("name:") counting as that user name and the quoted text being body
 * again where it is quoted; bare counts (Discourse reply, view and user numbers) are in no list, their labels furniture;
 * a project fact grid (Webflow: client, location, completion date, stone) and a wiki infobox are furniture, like captions; a
 * product's price, tax note, variant dates, quantity and buy buttons are furniture, its description body; an in-article
 * "Read more:" link line, an in-article newsletter box and ad labels are furniture; wiki references are body (reference text
 * only, the "^" backlink in no list) and in-text markers such as "[1]" stay in the paragraph; the wiki table of contents, edit
 * links and categories are furniture, its print-only footer ("Retrieved from") in no list; visually hidden texts (screen-reader
 * spans, skip links, Wix "top of page") are furniture, while texts in elements with the hidden attribute or aria-hidden are in
 * no list; a furniture text equal to a word or phrase of the title, a heading or the body (a menu "About", an infobox "Sheep", a
 * crumb "Safety") is left out.
 */
export const HELDOUT619_PAGES: readonly TestPage[] = [
  ...HELDOUT619_A,
  ...HELDOUT619_B,
  ...HELDOUT619_C,
  ...HELDOUT619_D,
  ...HELDOUT619_E,
  ...HELDOUT619_E2,
  ...HELDOUT619_F,
];
