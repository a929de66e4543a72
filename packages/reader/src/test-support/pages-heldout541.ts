import type { TestPage } from './page-kit.js';
import { HELDOUT541_A } from './pages-heldout541-a.js';
import { HELDOUT541_A2 } from './pages-heldout541-a2.js';
import { HELDOUT541_B } from './pages-heldout541-b.js';
import { HELDOUT541_B2 } from './pages-heldout541-b2.js';
import { HELDOUT541_C } from './pages-heldout541-c.js';
import { HELDOUT541_D } from './pages-heldout541-d.js';
import { HELDOUT541_E } from './pages-heldout541-e.js';
import { HELDOUT541_F } from './pages-heldout541-f.js';

/**
 * Held-out batch 541, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a karting track's Arrive & Drive
 * sessions and prices page built with Elementor (Hello theme, Elementor Pro header and footer, price-table widgets), a paintball
 * site's safety briefing on Wix, an outdoor activity centre's group booking page on Squarespace 7.1 with an enquiry form, a kart
 * club's championship regulations on Drupal 10 (Olivero, book navigation and sidebar), a paintball site's "what to wear" blog post
 * on Ghost (Casper), an outdoor centre's summer camp news item on Webflow (CMS collection page), a karting gift voucher product
 * page on Shopify (Dawn), a junior paintball party page on HubSpot CMS with a form and testimonial sidebar, a karting club forum
 * thread on Discourse, a paintball site's article on a MediaWiki community wiki (Vector 2022, infobox, table), a farm paintball
 * and quad trekking price list in an old FrontPage-era table layout, and a coasteering safety briefing on Next.js (pages router,
 * Tailwind).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body, and so is a warning callout inside the article;
 * an eyebrow label above the h1 ("Safety briefing", a Ghost primary tag, a Webflow category) is furniture; price and session
 * tables give one body entry a data row (the cells' texts joined with spaces) and their header rows are in neither list; an
 * Elementor price card's name is a heading (it is an h3), its price line and feature items body, its "Book now" button furniture;
 * a Shopify product's price is body, its "Regular price" screen-reader label, "Tax included." note, variant and quantity labels,
 * cart and share buttons furniture, and its product description body; call-to-action strips, testimonials and enquiry or
 * newsletter forms beside or under the article are furniture (form labels and a form's title included, submit buttons written as
 * `<input value>` in no list); text in `visually-hidden` / `sr-only` / `screen-reader-text` spans outside the article (skip
 * links, "Menu", "Search", "Cart") is furniture like other visible furniture, while elements with `hidden`, `aria-hidden="true"`,
 * `visibility:hidden` or a class the template's own stylesheet always hides until opened (Webflow form success and failure
 * messages, Dawn's empty cart drawer and hidden share button, MediaWiki's print footer, Vector's closed main-menu dropdown,
 * Elementor's dropdown copy of the menu) and text inside `<noscript>` (Discourse's crawler footer) are in no list;
 * a Tailwind nav that is `hidden lg:flex` counts as shown; on the Discourse thread the posts are body, the user
 * names and post dates bylines, like counts, category badges, topic map and suggested topics furniture; on the wiki page the
 * infobox rows are furniture (label and value joined), the table of contents and "[ edit ]" links furniture, the "last edited"
 * footer line a byline; regulation clauses are body entries one a numbered clause; the Ghost author name and date and the Drupal
 * "By Race Secretary" / date meta are bylines, Ghost's reading time furniture; a "Last reviewed" line at the end of an article is
 * a byline; a video caption under an embedded video is furniture; texts that also occur in the title, a heading or a body entry
 * (menu items such as "Prices", breadcrumbs repeating a heading, the vendor name) are left out of furniture and bylines.
 */
export const HELDOUT541_PAGES: readonly TestPage[] = [
  ...HELDOUT541_A,
  ...HELDOUT541_A2,
  ...HELDOUT541_B,
  ...HELDOUT541_B2,
  ...HELDOUT541_C,
  ...HELDOUT541_D,
  ...HELDOUT541_E,
  ...HELDOUT541_F,
];
