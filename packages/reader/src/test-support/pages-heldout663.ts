import type { TestPage } from './page-kit.js';
import { HELDOUT663_A } from './pages-heldout663-a.js';
import { HELDOUT663_B } from './pages-heldout663-b.js';
import { HELDOUT663_B2 } from './pages-heldout663-b2.js';
import { HELDOUT663_C } from './pages-heldout663-c.js';
import { HELDOUT663_D } from './pages-heldout663-d.js';
import { HELDOUT663_D2 } from './pages-heldout663-d2.js';
import { HELDOUT663_E } from './pages-heldout663-e.js';
import { HELDOUT663_F } from './pages-heldout663-f.js';

/**
 * Held-out batch 663, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an angling club's fishery rules page
 * on WordPress (Astra theme, Gutenberg blocks, Cookie Notice banner), a trout fishery's weekly catch report on Squarespace 7.1, a
 * tackle shop's float rod product page on Shopify (Dawn, Judge.me reviews, recommendations), a winter chub thread on Discourse
 * (Ember-rendered, with a quote and suggested topics), a carp club's short working-party notice on Wix Blog, open match results
 * on an old FrontPage table layout, a fly pattern article on MediaWiki (Vector 2022, infobox, sidebar contents), a method feeder
 * how-to on Ghost (Casper), a beginner fly fishing course page on Webflow (booking card, FAQ, testimonials), a loch trip diary
 * on Hugo (PaperMod, table of contents, catch table), a fishery's day-ticket prices page on WordPress with Elementor Pro
 * (price-table widgets, CookieYes), and a rivers trust's fish rescue news article on Drupal 10 (Olivero, comments).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Ghost excerpt, Hugo description, Webflow hero
 * paragraph) is body, while an eyebrow label above the h1 ("One-day course") is furniture; table data rows are body, one entry a
 * row with the cells joined by spaces, and table header cells (th, or the bold coloured first row of td cells on the FrontPage
 * table) are in neither list; a product page's description, feature list and specification rows are body, and the
 * Specifications accordion (a closed `<details>`) counts as shown, its summary a heading, while the vendor line, price, tax
 * note, variant and quantity controls, pickup note, the Delivery & Returns accordion, reviews (with reviewers' names and dates)
 * and recommendations are furniture; price-table widgets on a prices page are body (heading a heading, subheading, price as
 * "£ 12 per rod" and features body), their "Book now" buttons furniture, and the call-to-action box beside them furniture;
 * a course page's booking card (price and facts) and testimonials are furniture, its FAQ questions headings and answers body;
 * a wiki's infobox (label and data cells, image caption) and sidebar contents are furniture, its References list body (with the
 * "^" backlink), "[1]" markers stay in body paragraphs as plain() leaves them, "[edit]" links furniture (the word "edit"),
 * "This page was last edited on ..." a byline and the printfooter "Retrieved from" line furniture; on the forum thread every
 * post (including the blockquote of a quoted post) is body, user names, post dates and the quote header "rolling_meat:" are
 * bylines, like counts, topic map numbers and suggested topics furniture; comments under a news article or post (authors,
 * times, text) are furniture; a sign-off naming the writer ("Tight lines — Gwen and the team") and an approval line with a date
 * at the end of rules ("Approved by the committee, February 2026.") are bylines; reading times ("1 min read", "6 min read")
 * are furniture, but Hugo's combined meta line (date · minutes · words · author) is one byline; view and comment counts are
 * furniture; visually-hidden screen-reader texts (Log in, Cart, Regular price, Search labels) are furniture like other visible
 * chrome, while text under `hidden` or inside `aria-hidden` duplicates of a menu is in no list beyond the visible copy; menu or
 * tag texts that are also words of the title or body (Membership, Juniors, Heron Water, Courses, Tickets, Volunteers, Hook
 * size, 13ft) are left out of furniture.
 */
export const HELDOUT663_PAGES: readonly TestPage[] = [
  ...HELDOUT663_A,
  ...HELDOUT663_B,
  ...HELDOUT663_B2,
  ...HELDOUT663_C,
  ...HELDOUT663_D,
  ...HELDOUT663_D2,
  ...HELDOUT663_E,
  ...HELDOUT663_F,
];
