import type { TestPage } from './page-kit.js';
import { HELDOUT605_A } from './pages-heldout605-a.js';
import { HELDOUT605_A2 } from './pages-heldout605-a2.js';
import { HELDOUT605_B } from './pages-heldout605-b.js';
import { HELDOUT605_C } from './pages-heldout605-c.js';
import { HELDOUT605_D } from './pages-heldout605-d.js';
import { HELDOUT605_E } from './pages-heldout605-e.js';
import { HELDOUT605_F } from './pages-heldout605-f.js';

/**
 * Held-out batch 605, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a farm dairy's blue cheese profile
 * on a Shopify store (Dawn theme), a delicatessen's long cheese board guide on WordPress (Kadence) with sidebar and comments, a
 * goat dairy's farm tour page on Squarespace 7.1, a delicatessen's short "Our Story" page built with Wix, a cheesemakers'
 * guild cheese profile on Drupal 10 (Olivero) with labelled fact fields, a cheesemonger's newsletter post on Ghost (Casper), a
 * cheese encyclopedia article on MediaWiki (Vector 2022) with an infobox and references, a home cheesemaking thread on
 * Discourse (crawler view), a creamery's "Visit the Dairy" page on Webflow with tour dates and a booking form, a hobby
 * cheesemaker's make-room visit post on Hugo (PaperMod), a dairy co-operative's blog post on HubSpot CMS with an aging table,
 * and a family deli's cheese counter page in an old Dreamweaver table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Ghost, Hugo, Webflow hero) is body, but
 * a shop's one-line product subtitle next to the price (Shopify) is furniture with the vendor line, price, variant and quantity
 * labels and buy buttons; a product description's rich text (its paragraphs, h3 headings and list) is the article; closed
 * `<details>` accordions are treated as hidden (their content in no list) but their visible summary labels are furniture, and a
 * closed table of contents repeating the headings adds only its "Table of Contents" label; label-and-value fact boxes rendered
 * apart from the prose (the MediaWiki infobox, Drupal's inline fields) are furniture, with their values left out where they
 * also occur in the body; a wiki's References section is a heading and its notes body (the "^" backlink included), while the
 * citation markers stay inside their paragraphs; table data rows are body, one entry a row with cells joined by " | ", and
 * table header cells are in no list (the related-topics table of the forum, being furniture, has its header labels in
 * furniture); a forum thread's posts (paragraphs and list items) are body, user names and post times bylines, like counts,
 * category badge, tags and related topics furniture; comments under a blog post are furniture with their authors and dates;
 * reading time ("4 min read", "6 min") is furniture, "Profile updated ..." and "Last updated: ..." lines and MediaWiki's
 * "last edited" line bylines; a page without h1 (the table layout's <font size="5"> title) still has that text as its title,
 * and its h3 subheads as headings; visually hidden screen-reader texts (Cart, Log in, "top of page") are furniture, while
 * texts hidden by attribute or by the framework's own stylesheet (Squarespace's form-submission text, Webflow's w-form-done /
 * w-form-fail messages, a Discourse post's like meta) are in no list; image alt texts, the hit counter's image digits and
 * form controls' values and placeholders are in no list; nav items that equal the current page's title are left out of
 * furniture, as are menu items, tags and fact values that also occur in the title or the body ("Visit", "The Counter",
 * "Farm Shop", "About", "Cheese Counter").
 */
export const HELDOUT605_PAGES: readonly TestPage[] = [
  ...HELDOUT605_A,
  ...HELDOUT605_A2,
  ...HELDOUT605_B,
  ...HELDOUT605_C,
  ...HELDOUT605_D,
  ...HELDOUT605_E,
  ...HELDOUT605_F,
];
