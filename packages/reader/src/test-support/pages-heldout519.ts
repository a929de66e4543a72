import type { TestPage } from './page-kit.js';
import { HELDOUT519_A } from './pages-heldout519-a.js';
import { HELDOUT519_A2 } from './pages-heldout519-a2.js';
import { HELDOUT519_B } from './pages-heldout519-b.js';
import { HELDOUT519_B2 } from './pages-heldout519-b2.js';
import { HELDOUT519_C } from './pages-heldout519-c.js';
import { HELDOUT519_D } from './pages-heldout519-d.js';
import { HELDOUT519_D2 } from './pages-heldout519-d2.js';
import { HELDOUT519_E } from './pages-heldout519-e.js';
import { HELDOUT519_E2 } from './pages-heldout519-e2.js';
import { HELDOUT519_F } from './pages-heldout519-f.js';
import { HELDOUT519_F2 } from './pages-heldout519-f2.js';

/**
 * Held-out batch 519, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a launderette's price list built
 * with Elementor on the Hello Elementor theme, a tailor's alterations guide on a Squarespace 7.1 blog, a dry cleaner's
 * collection and delivery page on Shopify (Dawn), a long care-label explainer on a Ghost blog (Casper), a dry cleaner's
 * refurbishment notice on Wix, a shoe repairer's price list on an old hand-made table layout, a tailor's wedding-suit timeline
 * on Webflow, a dry-cleaning chain's leather and suede service page on Drupal 10 (Olivero), a shoe repairer's resoling post on
 * Hugo (PaperMod), a forum thread about a shrunken coat on Discourse (crawler view), a commercial laundry's restaurant linen
 * post on HubSpot CMS (Growth theme), and a laundry app's help article on Zendesk Guide (Copenhagen).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price-list item is one body entry holding its name and price (an Elementor
 * price-list widget's description is a second entry); a table data row is one body entry, its cells joined with spaces, and
 * table header rows are in neither list; the bold section labels standing alone above each table of the old table layout
 * (Gents, Ladies, Other Repairs) are headings, and its title, set in a bold font tag rather than an h1, is the title; questions
 * set as h3 (the Shopify collapsible rows, the Drupal questions) are headings and their answers body, including the answers
 * inside closed <details> rows, which a reader opens; a section heading over them (Questions) is a heading; a standfirst,
 * excerpt or summary under the h1 (Ghost, Webflow, Hugo) is body; a blockquote or callout in the article is body, with its
 * attribution; call-to-action boxes (Elementor's "Too busy to drop off?", Webflow's booking band) are furniture even where they
 * sit in the page content, and a HubSpot CTA image is in no list; a shop notice's signature is a byline; author lines, post
 * dates, "Written By", "By" and Zendesk's "Updated" label are bylines, while reading times ("7 min read", "6 min") are
 * furniture; dates, reading times and excerpts on related-post cards and related-topic tables are furniture; screen-reader-only
 * text outside the article (visually-hidden labels, Elementor's screen-only social names, Olivero's hidden block titles,
 * Wix's "top of page") is furniture, while SVG <title> text, aria-labels and elements with hidden or aria-hidden are in no list;
 * on the Discourse thread every post is body, user names and post times are bylines, and post numbers, like counts, category,
 * tags and the related-topics table are furniture; a menu, tag or breadcrumb text that also occurs as a word or phrase of the
 * title, a heading or the body (Prices, About, Home, Alterations, Boots, wool...) is left out of furniture.
 */
export const HELDOUT519_PAGES: readonly TestPage[] = [
  ...HELDOUT519_A,
  ...HELDOUT519_A2,
  ...HELDOUT519_B,
  ...HELDOUT519_B2,
  ...HELDOUT519_C,
  ...HELDOUT519_D,
  ...HELDOUT519_D2,
  ...HELDOUT519_E,
  ...HELDOUT519_E2,
  ...HELDOUT519_F,
  ...HELDOUT519_F2,
];
