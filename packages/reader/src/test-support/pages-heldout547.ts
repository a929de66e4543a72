import type { TestPage } from './page-kit.js';
import { HELDOUT547_A } from './pages-heldout547-a.js';
import { HELDOUT547_A2 } from './pages-heldout547-a2.js';
import { HELDOUT547_B } from './pages-heldout547-b.js';
import { HELDOUT547_B2 } from './pages-heldout547-b2.js';
import { HELDOUT547_C } from './pages-heldout547-c.js';
import { HELDOUT547_C2 } from './pages-heldout547-c2.js';
import { HELDOUT547_D } from './pages-heldout547-d.js';
import { HELDOUT547_E } from './pages-heldout547-e.js';
import { HELDOUT547_E2 } from './pages-heldout547-e2.js';
import { HELDOUT547_F } from './pages-heldout547-f.js';

/**
 * Held-out batch 547, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a surf school's beginner lesson
 * booking page on WordPress (Astra with Elementor sections, price table widgets and FareHarbor buttons), a tide and safety guide
 * for paddlers on a Squarespace 7.1 blog, a paddleboard and kayak hire price list on a free Wix site, a watersports centre's
 * slipway news article on Drupal 10 (Olivero) with comments, a surf shop's wetsuit guide on a Shopify blog (Dawn), a surf
 * coach's forecast-reading post on Ghost (Casper), a sunset paddle tour page on Webflow with an enquiry form, a surf lifesaving
 * club's beach safety rules on Hugo (PaperMod), a paddlers' forum thread on Discourse (crawler view), a surf break page on a
 * MediaWiki (Vector 2022) wiki with an infobox and a table, a reservoir watersports centre's prices and opening times in an old
 * Dreamweaver table layout, and a corporate team-day landing page on HubSpot CMS with a HubSpot form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or description under the h1 (Ghost excerpt, PaperMod description,
 * Webflow and HubSpot hero text) is body; a tour's key facts under the h1 (duration, group size, ages, price) are body, its
 * "Guided tour" eyebrow label furniture; price-list lines and price-table cards are body, one entry a line or a card's price
 * ("£45 per person") plus one a feature, with the card names (h3) headings and the cards' "Book Now" buttons furniture;
 * table data rows are body, one entry a row with the cells' texts joined by spaces, and header cells of article tables are in
 * neither list, while the header cells, titles, categories and counts of a furniture table (Discourse's related topics) are
 * furniture; FAQ questions set as h3 are headings and their answers body; a callout card inside the article is body;
 * call-to-action boxes, testimonials and cross-sell cards set inside the page builder's content (Elementor's CTA, HubSpot's
 * quote, Webflow's "More ways onto the water") are furniture, and so are form titles, labels (with their asterisks) and
 * consent notes; visually hidden (screen-reader-only) texts without a `hidden` attribute (skip links, Drupal's "Main
 * navigation" and "Breadcrumb", Shopify's "Log in" and "Cart", Wix's "top of page" / "bottom of page") are furniture, while
 * texts in elements with a `hidden` attribute or hidden only by the platform's stylesheet (Squarespace's "Open Menu", Webflow's
 * form success and error messages) are in no list; comments under an article are furniture, with their titles, while their
 * author names and dates are bylines; dates on related-post cards and related-topic rows are bylines, reading times ("6 min
 * read", "3 min") furniture; on the forum thread, posts are body, user names and post dates bylines, like counts and tags
 * furniture; a wiki's infobox (labels and values), references section (its heading too), table of contents, edit links and
 * categories are furniture, citation markers stay inside the body text as plain() gives them, and "This page was last edited
 * ..." is a byline; a table of contents inside a post (PaperMod) is furniture, its entries left out as they repeat headings;
 * "Page last updated ..." on the table-layout page is a byline; zero-width spacer paragraphs (Wix) and image-only buttons are in
 * no list; menu items, tags and infobox values equal to a word or phrase of the title, a heading or the body are left out.
 */
export const HELDOUT547_PAGES: readonly TestPage[] = [
  ...HELDOUT547_A,
  ...HELDOUT547_A2,
  ...HELDOUT547_B,
  ...HELDOUT547_B2,
  ...HELDOUT547_C,
  ...HELDOUT547_C2,
  ...HELDOUT547_D,
  ...HELDOUT547_E,
  ...HELDOUT547_E2,
  ...HELDOUT547_F,
];
