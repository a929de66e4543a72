import type { TestPage } from './page-kit.js';
import { HELDOUT692_A } from './pages-heldout692-a.js';
import { HELDOUT692_A2 } from './pages-heldout692-a2.js';
import { HELDOUT692_B } from './pages-heldout692-b.js';
import { HELDOUT692_C } from './pages-heldout692-c.js';
import { HELDOUT692_D } from './pages-heldout692-d.js';
import { HELDOUT692_E } from './pages-heldout692-e.js';
import { HELDOUT692_F } from './pages-heldout692-f.js';

/**
 * Held-out batch 692, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a funeral director's services page
 * on WordPress (Astra with Elementor sections, a CTA and a testimonial inside the page builder), a memorial mason's headstone
 * design guide on Squarespace 7.1 (blog item with author card, pagination and newsletter footer), a funeral director's FAQ on
 * Wix (rich-text blocks and collapsible texts), a memorial price page with a table on Shopify (Dawn), a direct cremation
 * service page on Webflow (hero, rich text, CTA strip), a "what to do when someone dies" guide on Drupal 10 (Olivero-based, with
 * an on-this-page list and a sidebar menu), a eulogy-writing blog post on HubSpot CMS (author card, tags, related posts,
 * subscribe form), a headstone inscription guide on a Next.js comparison site (Tailwind, breadcrumb, guide rail), a granite
 * care article on Ghost (Casper, with a members CTA and a read-more card), a village monumental mason's cemetery regulations
 * page in an old FrontPage table layout, a Discourse thread (crawler view) on restoring headstone lettering, and a pre-paid
 * funeral plans page on Joomla 4 (Cassiopeia, with breadcrumbs, a sidebar module and prev / next links).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or summary under the h1 (Squarespace, Webflow, Drupal, the Ghost excerpt)
 * is body, while a short label above the h1 (Ghost's "Care" tag) is furniture, or left out when it repeats the title (Webflow's
 * "Direct cremation"); FAQ questions are headings and their answers body, the collapsible's "Read less" toggle furniture; a
 * table's data row is one body entry, its cells joined with spaces, and header cells are in neither list; price plan names
 * inside the article (Joomla h3) are headings; boxed calls to action, testimonials, trust ratings and buttons inside the
 * article ("Request a Quote", "Request a brochure") are furniture, but the Elementor "Included with every funeral" heading and
 * icon list, part of the service description, are heading and body; an on-this-page table of contents is furniture, its items
 * left out as they repeat headings; "Last reviewed" / "Last Updated" lines and their dates are bylines, as are a forum's user
 * names and post dates and the dates on read-more cards; reading times, like counts, post numbers and reply counts are
 * furniture; navigation hidden only by responsive classes (Tailwind "hidden md:flex") counts as visible, while elements with
 * the hidden attribute or aria-hidden (Wix's prewarm "More" item) are in no list, and neither is screen-reader-only text
 * (visually-hidden, screen-reader-text, sr-only: Astra's "Main Menu", Shopify's "Cart", Drupal's "Main navigation"), except
 * skip links, which show on focus and are furniture; a Discourse thread's opening post and replies are all body; tags and
 * menu items that repeat words of the title or body ("sandstone", "Home" where the body says "home", "Guides") are left out;
 * the old table layout's bold title in a font tag is the title and its bulleted paragraphs are body, its "Back to top" link
 * furniture.
 */
export const HELDOUT692_PAGES: readonly TestPage[] = [
  ...HELDOUT692_A,
  ...HELDOUT692_A2,
  ...HELDOUT692_B,
  ...HELDOUT692_C,
  ...HELDOUT692_D,
  ...HELDOUT692_E,
  ...HELDOUT692_F,
];
