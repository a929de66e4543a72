import type { TestPage } from './page-kit.js';
import { HELDOUT538_A } from './pages-heldout538-a.js';
import { HELDOUT538_B } from './pages-heldout538-b.js';
import { HELDOUT538_C } from './pages-heldout538-c.js';
import { HELDOUT538_D } from './pages-heldout538-d.js';
import { HELDOUT538_E } from './pages-heldout538-e.js';
import { HELDOUT538_F } from './pages-heldout538-f.js';

/**
 * Held-out batch 538, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bridal boutique's appointment
 * page on Squarespace 7.1 with a form block, a suit hire price page on Shopify (Dawn) with a price table, a jeweller's ring
 * size guide on WordPress (Flatsome, WooCommerce, CookieYes) with a size chart, a goldsmith's ring repair page built with Wix,
 * a bridal shop's journal post on Webflow with related posts and a newsletter form, a kilt hire page on WordPress with
 * Elementor Pro (price list and accordion), a jeweller's pearl care blog post on HubSpot CMS with tags and a comment form, a
 * bridal stylist's post on veil lengths on Ghost (Casper) with read-more cards, a formalwear rental "how it works" page on
 * Next.js with steps and a details FAQ, a jeweller's repair price list in an old table layout with font tags and a hit
 * counter, a wedding forum thread on Discourse, and a goldsmiths' guild guide to hallmarks on Drupal 10 (Olivero).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lead paragraph under the h1 is body, an eyebrow or category label
 * above it furniture; table data rows are body, one entry a row with its cells joined by spaces, and table header cells are in
 * no list; a price-list item (Elementor) is two body entries, its name with its price and its description; a repair service's
 * price line (Wix) is its own body entry; FAQ questions in accordions or <details> and steps' titles written as h3 follow their
 * tag: h2-h6 are headings, questions in a summary or div are body entries with their answers; definition terms and
 * definitions (dl) are each body; a pull quote inside the post is body; form labels, legends, required stars, placeholders and
 * buttons of appointment, newsletter and comment forms are furniture (placeholders and input values in no list), and texts
 * in form success / failure messages hidden by the platform's stylesheet (Squarespace `hidden`, Webflow `w-form-done`) are in
 * no list; visually-hidden texts (screen-reader labels such as "Log in", "Cart", "Breadcrumb", Wix's "top of page") are
 * furniture, while aria-label, alt and title attributes are in no list; reading times ("5 min read", "• 4 min read"), topic
 * map counts, cart counts and a hit counter are furniture; the author name and the post date are bylines (Discourse: each
 * user name and each shown relative date, the full date in the title attribute being in no list), a "Last updated" line on
 * the table layout page is a byline; the forum thread has no headings, its posts are body and its title repeated in the
 * Discourse header is left out; the old table layout's title is a bold <font> line, not an h1, and is still the title, its
 * section headings being h3; a CTA box or button inside the article (the Flatsome ring sizer box, the HubSpot CTA, the Wix
 * "Book a free assessment" button) is furniture; an image caption or photo credit is furniture.
 */
export const HELDOUT538_PAGES: readonly TestPage[] = [...HELDOUT538_A, ...HELDOUT538_B, ...HELDOUT538_C, ...HELDOUT538_D, ...HELDOUT538_E, ...HELDOUT538_F];
