import type { TestPage } from './page-kit.js';
import { HELDOUT691_A } from './pages-heldout691-a.js';
import { HELDOUT691_B } from './pages-heldout691-b.js';
import { HELDOUT691_C } from './pages-heldout691-c.js';
import { HELDOUT691_D } from './pages-heldout691-d.js';
import { HELDOUT691_E } from './pages-heldout691-e.js';
import { HELDOUT691_E2 } from './pages-heldout691-e2.js';
import { HELDOUT691_F } from './pages-heldout691-f.js';

/**
 * Held-out batch 691, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Spanish school's intensive course
 * page on WordPress (Astra, Yoast breadcrumbs, CookieYes, a WPForms sidebar widget), a translation agency's rates page on
 * Squarespace 7.1 (announcement bar, newsletter block), a short DELF B2 preparation page built with Wix, a translation agency's
 * blog post on certified translations for visas on Webflow (author card, related posts, newsletter form), a university
 * language centre's placement test guide on Drupal 10 (section menu, alert, EU cookie banner), a German evening course sold as a
 * product on Shopify (Dawn), an interpreter's blog post on Ghost (Casper), a localisation checklist post on HubSpot CMS
 * (CTA, subscribe form, related posts), a long C1 exam guide built with Elementor Pro (toggle FAQ, CTA box, popup form), a
 * learners' forum thread on Discourse, a translation bureau's rates and terms page in an old table layout, and an online
 * school's course page on Next.js with Tailwind.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or lead paragraph under the h1 is body; table data rows are body, one entry a
 * row with its cells joined by single spaces, and table header cells (th, or the bold coloured first row of the old table
 * layout's td cells) are in no list; FAQ questions are headings where
 * the template marks them up as headings (Drupal h3) and body entries where it puts them in a toggle title (Elementor), and the
 * answers are body even when the toggle starts closed; a course's fact chips, price, start dates, variant pickers, quantity and
 * booking buttons (Shopify, Next.js, the Astra and Wix buttons) are furniture, while a course's description, lists of what it
 * includes and its price and date tables inside the article are body; a product page's store-wide collapsible rows (Dawn's
 * cancellation policy) are furniture, summary and content; testimonials outside the article and CTA boxes inside it are
 * furniture; reading times, category labels and tags are furniture, author names and post dates bylines, "Updated", "Page last
 * reviewed" (label and date) and "Last modified" lines bylines; on the forum thread every post is body, user names and post
 * dates bylines, like counts, reply buttons, the topic map and suggested topics furniture; screen-reader-only text (visually
 * hidden labels, menu toggles) is in no list except skip links, and closed drawers, popups and form success or failure
 * messages (Dawn's cart drawer, the Elementor popup, Webflow's w-form-done / w-form-fail) are hidden and in no list; form labels
 * and button texts are furniture, placeholders and input values in no list; separators without words (·, •, |, /) are in no
 * list; a furniture or byline text that is also part of the title, a heading or a body entry as whole words (a menu item
 * "Prices" equal to a heading, "About" inside a body sentence) is dropped from those lists by the batch's `settle` helper.
 */
export const HELDOUT691_PAGES: readonly TestPage[] = [
  ...HELDOUT691_A,
  ...HELDOUT691_B,
  ...HELDOUT691_C,
  ...HELDOUT691_D,
  ...HELDOUT691_E,
  ...HELDOUT691_E2,
  ...HELDOUT691_F,
];
