import type { TestPage } from './page-kit.js';
import { HELDOUT697_A } from './pages-heldout697-a.js';
import { HELDOUT697_A2 } from './pages-heldout697-a2.js';
import { HELDOUT697_B } from './pages-heldout697-b.js';
import { HELDOUT697_B2 } from './pages-heldout697-b2.js';
import { HELDOUT697_C } from './pages-heldout697-c.js';
import { HELDOUT697_D } from './pages-heldout697-d.js';
import { HELDOUT697_E } from './pages-heldout697-e.js';
import { HELDOUT697_E2 } from './pages-heldout697-e2.js';
import { HELDOUT697_F } from './pages-heldout697-f.js';

/**
 * Held-out batch 697, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an allium bulb product page on
 * Shopify (Dawn) with collapsible tabs, Judge.me reviews and recommendations, a vegetable sowing calendar page with a table on
 * WooCommerce (Storefront) with a category sidebar, a plant nursery's delivery FAQ on Squarespace 7.1 with an accordion block, a
 * rose nursery's blog post on Wix about packing bare-root roses with tags, recent posts and a comment box, a bare-root perennial
 * planting guide as a Magento 2 (Luma, Page Builder) CMS page, a tree nursery's shipping and returns page with a zone table on
 * BigCommerce (Cornerstone), a dispatch-dates article on a Zendesk Guide help centre (Copenhagen), a customer thread about soft
 * tulip bulbs on Discourse (crawler view) with related topics, a March sowing post on Ghost (Casper) with feature image and
 * read-more cards, a long seed-saving guide on Hugo (PaperMod) with a table of contents, a snowdrop price list on an old
 * FrontPage table layout with a hit counter, and a bulb planting page built with Elementor (Hello theme) with a CTA box and a
 * Complianz cookie banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a shop's product page is an article whose title is the product name (h1) and whose
 * body is the description, its specification table rows and its collapsible tabs (tab titles are headings, tab texts body,
 * although the `<details>` are closed); price, tax note, variant and quantity controls, buttons, the vendor label, the review
 * summary and review texts are furniture, while reviewers' names and review dates are bylines (as for comments); a table data
 * row is one body entry, its cells' texts joined with single spaces, and table header cells are in neither list; FAQ questions
 * in an accordion are headings and their answers body; a dek or summary under the h1 (Ghost excerpt, PaperMod description) is
 * body; reading times ("3 min read", "7 min") are furniture, and the dates, reading times and excerpts of read-more or related
 * cards are furniture, not bylines; a combined meta line (PaperMod "date · 7 min · author") gives its date and author as
 * bylines and its reading time as furniture; on the Discourse thread every post is body, user names, the bracketed full names
 * and post times are bylines, like counts, category, tags and the related-topics table (titles, categories, counts, months) are
 * furniture, and the thread has no headings; on Zendesk the author, the article time and the "Updated" label are bylines, and
 * the sidebar entry repeating the title is left out; the old table page's title is its big bold centred line (it has no h1),
 * its "Page last updated" line is a byline, the order contact lines split by `<br>` are two body entries, and the hit counter
 * line is furniture without the counter image; in-content call-to-action buttons and CTA boxes (Browse vegetable seeds, Email
 * the nursery, Shop bare-root perennials, Still choosing?) are furniture; figure captions are furniture; screen-reader-only
 * texts in the page (visually-hidden labels, BigCommerce's "Footer Start", Wix's "top of page") are furniture, but text inside
 * `hidden` / `aria-hidden` elements and `<noscript>` is in neither list; a furniture text that is also a word or phrase of the
 * title, a heading or a body entry (e.g. "Perennials", "Hedging", "Our farm", "Sowing calendar") is left out.
 */
export const HELDOUT697_PAGES: readonly TestPage[] = [
  ...HELDOUT697_A,
  ...HELDOUT697_A2,
  ...HELDOUT697_B,
  ...HELDOUT697_B2,
  ...HELDOUT697_C,
  ...HELDOUT697_D,
  ...HELDOUT697_E,
  ...HELDOUT697_E2,
  ...HELDOUT697_F,
];
