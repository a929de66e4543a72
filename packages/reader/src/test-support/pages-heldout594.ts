import type { TestPage } from './page-kit.js';
import { HELDOUT594_A } from './pages-heldout594-a.js';
import { HELDOUT594_A2 } from './pages-heldout594-a2.js';
import { HELDOUT594_B } from './pages-heldout594-b.js';
import { HELDOUT594_B2 } from './pages-heldout594-b2.js';
import { HELDOUT594_C } from './pages-heldout594-c.js';
import { HELDOUT594_D } from './pages-heldout594-d.js';
import { HELDOUT594_E } from './pages-heldout594-e.js';
import { HELDOUT594_F } from './pages-heldout594-f.js';

/**
 * Held-out batch 594, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a balloon decorator's arch packages
 * page on Shopify (Dawn) with a featured collection under it, a party shop's helium safety page built with Elementor on
 * WordPress (Hello Elementor), a long under-the-sea party theme guide on Squarespace 7.1, a short garland care and delivery FAQ
 * on Wix, a first-birthday balloon colour post on Ghost (Casper), an organic garland services page on Webflow with pricing
 * cards and a quote form, a wholesaler's latex-versus-foil blog post on HubSpot CMS with a comparison table, a party retailers'
 * association news story on helium prices on Drupal 10 (Olivero) with comments, a decorators' forum thread on pricing an arch
 * on Discourse (crawler view), a "Balloon sizes" wiki article on MediaWiki (Vector 2022) with a wikitable, a small-town party
 * shop's helium tank rental page in an old FrontPage table layout, and an online party shop's help centre article on Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or excerpt under the h1 (Ghost's excerpt, Webflow's lead) is body; table data
 * rows are body, one entry a row with its cells joined by spaces, and table header cells are in neither list (the related-topics
 * table under the Discourse thread is furniture, header cells included); on shop and service pages the package / size names
 * (h3 or card titles) are headings and each one's price line, description and inclusions are body, while product cards of a
 * featured collection, a testimonial block, a closing call-to-action banner (its heading, text and button) and in-article
 * buttons ("View the colour chart", "Request a quote", "Ask a question") are furniture; FAQ questions are headings and answers
 * body; a warning or callout box inside the article is body but its label ("Emergency") is furniture; an image embedded in
 * the article as a call to action (HubSpot CTA) is in no list; visually hidden screen-reader text (Shopify's "Log in", "Cart",
 * "Regular price", Wix's "top of page", Drupal's "Breadcrumb" / "Main navigation") is furniture, while text hidden by the
 * platform (hidden attribute, aria-hidden dropdown menus, Squarespace's `hidden` form-submission text, Webflow's w-form-done /
 * w-form-fail messages) is in no list; form labels are furniture; on the old table-layout page, which has no h1, the big bold
 * red line is the title and the bold red lines over sections are headings, and its "Last updated" line is a byline; step numbers
 * (Webflow "01"), Discourse post positions, like counts and tags, and MediaWiki's edit-section links, TOC numbers and categories
 * are furniture; on the forum page each post's user name, the full name shown after it in brackets and its date are bylines;
 * comments under the Drupal news story, with their authors, dates and subjects, are furniture; a wiki's "See also" section is a
 * heading with body items, and MediaWiki's "This page was last edited on ..." line is a byline; Ghost's reading time and its
 * "•" separator are furniture; an author's name in an author card under a post is a byline (once) and the bio furniture.
 */
export const HELDOUT594_PAGES: readonly TestPage[] = [
  ...HELDOUT594_A,
  ...HELDOUT594_A2,
  ...HELDOUT594_B,
  ...HELDOUT594_B2,
  ...HELDOUT594_C,
  ...HELDOUT594_D,
  ...HELDOUT594_E,
  ...HELDOUT594_F,
];
