import type { TestPage } from './page-kit.js';
import { HELDOUT577_A } from './pages-heldout577-a.js';
import { HELDOUT577_B } from './pages-heldout577-b.js';
import { HELDOUT577_B2 } from './pages-heldout577-b2.js';
import { HELDOUT577_C } from './pages-heldout577-c.js';
import { HELDOUT577_D } from './pages-heldout577-d.js';
import { HELDOUT577_E } from './pages-heldout577-e.js';
import { HELDOUT577_F } from './pages-heldout577-f.js';

/**
 * Held-out batch 577, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a caterer's family-style wedding
 * menu page on Squarespace 7.1, a food truck's weekly locations page built with Wix (free plan banner), a corporate catering
 * landing page on HubSpot CMS with a quote form, a food truck's wedding planning blog post on WordPress with Astra and Elementor
 * Pro (comments included), an event caterer's FAQ page on Webflow, a bakery-caterer's grazing box post on a Shopify blog (Dawn),
 * a food truck's weekly newsletter post on Ghost (Casper), a caterers' forum thread on buffet pricing on Discourse, a food truck
 * lot article on a local MediaWiki wiki (Vector 2022), a local news story on food truck hours on a Next.js news site, a family
 * caterer's banquet menu page in an old FrontPage table layout, and a university dining services catering policy page on
 * Drupal 10 (Olivero).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a menu's dish lines (name, description and price in one block) are body entries one a
 * block, and course, package or program names set as headings are headings; on the table-layout page, whose section heads are
 * bold `<font size="4">` paragraphs with no h tags, those heads are headings and the bold centred `<font size="5">` line is the
 * title; a dek, standfirst or excerpt under the h1 is body, while a kicker or eyebrow label above it ("Wedding Catering",
 * "Planning help") and a section label link ("Local") are furniture; table data rows are body, one entry a row with the cells'
 * texts joined by a space, and table header cells are in neither list; a week's schedule has the day names as headings and each
 * day's time and place line as body; FAQ questions (h3) are headings and their answers body; a testimonial quoted inside a
 * business page's content is body, its attribution line included; a newsletter's sign-off signature line is a byline, the
 * closing line before it body; a reading time ("3 min read") is furniture; the author name in an author box is a byline and its
 * bio furniture; the "Last updated" line of the old page, MediaWiki's "This page was last edited" line and Drupal's "Last
 * reviewed" label and date are bylines; forum posts are body, their user names and post dates bylines, like counts, reply
 * buttons, category, tags, timeline and suggested topics furniture; the wiki infobox (caption, labels, values) and the table of
 * contents are furniture, MediaWiki's "edit" links are furniture while their bare brackets are in no list; a paragraph that is
 * only a call-to-action link inside the article ("Order a grazing box") is furniture, as are CTA buttons and bands; form
 * labels and visible button texts are furniture, submit inputs' values and placeholders in no list; visually hidden texts meant
 * for screen readers (skip links, hidden search labels, "Log in" / "Cart" icon labels, Wix's "top of page") are furniture,
 * while elements hidden with `hidden` or a display:none class are in no list; the Wix free-plan banner and the hit counter line
 * are furniture; a menu, tag or infobox text equal to a word or phrase of the title or body is left out of furniture.
 */
export const HELDOUT577_PAGES: readonly TestPage[] = [
  ...HELDOUT577_A,
  ...HELDOUT577_B,
  ...HELDOUT577_B2,
  ...HELDOUT577_C,
  ...HELDOUT577_D,
  ...HELDOUT577_E,
  ...HELDOUT577_F,
];
