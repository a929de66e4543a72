import type { TestPage } from './page-kit.js';
import { HELDOUT600_A } from './pages-heldout600-a.js';
import { HELDOUT600_A2 } from './pages-heldout600-a2.js';
import { HELDOUT600_B } from './pages-heldout600-b.js';
import { HELDOUT600_C } from './pages-heldout600-c.js';
import { HELDOUT600_D } from './pages-heldout600-d.js';
import { HELDOUT600_E } from './pages-heldout600-e.js';
import { HELDOUT600_E2 } from './pages-heldout600-e2.js';
import { HELDOUT600_F } from './pages-heldout600-f.js';

/**
 * Held-out batch 600, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a fence panel price list on WordPress
 * (Astra, Gutenberg table blocks, CookieYes banner), a season-by-season decking maintenance guide on WordPress (GeneratePress) with
 * a sidebar and comments, a garden office case study on Squarespace 7.1 (blog collection) with image captions, author bio and a
 * newsletter block, a fence post buying guide on a Shopify store (Dawn blog article) with a comment form, a short planning
 * permission page on a free Wix site with the Wix ad banner, a composite versus hardwood decking cost comparison on a Webflow CMS
 * template with an embedded table and related cards, a fence installation process page built with Elementor Pro (heading, icon
 * list, accordion, counter and testimonial widgets), a timber price news post on HubSpot CMS with tags, related posts and an image
 * CTA, a Discourse thread on a garden office on ground screws (topic map, timeline, suggested topics), a MediaWiki (Vector 2022)
 * page on close-board fencing with an infobox and sidebar contents, a shed-base essay on Ghost (Casper) with a callout card and
 * read-more cards, and a gates and trellis price list on an old FrontPage-style table layout with font tags and a visitor counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's data rows are body, one entry a row with its cells' texts joined by spaces
 * (a row's own header cell, as in the MediaWiki infobox, is part of the row), while column header cells are in no list; the
 * infobox title repeating the page title and its image caption are left out of body (the caption is furniture); a dek, summary
 * or excerpt under the h1 (Webflow, Ghost, Elementor intro) is body, while a kicker or label above the h1 ("How we work",
 * "Guidance"-style tags, the Webflow category, the Ghost primary tag) is furniture; a case study's facts list (client, size,
 * build time, base) is body; a Ghost callout card and pull quotes inside the article are body; accordion FAQ questions that are
 * not heading elements are body entries followed by their answers; call-to-action buttons and links inside the article ("Ask for
 * a fitting quote", "Shop all posts and rails", "See our base options", "Book Your Free Survey"), testimonials and counters are
 * furniture; reading times ("5 min read") are furniture, while every date on the page, including the dates of suggested topics
 * and read-more cards, is a byline, and so are Discourse user names, their visually hidden "post by ... on ..." headings and the
 * quote header "oak_and_elm:"; in the forum thread the quoted text inside a reply is body (as part of that post), like counts,
 * Reply buttons, topic map labels and counts are furniture; comments under an article (names, dates and texts alike) are
 * furniture, as are comment form labels; a wiki's "See also" list is body and its category links, edit links and tabs are
 * furniture, and its "last edited" line is a byline; text that is only visually hidden (screen-reader-only skip links,
 * "Categories", "Cart", "top of page") counts as visible furniture, while text in elements hidden by a `hidden` attribute or class,
 * `aria-hidden="true"`, inline `display:none` or Webflow's `w-condition-invisible` is in no list (the Squarespace form
 * submission message, Dawn's hidden share button, Elementor's duplicate dropdown menu); collapsed menus that open on click (the
 * Vector main menu) are furniture; numbers of the Vector contents list and image alt texts are in no list; the lone "By" before
 * the Webflow author is a byline; menu, breadcrumb or tag texts that occur as whole words inside the title, a heading or a body
 * entry are left out of furniture by one shared helper (`outside`), which also keeps each distinct text once.
 */
export const HELDOUT600_PAGES: readonly TestPage[] = [
  ...HELDOUT600_A,
  ...HELDOUT600_A2,
  ...HELDOUT600_B,
  ...HELDOUT600_C,
  ...HELDOUT600_D,
  ...HELDOUT600_E,
  ...HELDOUT600_E2,
  ...HELDOUT600_F,
];
