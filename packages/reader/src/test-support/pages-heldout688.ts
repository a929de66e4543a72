import type { TestPage } from './page-kit.js';
import { HELDOUT688_A } from './pages-heldout688-a.js';
import { HELDOUT688_B } from './pages-heldout688-b.js';
import { HELDOUT688_C } from './pages-heldout688-c.js';
import { HELDOUT688_D } from './pages-heldout688-d.js';
import { HELDOUT688_D2 } from './pages-heldout688-d2.js';
import { HELDOUT688_E } from './pages-heldout688-e.js';
import { HELDOUT688_F } from './pages-heldout688-f.js';

/**
 * Held-out batch 688, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a care home group's types of care
 * page built with Elementor (Hello Elementor, Elementor Pro header and footer, CookieYes banner), a care home's activities news
 * post on WordPress GeneratePress with a captioned gallery, sidebar and comments, a care home's fees and funding FAQ on
 * Squarespace 7.1 with an accordion block and newsletter block, a home care agency's services page built with Wix, a care
 * charity's news article on Drupal 10 (Olivero) with tags and a comment, a home care agency's "how it works" page on Webflow
 * with a steps grid and Finsweet cookie consent, a long home care blog post on HubSpot CMS with a cost table, subscribe form
 * and related posts, a national provider's dementia care page on Next.js (App Router) with a contact sidebar and a
 * details/summary FAQ, a family care home's visiting page in an old table layout with font tags and a hit counter, a carers'
 * forum thread on Discourse (crawler view) with a quoted reply and related topics, a home care newsletter post on Ghost
 * (Casper) with a callout card and read-more cards, and a care home's mealtimes article on Joomla 5 (Cassiopeia) with
 * article info, a menu table and a sidebar module.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or lede under the h1 is body, an eyebrow or tag label above it
 * (Getting started, Newsletter) furniture; FAQ questions (Squarespace accordion titles, Next.js `<summary>`) are headings
 * and their answers body, the collapsed answers counting as shown; a section heading over an FAQ inside the content column
 * is a heading; the table layout's bold line standing alone over the day's timetable is a heading; table data rows are body,
 * one entry a row with the cells' texts joined by spaces, and table header cells are in neither list; a blockquoted
 * resident's words inside a news article are body; call-to-action boxes and buttons inside the main column (Elementor CTA,
 * Wix "Ready to talk?", Webflow and HubSpot CTAs) and testimonial widgets are furniture; figure captions and image credits
 * are furniture, a Ghost callout card is body and its emoji icon in no list; comments under an article (authors, dates,
 * titles, texts, counts) are furniture, while on the Discourse thread every post is body, each user name and post date a
 * byline, and a quoted passage inside a reply body (its "janetwade:" header counted as that user's byline), with post
 * numbers, like counts, tags and the related topics table furniture; reading times ("4 min read") and the Joomla
 * "Details" / Category / Hits lines are furniture, its "Written by:" and "Published:" lines bylines; dates and reading
 * times on read-more or related cards are furniture; screen-reader-only texts (skip links, "Previous article: ...",
 * Wix "top of page") are furniture, while elements with the `hidden` attribute, a `hidden` class or `display:none`
 * (Squarespace's "Thank you!", the Finsweet preferences panel, a hidden Close Menu label) are in no list; a phone number
 * shown as a header button is furniture; furniture and bylines leave out any text found, as whole words, inside the title,
 * a heading or a body entry (so Home, Fees or a site name used in the body are not listed), and form control values
 * (Subscribe, Post Comment) and placeholders are in no list.
 */
export const HELDOUT688_PAGES: readonly TestPage[] = [
  ...HELDOUT688_A,
  ...HELDOUT688_B,
  ...HELDOUT688_C,
  ...HELDOUT688_D,
  ...HELDOUT688_D2,
  ...HELDOUT688_E,
  ...HELDOUT688_F,
];
