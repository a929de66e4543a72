import type { TestPage } from './page-kit.js';
import { HELDOUT582_A } from './pages-heldout582-a.js';
import { HELDOUT582_B } from './pages-heldout582-b.js';
import { HELDOUT582_B2 } from './pages-heldout582-b2.js';
import { HELDOUT582_C } from './pages-heldout582-c.js';
import { HELDOUT582_D } from './pages-heldout582-d.js';
import { HELDOUT582_E } from './pages-heldout582-e.js';
import { HELDOUT582_F } from './pages-heldout582-f.js';

/**
 * Held-out batch 582, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a six-day coach tour itinerary on
 * WordPress with WP Travel Engine (Travel Monster theme) with trip facts, tabs, a booking widget and reviews, a day-trip
 * company's pickup points list on Wix, a booking conditions page on Squarespace 7.1, a day trip sold as a product on Shopify
 * (Dawn), a coach operator's FAQ page built with Elementor (Hello theme, accordion widgets), a packing-list post on Ghost
 * (Casper), a winter timetable news item with a table and comments on Drupal 10 (Olivero), a reduced-mobility travel guide on
 * Webflow, a school coach-hire pricing post on the HubSpot CMS blog, a family coach firm's excursion list in an old FrontPage
 * table layout, a day-tour page on Next.js (App Router, Tailwind) with a sticky booking card and reviews, and a forum thread
 * about a changed pickup point on Discourse (crawler view).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a tour page's itinerary day titles, tab headings (Overview, Itinerary, Cost, FAQs,
 * Map) and cost-includes / excludes headings are headings, and the tab bar labels that repeat them are left out of furniture;
 * an itinerary's day texts, timeline times and stops, includes / excludes lists and highlights are body; key-fact panels and
 * chips next to the text (duration, group size, language, WP Travel Engine's "Trip Facts"), star ratings, review counts,
 * prices, booking widgets and their buttons are furniture, as are the itinerary's day numbers in their own boxes; reviews
 * and testimonials under a tour are furniture with their names and dates (like comments); FAQ questions are headings when
 * they are h-elements and body entries (before their answers) when they are accordion toggles in div or a (WP Travel Engine,
 * Elementor), with the FAQ page's closing "Still have a question?" h2 a heading and its button furniture; Shopify's
 * collapsible product tabs (h2 titles and their texts) are part of the product and so headings and body, while price,
 * variant and quantity labels are furniture; a dek or lead paragraph under the h1 is body, the eyebrow label above an h1
 * furniture; a "Last updated" / "Page last updated" line is a byline; table data cells are body, one entry a cell, header
 * cells written as th in neither list, and a header row written as td cells with bold text (the HubSpot editor's table)
 * body; a note in italics under a table is body; comments under a news item are furniture with their author names and
 * times, while a forum thread's posts are body and their user names and post times bylines, their like counts, post
 * numbers, category badge and tags furniture; the forum's title link is the title; dates and reading times on related-post
 * cards and Ghost's reading time are furniture; screen-reader-only text (skip links, "Search for:", "Log in", "Cart",
 * "Regular price", Olivero's "Breadcrumb" and "Main navigation") is furniture; text hidden by the hidden attribute,
 * display:none, or by the platform's stylesheet before scripts run (Webflow's form success and error messages,
 * Squarespace's form-submission text, the Complianz banner with cmplz-hidden, a trip fact in display:none) is in no
 * list; the Wix "designed with Wix" ad bar is furniture; the old layout's marquee is
 * furniture and its visitor counter text around the counter image furniture; the old layout's bold font line is its title
 * though it is no h-element; Shopify Dawn's second (quick-add) copy of the title is the title; a "By" line with the author
 * (Olivero's "By Office team") is one byline; a Discourse post's user name is a byline once however many posts it signs.
 */
export const HELDOUT582_PAGES: readonly TestPage[] = [
  ...HELDOUT582_A,
  ...HELDOUT582_B,
  ...HELDOUT582_B2,
  ...HELDOUT582_C,
  ...HELDOUT582_D,
  ...HELDOUT582_E,
  ...HELDOUT582_F,
];
