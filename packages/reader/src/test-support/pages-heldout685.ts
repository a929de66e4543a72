import type { TestPage } from './page-kit.js';
import { HELDOUT685_A } from './pages-heldout685-a.js';
import { HELDOUT685_A2 } from './pages-heldout685-a2.js';
import { HELDOUT685_B } from './pages-heldout685-b.js';
import { HELDOUT685_C } from './pages-heldout685-c.js';
import { HELDOUT685_D } from './pages-heldout685-d.js';
import { HELDOUT685_E } from './pages-heldout685-e.js';
import { HELDOUT685_F } from './pages-heldout685-f.js';

/**
 * Held-out batch 685, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pest control firm's wasp nest
 * guide on WordPress (Astra with Elementor, Yoast breadcrumbs, CookieYes), a window cleaner's service area page built with Wix,
 * a window cleaner's price page on Squarespace 7.1 with the price table in a code block, a pest control supplies shop's blog
 * article on Shopify (Dawn) with a "Shop the post" product grid, a commercial bird proofing service page on Webflow with step
 * cards and an enquiry form, a commercial window cleaning blog post on HubSpot CMS with a frequency table and comment form, a
 * district council's pest control service page on LocalGov Drupal with a charges table, a window cleaner's FAQ page on GoDaddy
 * Websites + Marketing, a window cleaning trade forum thread on Discourse (crawler view), a pest control firm's newsletter post
 * on Ghost (Casper) with a callout card, a pest control franchise's local area page on Next.js (Tailwind), and an old window
 * cleaning firm's price page in a Microsoft FrontPage table layout with font tags and no heading elements.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an intro, dek or excerpt under the h1 (Webflow's lead, Ghost's excerpt) is body;
 * table data rows are body, one entry a row with its cells joined by spaces, and a header row (th cells, or HubSpot's and
 * FrontPage's first row of bold labels) is in neither list; a table's caption (the council charges table) is furniture like
 * a figure caption; a price table and a price list are body on a price page; FAQ questions (GoDaddy's h4s) and Webflow's
 * numbered step card titles (h3) are headings and their answers body, while the "Our process" h2 above the cards is a heading
 * with no body of its own; bold font lines standing as section headings in the FrontPage layout are headings and its big bold
 * page name is the title; call-to-action boxes and buttons inside or after the article (Elementor's CTA widget, HubSpot's CTA,
 * Squarespace's and GoDaddy's quote buttons, the council's book button) are furniture, a callout card inside the text
 * (Ghost) is body; testimonials, review counts and review carousels, "Shop the post" product cards and their prices, nearby
 * area links, logo strips and a local technician box are furniture; the Wix map label and the GoDaddy contact section after
 * the FAQ are furniture; on the forum thread every post is body, user names and post dates are bylines, post numbers (#1),
 * like counts, the category badge, tag and the related topics table (titles, counts, months) are furniture, and the topic
 * has no headings; reading time ("3 min read") on the article is a byline, on read-more cards furniture; an author's name
 * under the title is a byline and an author bio box furniture; screen-reader-only texts that a template shows to assistive
 * technology (skip links, "Search for:", "Log in", "Cart", "Regular price", Drupal's "Breadcrumb" h2) are furniture, while
 * text in elements hidden by the hidden attribute or by the template's own CSS (Webflow's w-form-done and w-form-fail
 * messages) is in no list; elements shown or hidden only by responsive classes (Tailwind's "hidden lg:flex", "lg:hidden")
 * count as visible; form labels and button texts are furniture, input values and placeholders in no list; a visitor counter
 * line, marquee and "Best viewed in" line are furniture and the "Page last updated" line a byline; Wix's empty zero-width
 * paragraphs and Discourse's noscript footer are treated as written (the footer is furniture).
 */
export const HELDOUT685_PAGES: readonly TestPage[] = [
  ...HELDOUT685_A,
  ...HELDOUT685_A2,
  ...HELDOUT685_B,
  ...HELDOUT685_C,
  ...HELDOUT685_D,
  ...HELDOUT685_E,
  ...HELDOUT685_F,
];
