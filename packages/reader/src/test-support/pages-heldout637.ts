import type { TestPage } from './page-kit.js';
import { HELDOUT637_A } from './pages-heldout637-a.js';
import { HELDOUT637_A2 } from './pages-heldout637-a2.js';
import { HELDOUT637_B } from './pages-heldout637-b.js';
import { HELDOUT637_C } from './pages-heldout637-c.js';
import { HELDOUT637_D } from './pages-heldout637-d.js';
import { HELDOUT637_D2 } from './pages-heldout637-d2.js';
import { HELDOUT637_E } from './pages-heldout637-e.js';
import { HELDOUT637_F } from './pages-heldout637-f.js';

/**
 * Held-out batch 637, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a point-of-lay hens price list with a
 * stock table on a Shopify store (Dawn theme page), a hatching eggs guide on a hatchery's WordPress blog (Astra) with sidebar and
 * comments, a smallholder feed delivery page of a country store built with Wix with a postcode form, a Discourse topic (crawler
 * view) on a broody Pekin with a quote, likes and related topics, a short chick collection page of a hatchery on Squarespace 7.1,
 * a backyard keeper's red mite post on Hugo (PaperMod) with a table of mite counts, a rare breed article on a MediaWiki wiki
 * (Vector 2022) with an infobox and references, a duck-keeping article on a smallholding newsletter on Ghost (Casper) with a
 * callout card and read-more cards, a housing-order news item of a smallholders' association on Drupal 10 (Olivero), an
 * incubator set-up help article on Webflow with a species table, a hen-house maker's page on Elementor Pro (Hello theme) with
 * price list, icon list and accordion, and a breeder's hatching egg price list on a hand-coded table layout (HTML 4.01, font tags).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead, excerpt or description under the h1 is body; table data rows are body, one
 * entry a row with its cells joined by spaces, header cells in neither list; screen-reader-only text (skip links, "Log in",
 * "Search for:", "Main navigation", "Breadcrumb", "Menu", "Scroll to Top", "top of page") is visible furniture, while text in
 * elements with `hidden`, inline display:none or aria-hidden="true", inside a closed <details> (Dawn's menu drawer and search
 * modal, PaperMod's table of contents), or in menus and status messages that the platform's own stylesheet keeps hidden until an
 * action (Vector's main-menu dropdown, Webflow's w-form-done / w-form-fail, Wix's form thanks) is in no list, but collapsed
 * accordion answers (Elementor) are body like their questions, which are body entries, not headings, as they are not heading
 * elements; on the table-layout page the bold or underlined section labels ("Prices (...)", "Postage", "Fertility", "How to
 * order") are body entries and the title is the big bold <font> line; comments under a blog post (names, times, texts, count,
 * reply links, form) are furniture, whereas on the forum topic every post (a quoted passage included) is body, user names and
 * post times are bylines (the quote's "OldBarnBantams:" attribution is covered by that user name) and likes, category, tags and
 * the related topics table furniture; numbers alone (post positions, reply and view counts, TOC numbers) are in no list; reading
 * times ("4 min", "5 min read") and the dates of related cards are furniture, an "Updated" label with its date, the wiki's "last
 * edited" line and the old site's "Site last updated" are bylines; the wiki infobox (caption, labels, values) is furniture,
 * footnote markers stay in the body text, and the References heading is a heading with its entries body (with their "^"); a
 * price-list item's name and price are one body entry and its description another; a callout card and a red notice in the
 * article are body; figure captions, CTA boxes, enquiry and newsletter forms (labels, button texts) are furniture, and form
 * control values and placeholders in no list; furniture texts that occur as words of the title, a heading or a body entry (the
 * "Hen Houses", "Chicks", "Hatching Eggs", "Feed Delivery" and "About" menu items, "Runs", "Shop", "Cart", "Breeds", the tags "broody",
 * "pekins", "red mite", "hen house", "winter", "Biosecurity", the infobox values "Single", "Tinted", "Dual-purpose", the "Postcode *" label) are left out.
 */
export const HELDOUT637_PAGES: readonly TestPage[] = [
  ...HELDOUT637_A,
  ...HELDOUT637_A2,
  ...HELDOUT637_B,
  ...HELDOUT637_C,
  ...HELDOUT637_D,
  ...HELDOUT637_D2,
  ...HELDOUT637_E,
  ...HELDOUT637_F,
];
