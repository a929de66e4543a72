import type { TestPage } from './page-kit.js';
import { HELDOUT499_A } from './pages-heldout499-a.js';
import { HELDOUT499_B } from './pages-heldout499-b.js';
import { HELDOUT499_C } from './pages-heldout499-c.js';
import { HELDOUT499_D } from './pages-heldout499-d.js';
import { HELDOUT499_E } from './pages-heldout499-e.js';
import { HELDOUT499_F } from './pages-heldout499-f.js';

/**
 * Held-out batch 499, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a dental implant treatment page on
 * WordPress with Divi (a promo box and a testimonial beside the text), an optician's price list on Squarespace 7.1 built with a
 * Menu block, a hearing clinic's short first-weeks aftercare page on Wix, a long eye-test guide on an optician chain's Next.js
 * site with a table of contents and a booking card, a dental practice FAQ on Elementor with accordions, a "what to expect at
 * your hearing test" page on Webflow with step cards and a booking form, a whitening aftercare blog post on Ghost (Casper), a
 * contact lens care page on Shopify (Dawn) with a replacement table, a community dental service's emergency page on Drupal 10
 * (Olivero) with a sidebar, a tinnitus thread on Discourse (crawler view), a dentist's fee list in an old table layout, and a
 * hearing aid cleaning blog post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lead paragraph under the h1 is body, an eyebrow / kicker / tag label
 * above it furniture; a price list's item (Squarespace Menu block) is one body entry made of its name and price, its description
 * another, and the menu block's second, responsive copy of the price is in no list; table data rows are body, one entry a row
 * with the cells joined by a space, table header cells in neither list (a related-topics table outside the article is
 * furniture, headers included); FAQ accordion questions written as div/a (not hN) are body entries followed by their answers,
 * collapsed answer panels included, and the group headings over them are headings; step cards' titles (h3) are headings and
 * their "01"-style numbers in no list; a warning callout, a tip box and a pull quote inside the article are body; promo, booking
 * and call-to-action boxes, testimonials, newsletter and subscribe boxes are furniture, even when they sit in the builder's
 * content area; reading times ("3 min read"), post numbers and like counts are furniture, while author names, "Clinically
 * reviewed by" lines, dates, "Last updated" and "Fees correct as of" lines are bylines; on the forum thread every post
 * (the opening post and the replies) is body, a quoted passage inside a reply is body where it stands, user names, full names
 * in brackets, the quote's "marlow_k:" attribution and post times are bylines; dates on related-post cards and related-topic
 * rows are furniture; visually hidden texts (screen-reader-only labels and headings such as "Menu", "Main navigation", "Cart")
 * are furniture, while texts inside closed details, drawers, modals and hidden form messages (Shopify's menu drawer, search
 * modal and cart drawer, Webflow's form done / fail messages, hidden attributes) are in no list; form placeholders and button
 * values of inputs are in no list, visible labels are furniture; texts that also occur as whole words in the title, a heading
 * or a body entry (any case) are dropped from furniture and bylines by the batch kit's finish().
 */
export const HELDOUT499_PAGES: readonly TestPage[] = [...HELDOUT499_A, ...HELDOUT499_B, ...HELDOUT499_C, ...HELDOUT499_D, ...HELDOUT499_E, ...HELDOUT499_F];
