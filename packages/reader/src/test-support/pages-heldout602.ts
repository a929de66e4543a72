import type { TestPage } from './page-kit.js';
import { HELDOUT602_A } from './pages-heldout602-a.js';
import { HELDOUT602_B } from './pages-heldout602-b.js';
import { HELDOUT602_B2 } from './pages-heldout602-b2.js';
import { HELDOUT602_C } from './pages-heldout602-c.js';
import { HELDOUT602_D } from './pages-heldout602-d.js';
import { HELDOUT602_E } from './pages-heldout602-e.js';
import { HELDOUT602_F } from './pages-heldout602-f.js';

/**
 * Held-out batch 602, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hot tub model's product page on
 * Shopify (Dawn) with a specification table and a collapsible row, a delivery and installation FAQ on Squarespace 7.1 built from
 * an accordion block, a long water care guide on WordPress (Hello Elementor with an Elementor Pro single-post template, table of
 * contents, share buttons, author box, post navigation and comments), a short delivery area page of an old FrontPage table
 * layout with a marquee and a hit counter, a sauna heater blog post on Wix Blog, a swim spa electrical guide on the HubSpot CMS
 * blog with a CTA image and subscribe form, a swim spa model page from a Webflow CMS collection with tabs, a barrel sauna kit
 * product page on BigCommerce (Cornerstone) with description, warranty and reviews tabs, a hot tub owners' forum thread on
 * Discourse with a marked solution, an ozonator article of a dealer's MediaWiki knowledge base (Vector 2022), a winterising
 * help article on Zendesk Guide (Copenhagen) and a sauna temperature guide on Ghost (Casper).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined with a space, and table
 * header cells are in neither list (a furniture table's header cells, as Discourse's suggested topics, are furniture); a dek or
 * excerpt under the h1 is body; product pages: the description, its specification table and lists are body, and so is the
 * content of every product tab pane or collapsible row whether shown or collapsed (Webflow's inactive panes, BigCommerce's
 * warranty tab, Dawn's "Electrical requirements" row), except customer reviews, which are furniture like comments; tab
 * labels (Overview, Description, Warranty, Reviews) are furniture, while a collapsible row title written as a heading (Dawn) is
 * a heading; vendor or brand lines, prices, SKU and shipping facts, variant labels, quantity labels and buttons are furniture,
 * form control values (Post Comment, Add to Cart, Subscribe inputs) and placeholders are in no list; FAQ questions in an
 * accordion are headings and their answers body, collapsed or not; a bold paragraph introducing a list ("Kit includes") and a
 * "You will need:" line are body; a callout or tip box inside the article text (Ghost callout card, "Pro tip", "Note:") is
 * body; on a forum thread every post's paragraphs and the text it quotes are body, the quote header ("pennyk:"), the
 * "Solution" mark, like counts, reply buttons and the topic map are furniture, user names and post dates bylines; comments
 * under a blog post, with their authors and dates, are furniture; reading times ("3 min read") are furniture, an author name
 * and date in a post's meta are bylines, and so are Zendesk's relative date and its "Updated" label and MediaWiki's "last
 * edited" line; a wiki's "See also" list is body, its edit-section links ("edit") furniture with the brackets around them in
 * no list; text hidden from sight by the platform's own markup or stylesheet (visually-hidden / screen-reader-only spans as
 * Shopify's "Regular price", Wix's "top of page", BigCommerce's "Toggle menu", Vector's TOC numbers and print footer, a
 * comment form's display:none "Cancel reply", aria-hidden labels) is in no list, except skip links, which are furniture;
 * collapsed menus and dropdowns (Vector's main menu and tools) are furniture; the old table layout's bold title in a font tag
 * is the title and its "Last updated" line a byline; a text that also occurs as words of the title, a heading or a body
 * entry is left out of furniture and bylines by `settle` in the batch's kit, and a furniture text that is also a byline is
 * kept as a byline only.
 */
export const HELDOUT602_PAGES: readonly TestPage[] = [
  ...HELDOUT602_A,
  ...HELDOUT602_B,
  ...HELDOUT602_B2,
  ...HELDOUT602_C,
  ...HELDOUT602_D,
  ...HELDOUT602_E,
  ...HELDOUT602_F,
];
