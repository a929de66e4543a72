import type { TestPage } from './page-kit.js';
import { HELDOUT661_A } from './pages-heldout661-a.js';
import { HELDOUT661_A2 } from './pages-heldout661-a2.js';
import { HELDOUT661_B } from './pages-heldout661-b.js';
import { HELDOUT661_C } from './pages-heldout661-c.js';
import { HELDOUT661_D } from './pages-heldout661-d.js';
import { HELDOUT661_E } from './pages-heldout661-e.js';
import { HELDOUT661_F } from './pages-heldout661-f.js';

/**
 * Held-out batch 661, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an e-bike model review on a dealer's
 * WordPress site (Astra, WooCommerce product box, Yoast breadcrumbs, comments, sidebar, Complianz banner), a battery care guide on
 * a Shopify blog (Dawn), a motorcycle servicing price page on Squarespace 7.1 with two price tables, a short MOT page of a small
 * motorbike workshop on Wix, a mobile e-bike repair service page on Webflow, a motorbike dealer's news post built with Elementor
 * (Hello theme), an e-bike owners' Discourse thread about a motor error code, a chain care post of a motorcycle repairer on Ghost
 * (Casper), an e-bike motor buying guide on HubSpot CMS, an e-bike conversion FAQ of a repair co-op on Drupal 10 (Olivero), a
 * battery swap help article of an e-bike subscription service on Next.js, and a classic motorcycle restorer's carburettor
 * rebuild price page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined with spaces, and table
 * header cells are in neither list; a dek or standfirst under the h1 (Webflow, Ghost) is body, a small eyebrow label above the
 * h1 ("Service") furniture; FAQ questions set as headings are headings and their answers body; shop and promotion boxes inside the
 * article body (the WooCommerce product block with its price and stock line, the Ghost callout, the HubSpot CTA button, the
 * Next.js tip callout) are furniture, while a pull quote in a news post is body; the review's bold rating line is body; comments
 * under a post are furniture, commenters' names and comment dates included; in the forum thread every post is body and each
 * user name and post date a byline, like counts, reply buttons, tags, category and topic map furniture; author names and post
 * dates shown in the meta line are bylines, categories, tags and reading times furniture; screen-reader-only texts (Wix "top of
 * page", visually hidden search labels, share icon labels) are in no list, except skip links, which are furniture; the old
 * page's visitor counter line is furniture without the counter image, its "Last updated" line a byline; texts that also occur
 * in the title, a heading or a body entry are left out of furniture and bylines (the kit's `page()` does this).
 */
export const HELDOUT661_PAGES: readonly TestPage[] = [
  ...HELDOUT661_A,
  ...HELDOUT661_A2,
  ...HELDOUT661_B,
  ...HELDOUT661_C,
  ...HELDOUT661_D,
  ...HELDOUT661_E,
  ...HELDOUT661_F,
];
