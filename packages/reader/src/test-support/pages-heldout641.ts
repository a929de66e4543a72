import type { TestPage } from './page-kit.js';
import { HELDOUT641_A } from './pages-heldout641-a.js';
import { HELDOUT641_B } from './pages-heldout641-b.js';
import { HELDOUT641_B2 } from './pages-heldout641-b2.js';
import { HELDOUT641_C } from './pages-heldout641-c.js';
import { HELDOUT641_D } from './pages-heldout641-d.js';
import { HELDOUT641_E } from './pages-heldout641-e.js';
import { HELDOUT641_F } from './pages-heldout641-f.js';

/**
 * Held-out batch 641, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a metal detecting club's finds
 * reporting guide on WordPress (Astra, Complianz banner, sidebar widgets, a table), a fossil shop's guided walk page on Squarespace
 * 7.1 (announcement bar, image caption, button and newsletter blocks), a mineral specimen product page on Shopify (Dawn), a finds
 * identification thread on Discourse (Ember DOM with topic map, timeline and suggested topics), a club code of conduct on Wix
 * (free-plan ad bar, consent banner), a rock shop's long quartz cleaning guide on Ghost (Casper, callout card, read-more cards), a
 * fossil wiki article on MediaWiki (Vector 2022, infobox, sortable table, categories), a detecting society's rally report on an
 * old FrontPage table layout with font tags and a hit counter, a rock shop's fluorite buying guide on Webflow (CMS template,
 * hidden form states), a county museum's treasure news article on Drupal 10 (Olivero, tags, a comment and comment form), a
 * detectorist's beach blog post on Hugo (PaperMod) and a club's landowner permission guide built with Elementor (Hello theme,
 * toggle FAQ, CookieYes banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or excerpt under the h1 (Ghost, PaperMod) is body; table data rows are body, one
 * entry a row with the cells joined by spaces, and the header cells of article tables are in no list, while those of furniture
 * tables (Discourse's suggested topics) are furniture; a product page's description and its specification list (locality, size,
 * weight, condition) are body, while vendor, price, tax line, quantity, cart and payment buttons, pickup note, share and the shop's
 * closed "Shipping and returns" accordion title are furniture; text inside closed `<details>` (Shopify's search modal, share box
 * and accordion, PaperMod's table of contents) and inside elements hidden by the template's stylesheet (Dawn's sale-price block and
 * hidden duplicate title, Webflow's w-form-done / w-form-fail messages, MediaWiki's printfooter, the hidden PaperMod heading
 * anchors, the Squarespace form's success text) is in no list; visually-hidden text (screen-reader labels such as "Log in",
 * "Cart", "Payment methods", "Main navigation", "Breadcrumb", "Facebook", Dawn's quantity button labels) is furniture; Elementor's
 * collapsed toggle FAQ questions and answers are body, one entry each; a walk page's details list (meeting point, duration,
 * price, dates) is body, its booking button furniture; on the forum thread every post (a quoted passage inside a reply included)
 * is body, user names, full names and post dates are bylines, user titles, like / reply buttons, the topic map numbers and
 * labels, image file names and sizes, the timeline position, tags and category badges are furniture; comments under an article
 * (Drupal) are furniture along with their author and time; dates and reading times on related-post cards are furniture, a
 * reading time in Ghost's byline is furniture, while PaperMod's single meta line (date, reading time, author run together) is
 * one byline; a "Compiled by ... Last reviewed ..." line, a "Report by ..." line, a "Page last updated" line and MediaWiki's "last
 * edited" footer line are bylines; the MediaWiki infobox (caption and label: value rows) is furniture, its "See also" list body;
 * on the table layout page the bold font-tag subheads are headings and the bold font-tag title is the title; image captions and
 * figure captions are furniture; form control values (submit inputs) are in no list, button elements' labels furniture; menu,
 * tag or breadcrumb texts that are also a word or phrase of the title, a heading or a body entry ("Club Digs", "Finds", "Join",
 * "Home", "Shop", "About", "Members", "Beach", "Storms", "Treasure", "Finds Liaison", "Marlshire Museums", "pilgrim",
 * "Stallbridge") are left out of furniture.
 */
export const HELDOUT641_PAGES: readonly TestPage[] = [
  ...HELDOUT641_A,
  ...HELDOUT641_B,
  ...HELDOUT641_B2,
  ...HELDOUT641_C,
  ...HELDOUT641_D,
  ...HELDOUT641_E,
  ...HELDOUT641_F,
];
