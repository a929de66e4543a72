import type { TestPage } from './page-kit.js';
import { HELDOUT551_A } from './pages-heldout551-a.js';
import { HELDOUT551_A2 } from './pages-heldout551-a2.js';
import { HELDOUT551_B } from './pages-heldout551-b.js';
import { HELDOUT551_C } from './pages-heldout551-c.js';
import { HELDOUT551_D } from './pages-heldout551-d.js';
import { HELDOUT551_E } from './pages-heldout551-e.js';
import { HELDOUT551_F } from './pages-heldout551-f.js';

/**
 * Held-out batch 551, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a curtain maker's linen fabric
 * range page on Shopify (Dawn) with a product grid under it, a Roman blind maker's made-to-measure guide built with Elementor
 * (Hello theme) with an FAQ toggle and a CookieYes banner, a curtain workroom's measuring instructions on Squarespace 7.1 with
 * a fullness table and a newsletter block, a short blind-care page on Wix, a curtain lining blog post on WooCommerce
 * (Storefront) with comments and a shop sidebar, a roller blind measuring page on Webflow with step cards, a contract
 * furnisher's flame-retardant fabrics post on HubSpot CMS with tags and related posts, a fabric care guide as a Magento 2
 * (Luma) CMS page with a care table, a workroom diary post on Ghost (Casper) with a captioned image and read-more cards, a
 * curtain track maker's fitting instructions on Drupal 10 (Olivero) with an attached-files field, a net curtain maker's
 * measuring page on an old table layout with font tags and bold section lines, and a makers' forum thread on Discourse.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lead paragraph under the h1 (Elementor, Webflow, HubSpot's bold
 * first paragraph, Ghost's article excerpt) is body; a fabric range's colourway list inside the page text is body, while the
 * shop's product cards under it (names, prices, "Regular price", "View all") are furniture; numbered step titles (Elementor
 * h3s, Webflow card h2s) are headings and their step numbers shown apart ("01") furniture; FAQ toggle questions that are not
 * heading elements (Elementor's toggle titles) are body, each question and each answer one entry; in an article table each
 * data row is one body entry (its cells joined with spaces) and the header row is in neither list, while a table outside the
 * article (Discourse's suggested topics) is furniture, header cells included; a warning callout inside the page text is body
 * with its "Important:" label; an image caption inside or outside the text is furniture; the Drupal attached-files field
 * (label, file names, sizes) is furniture; on the old table layout, bold one-line paragraphs that act as section titles
 * (WIDTH, DROP...) are headings, and the "Page last updated" line is a byline; a WordPress "Posted on ... by ..." line is one
 * byline; comments under a post (commenter names and dates included) are furniture; reading times ("4 min read") and the
 * dates, excerpts and reading times of read-more cards are furniture; on the Discourse thread every post is body, user names
 * and post dates are bylines (the timeline's dates repeat them), like counts, category, tags and the timeline counter are
 * furniture; visually hidden labels and skip links (Breadcrumb, Main navigation, Previous post:, Log in) count as visible
 * furniture, while aria-label, title and alt texts are in no list; a menu, tag or footer item equal to a word or phrase of
 * the title, a heading or a body entry (Curtains, Roman Blinds, Lace Panels, Delivery, Home on
 * the Drupal page, interlining, like counts 2 and 5) is
 * left out of furniture.
 */
export const HELDOUT551_PAGES: readonly TestPage[] = [
  ...HELDOUT551_A,
  ...HELDOUT551_A2,
  ...HELDOUT551_B,
  ...HELDOUT551_C,
  ...HELDOUT551_D,
  ...HELDOUT551_E,
  ...HELDOUT551_F,
];
