import type { TestPage } from './page-kit.js';
import { HELDOUT686_A } from './pages-heldout686-a.js';
import { HELDOUT686_A2 } from './pages-heldout686-a2.js';
import { HELDOUT686_B } from './pages-heldout686-b.js';
import { HELDOUT686_C } from './pages-heldout686-c.js';
import { HELDOUT686_D } from './pages-heldout686-d.js';
import { HELDOUT686_E } from './pages-heldout686-e.js';
import { HELDOUT686_F } from './pages-heldout686-f.js';
import { HELDOUT686_F2 } from './pages-heldout686-f2.js';

/**
 * Held-out batch 686, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bakery's sourdough product page on
 * Shopify (Dawn), a bakery blog's Christmas stollen recipe on WordPress (Astra) with a WP Recipe Maker card and comments, a butcher's
 * Christmas order page on Squarespace 7.1 with a form block and cookie banner, a fishmonger's fish box page on Wix (free plan, Wix ads
 * banner) with a FAQ, a butcher's steak product page on WooCommerce (Storefront) with tabs and related products, a fishmonger's
 * mussels how-to post on Webflow with a newsletter form, a bakery's croissant newsletter post on Ghost (Casper) with a callout card and
 * read-more cards, a fishmonger's Christmas hours and order deadlines page on Elementor (Hello theme, Pro header/footer, Complianz
 * banner) with a table, a market hall's news article about its bakers and butchers on Drupal 10 (Olivero), a bakery's allergen page on
 * Hugo (Ananke) with an allergen table, a baking wiki's lardy cake article on MediaWiki (legacy Vector) with infobox, contents and
 * references, and a charcuterie forum thread on bacon curing on Discourse (crawler view).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: product, recipe, order and opening-hours pages are kind 'blog' (the allergen page 'docs');
 * a dek or summary under the h1 (Ghost excerpt, Webflow summary, Hugo cover subtitle) is body; on product pages the description,
 * the short description and the texts of the accordion panels are body and the accordion titles and WooCommerce's "Description"
 * panel h2 are headings, while price, vendor, tax line, variant and quantity labels, stock, SKU and category, buttons and the tab
 * labels of hidden panels are furniture, and panels saved with `display: none` (WooCommerce's Additional information and Reviews) are
 * in no list; a recipe card's name, "Ingredients", ingredient group names, "Instructions" and "Notes" are headings, its summary,
 * ingredients (amount, unit and name joined by spaces), steps and notes are body, its rating, times and servings furniture; price lists
 * written as list items are body; a table's data rows are body, one entry a row with its cells joined by a space, its header cells in
 * no list (the header cells of the Discourse related-topics table, outside the thread, are furniture); order-form labels and help
 * text are furniture, and form controls' values (select options, submit inputs such as "Place Order" and "Sign up") are in no list;
 * a FAQ's questions are headings and answers body; a Ghost callout card is body, its emoji in no list; a pull quote inside a post is
 * body; comment and forum post author names and all dates (post dates, comment dates, read-more card and related-topic activity
 * dates, Drupal's date, MediaWiki's "last edited" line) are bylines, the Webflow "Written by" label a byline too; comments under a
 * blog post are furniture, forum posts body; reading times, like counts, post numbers, reply and view counts are furniture; a wiki
 * infobox (its caption, labels and values), the table of contents, "edit" links, footnote markers, the reference list with its
 * "References" heading and the categories are furniture, the contents' numbers and "^" backlinks in no list; screen-reader-only
 * texts (visually-hidden, screen-reader-text) other than skip links and texts in elements with `hidden`, `aria-hidden` or inline
 * `display: none` are in no list, while texts hidden only by a platform stylesheet outside the article (Webflow's form success and
 * failure messages, the legacy Vector menu headings, Wix's "top of page" / "bottom of page") are furniture; a heading that repeats
 * the title (Dawn's quick-add product title, Hugo's cover title) is in no list; separators without words (" / ", "·", "•" alone)
 * are in no list; a menu, tag or label text that also occurs as words of the title or body (e.g. "Christmas", "Shop", "Traders",
 * "Fish Box", "Breads", "The Counter") is left out of furniture, as the usual rules say.
 */
export const HELDOUT686_PAGES: readonly TestPage[] = [
  ...HELDOUT686_A,
  ...HELDOUT686_A2,
  ...HELDOUT686_B,
  ...HELDOUT686_C,
  ...HELDOUT686_D,
  ...HELDOUT686_E,
  ...HELDOUT686_F,
  ...HELDOUT686_F2,
];
