import type { TestPage } from './page-kit.js';
import { HELDOUT694_A } from './pages-heldout694-a.js';
import { HELDOUT694_A2 } from './pages-heldout694-a2.js';
import { HELDOUT694_B } from './pages-heldout694-b.js';
import { HELDOUT694_B2 } from './pages-heldout694-b2.js';
import { HELDOUT694_C } from './pages-heldout694-c.js';
import { HELDOUT694_D } from './pages-heldout694-d.js';
import { HELDOUT694_E } from './pages-heldout694-e.js';
import { HELDOUT694_F } from './pages-heldout694-f.js';

/**
 * Held-out batch 694, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a touring park's pitch booking page
 * built with Elementor on WordPress (Hello theme, CookieYes banner, booking iframe, price table, enquiry form), a dealer's used
 * motorhome listing on Next.js (spec list, finance example, similar vehicles), a storage yard's winter storage FAQ on Squarespace
 * (accordion blocks, announcement bar), a dealer's long winterising how-to on the HubSpot CMS blog (CTA, tags, related posts,
 * subscribe form), a touring park's news post on a Wix blog (counters, recent posts, Wix ad banner), a caravan owners' Discourse
 * thread in the crawler view (posts, likes, related topics), a caravan dealer's PDI article on a Shopify Dawn store (share button,
 * comment form, newsletter), a campervan hire firm's hire terms on Webflow (CTA, cookie popup), a farm site's tariff page in an
 * old FrontPage table layout (hit counter), a park group's dogs and site rules page on Drupal 10 Olivero (section sidebar, hidden
 * cookie popup), an owners' club wiki article on MediaWiki Vector 2022 (contents, edit links, wikitable, categories) and a
 * park warden's season review on Ghost Casper (excerpt, caption, signup CTA, read-more cards).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or listing subtitle under the h1 is body; table data rows are body, one
 * entry a row with its cells joined by spaces, table header cells in no list (header cells of a furniture table, Discourse's
 * related topics, are furniture); a listing's price and its spec pairs are body (a spec pair as "key value"), its finance
 * example, stock number, photo counter, call-to-action buttons and enquiry form furniture; FAQ questions (accordion titles) are
 * headings and their answers body though collapsed; form labels and button texts are furniture, input values and placeholders
 * in no list; visually hidden screen-reader texts (skip links, "Menu", a hidden "Specification" or "Breadcrumb" h2) are
 * furniture, while elements hidden by the hidden attribute, display:none (Drupal's cookie popup before its script runs, the
 * CookieYes preferences modal), aria-hidden menus that repeat the visible menu, a closed <details> share popup and <noscript>
 * text are in no list; a wiki's "See also" section is a heading with its links as body, its contents box, edit links and
 * categories furniture; texts without words (edit-link brackets, a "•" separator) and bare numbers (Wix's like count, Discourse
 * post numbers) are in no list; a Discourse post's user name, full name in brackets and post time are bylines and its like
 * counts ("3 Likes") furniture; a reading time ("1 min read") and a
 * wiki's or old site's "last edited / last updated" line are bylines; a blog post's sign-off inside its last paragraph stays
 * body; a pull quote or quoted guest note inside the post is body; a booking page's availability iframe has no text in any list.
 */
export const HELDOUT694_PAGES: readonly TestPage[] = [
  ...HELDOUT694_A,
  ...HELDOUT694_A2,
  ...HELDOUT694_B,
  ...HELDOUT694_B2,
  ...HELDOUT694_C,
  ...HELDOUT694_D,
  ...HELDOUT694_E,
  ...HELDOUT694_F,
];
