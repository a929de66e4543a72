import type { TestPage } from './page-kit.js';
import { HELDOUT535_A } from './pages-heldout535-a.js';
import { HELDOUT535_A2 } from './pages-heldout535-a2.js';
import { HELDOUT535_B } from './pages-heldout535-b.js';
import { HELDOUT535_C } from './pages-heldout535-c.js';
import { HELDOUT535_D } from './pages-heldout535-d.js';
import { HELDOUT535_E } from './pages-heldout535-e.js';
import { HELDOUT535_F } from './pages-heldout535-f.js';

/**
 * Held-out batch 535, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a day spa's treatment menu on
 * Squarespace 7.1 (fluid engine, button blocks, footer newsletter block, cookie banner), a seven-day retreat programme built with
 * Elementor on Hello Elementor (Pro header and footer, icon lists, testimonial carousel, Complianz banner), a massage therapist's
 * booking and policies page on Wix, a spa gift voucher product page on Shopify's Dawn theme, a retreat centre's FAQ on Webflow, a
 * retreat listing on an invented marketplace built with Next.js (host card, reviews, booking card, similar retreats), a float
 * spa's guide post on Ghost (Casper), a therapist's prenatal massage page on Hugo with the Ananke theme, a hotel's thermal suite
 * page on Drupal 10 with Paragraphs and an opening-hours table, a massage studio's prices page on GoDaddy Websites + Marketing,
 * a corporate wellness retreat company's blog post on HubSpot CMS, and a hot springs bath house's rates and rules page in an
 * old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a treatment or price menu (Squarespace, GoDaddy) the category titles and each
 * treatment's name are headings, and its description and its duration / price line are body entries; "Book ..." buttons,
 * "Reserve" buttons and call-to-action banners inside the content (the Drupal "from £45" banner, the Webflow "Still have
 * questions?" box, Ghost's members sign-up box, HubSpot's CTA) are furniture; a dek or lead under the h1 (Elementor, Ghost
 * excerpt, Drupal lead, Webflow intro, GoDaddy section description) is body; a retreat programme's day titles are headings and
 * its timetable lines ("07:30 Tea ...") are body items; a testimonial carousel, its heading ("Guests on Stillness") and its names
 * are furniture; eyebrow and section labels above the h1 (Webflow's "Help centre", Hugo's "Services", Ghost's tag) are furniture;
 * on a product page
 * the description and the accordion panels are body (the accordion titles headings, the closed `<details>` counted as shown),
 * while price, tax note, variant and quantity controls, buy buttons and the vendor line are furniture; on a marketplace
 * listing the sections of the listing are body, while the rating, review count, location line, host card, booking card and
 * the reviews with their names and dates are furniture (reviews count as comments); FAQ questions are headings (h3 under their
 * group h2) and answers body; table data cells are body entries one a cell, header cells (a `<th>` row, or the old page's
 * bold first `<td>` row) in neither list; on the old table layout the bold `<font>` title is the title and the bold section
 * titles are headings, the sidebar hours box, visitor counter and "Best viewed" line furniture, and "Page last updated" a
 * byline; Ghost's author name, date and reading time are bylines, its figure caption furniture; HubSpot's author line and the
 * bio heading "Written by ..." are bylines, the bio text furniture; an "<em>Last updated ...</em>" line at the end of the Hugo
 * body is a byline; screen-reader-only texts (skip links, visually-hidden menu and breadcrumb headings, Wix's "top of page" /
 * "bottom of page", Shopify's "Regular price", "Log in", "Cart" and quantity button labels) are furniture, while elements hidden
 * with `hidden`, `aria-hidden`, a `hidden` class or the template's display:none form messages (Webflow's and Squarespace's
 * form success texts) are in no list; a site name shown as the header logo text is furniture; a form's submit value
 * (`<input value>`), select options and placeholders are in no list, but `<label>` and `<button>` texts are furniture; the
 * required-field asterisk of HubSpot's form is left out.
 */
export const HELDOUT535_PAGES: readonly TestPage[] = [
  ...HELDOUT535_A,
  ...HELDOUT535_A2,
  ...HELDOUT535_B,
  ...HELDOUT535_C,
  ...HELDOUT535_D,
  ...HELDOUT535_E,
  ...HELDOUT535_F,
];
