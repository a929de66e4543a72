import type { TestPage } from './page-kit.js';
import { HELDOUT642_A } from './pages-heldout642-a.js';
import { HELDOUT642_A2 } from './pages-heldout642-a2.js';
import { HELDOUT642_B } from './pages-heldout642-b.js';
import { HELDOUT642_B2 } from './pages-heldout642-b2.js';
import { HELDOUT642_C } from './pages-heldout642-c.js';
import { HELDOUT642_D } from './pages-heldout642-d.js';
import { HELDOUT642_D2 } from './pages-heldout642-d2.js';
import { HELDOUT642_E } from './pages-heldout642-e.js';
import { HELDOUT642_F } from './pages-heldout642-f.js';

/**
 * Held-out batch 642, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a ghost walk's route and meeting
 * point page on WordPress (Astra, block editor, Complianz cookie banner), a private group booking page on Squarespace 7.1 with an
 * announcement bar and a form block, a tour guide's long history post on Ghost (Casper) with callout and bookmark cards, member
 * box and read-more cards, a ghost walk ticket sold as a Shopify product (Dawn) with variant pickers and collapsible tabs, a
 * harbour ghost walk page built with Wix on the free plan (Wix ads banner), a walking tour route page on Webflow (CMS template
 * with a key facts strip and a collection list of stops), a travel community thread on Discourse asking whether a ghost walk
 * suits a child, a local history wiki article on MediaWiki (Vector 2022) about a town ghost walk with an infobox and references,
 * a guide's blog post on Hugo (PaperMod) with a closed table of contents and prev / next links, a town council's guided heritage
 * walks page on Drupal 10 (Olivero) with a timetable table, a private group tours landing page built with Elementor (Hello
 * Elementor, Pro header and footer, icon boxes, testimonials, FAQ accordion, form and a hidden popup), and the tour times page of
 * an old table-layout (FrontPage) ghost walk site with a visitor counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or description under the h1 is body; a tour page's key facts strip and a wiki
 * infobox are body, one entry a label and value pair joined by a space (the infobox's title row repeats the title); a table's
 * data rows are body, one entry a row with its cells joined by spaces, its header cells in neither list and its <caption> body;
 * collapsed content that one click opens (Shopify's collapsible tabs in closed <details>, the Elementor FAQ accordion) is read
 * as shown and so is article text, while text hidden by the template's markup or stylesheet (the `hidden` attribute,
 * aria-hidden or display:none menus, Webflow's form done / fail messages, Elementor's popup, Wix's unused "More" item,
 * MediaWiki's print footer, Hugo's heading anchors) is in no list; screen-reader-only texts (skip links, "top of page", "Regular
 * price", "Cart", Discourse's "Post #1 by ..." labels) are furniture; FAQ questions not marked up as headings are body entries
 * before their answers; headings of icon boxes and of collection-list stops are headings, the box texts body; a form's title,
 * labels and button texts are furniture (form control values and placeholders in no list), and so is the heading of an enquiry
 * form's section; prices, variant pickers, quantity and cart buttons of a product are furniture, the product description and its
 * tab texts body; testimonials on a booking page are furniture with their names; a guide's bio card, eyebrow labels and tags are
 * furniture; in a forum thread the posts and quoted passages are body, user names, post dates and the "user:" quote header
 * bylines, like counts, topic stats and suggested topics furniture; a blog's reading time inside the byline block (Ghost,
 * PaperMod's combined meta line) is byline, while dates and reading times on read-more cards are furniture; Ghost's bookmark card
 * is furniture (a related link); a wiki's references list is body with the reference marks kept inside their paragraphs, its
 * table-of-contents entries repeat headings ("Contents", "(Top)", "hide" are furniture, its numbers and punctuation-only texts
 * such as "[", "]", "^", "»" are in no list); "This page was last edited ..." and "Last updated ..." are bylines; the visitor
 * counter image is in no list and the text around it furniture.
 */
export const HELDOUT642_PAGES: readonly TestPage[] = [
  ...HELDOUT642_A,
  ...HELDOUT642_A2,
  ...HELDOUT642_B,
  ...HELDOUT642_B2,
  ...HELDOUT642_C,
  ...HELDOUT642_D,
  ...HELDOUT642_D2,
  ...HELDOUT642_E,
  ...HELDOUT642_F,
];
