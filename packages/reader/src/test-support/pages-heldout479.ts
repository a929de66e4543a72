import type { TestPage } from './page-kit.js';
import { HELDOUT479_A } from './pages-heldout479-a.js';
import { HELDOUT479_A2 } from './pages-heldout479-a2.js';
import { HELDOUT479_B } from './pages-heldout479-b.js';
import { HELDOUT479_C } from './pages-heldout479-c.js';
import { HELDOUT479_D } from './pages-heldout479-d.js';
import { HELDOUT479_E } from './pages-heldout479-e.js';
import { HELDOUT479_F } from './pages-heldout479-f.js';

/**
 * Held-out batch 479, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a planner's real-wedding blog post
 * on Squarespace 7.1 with captioned images and a supplier list, a country-house venue page built with Elementor (Hello theme,
 * CookieYes banner, testimonial carousel, enquiry form), a barn venue's FAQ page on Wix, a planner's packages page on Showit,
 * a supplier directory's florist listing on WordPress (Astra with GeoDirectory, filter sidebar, ratings, pagination), a
 * glasshouse venue page on Webflow with a w-form enquiry form, a planner's rain-plan advice post on Ghost (Casper) with a
 * callout card and read-more cards, a venue group's package blog post on HubSpot CMS with a price table, a magazine real-wedding
 * feature on Next.js with an ad slot and credits, a planning forum thread on Discourse (crawler view) with a quote and related
 * topics, a council hall's ceremony page on LocalGov Drupal with a fees table, and a country inn's weddings page in an old
 * table layout with image navigation and a visitor counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or lead paragraph under the h1 is body, an eyebrow or kicker over
 * it ("the investment", "Venue", "Real Weddings", a post's primary tag) furniture; a real wedding's supplier credits list
 * ("Photography: ...") is body, while a "Photography by" line beside the writer's byline is a byline; FAQ questions are
 * headings and their answers body; a package's name is a heading and its "From £..." price line and inclusions are body; a
 * directory listing's item names are headings and each item's place / price line and summary are body, its star rating and
 * review count, "View Listing" button, result count and sort control furniture; table data rows are body (one entry a row, the
 * cells joined by spaces) and header cells (th or a first row of bold labels) in neither list; testimonials and kind-words
 * quotes on venue and planner pages are furniture, as are enquiry forms' labels and buttons; the Webflow form's success and
 * failure messages (hidden by the site's stylesheet) are in no list; a Ghost callout card is body; reading time ("5 min
 * read") is furniture; a forum thread's posts are body (a list in a post one entry an item, a quoted passage one entry
 * before the reply), user names and post times bylines, like counts, tags, the category badge and the related-topics
 * table (titles, counts, activity dates and its header cells) furniture; a "Page last updated" line is a byline; the old
 * inn page's bold font title is the title, its opening hours, caption, text links, address, visitor counter label and
 * designer credit furniture (the counter's digits are an image's alt, in no list); menu and breadcrumb items equal to a
 * word or phrase of the title, a heading or a body entry are left out of furniture.
 */
export const HELDOUT479_PAGES: readonly TestPage[] = [
  ...HELDOUT479_A,
  ...HELDOUT479_A2,
  ...HELDOUT479_B,
  ...HELDOUT479_C,
  ...HELDOUT479_D,
  ...HELDOUT479_E,
  ...HELDOUT479_F,
];
