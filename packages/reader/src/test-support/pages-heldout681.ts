import type { TestPage } from './page-kit.js';
import { HELDOUT681_A } from './pages-heldout681-a.js';
import { HELDOUT681_A2 } from './pages-heldout681-a2.js';
import { HELDOUT681_B } from './pages-heldout681-b.js';
import { HELDOUT681_C } from './pages-heldout681-c.js';
import { HELDOUT681_D } from './pages-heldout681-d.js';
import { HELDOUT681_E } from './pages-heldout681-e.js';
import { HELDOUT681_F } from './pages-heldout681-f.js';

/**
 * Held-out batch 681, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tattoo aftercare guide on a
 * studio's WordPress site (Astra) with a share bar, related posts, sidebar, comments and a CookieYes banner, a barbershop price
 * list on Squarespace 7.1 (Menu block) with an announcement bar, a tattoo artist's profile on Wix (free plan, Wix ad banner,
 * Pro Gallery), a fade guide on a grooming shop's Shopify blog (Dawn) with product cards and a newsletter footer, a tattoo
 * studio FAQ built with Webflow, a local news story on a barber retiring on a Next.js news site with a caption, share bar, tags
 * and a most-read rail, an artist's essay on Ghost (Casper) with a callout card, an image caption and read-more cards, an
 * aftercare question thread on Discourse (crawler view) with likes and related topics, a barber academy handbook page on Hugo
 * (Docsy) with a sidebar tree, page TOC, alert and table, a wiki article on a flash style on MediaWiki (Vector 2022) with an
 * infobox, contents and references, a council's body art registration page on Drupal 10 (LocalGov-style) with an alert
 * banner, fee table and related pages, and a family barbershop's history page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or lead under the h1 (Wix subtitle, Next.js standfirst,
 * Ghost excerpt, Docsy lead, Webflow hero paragraph) is body; a price list's section titles (Squarespace menu-section-title
 * divs) are headings and each item's name, description and price are three body entries in that order; FAQ questions (h3)
 * are headings and their answers body; a callout inside the article (Ghost callout card, Docsy alert) is body, and the Docsy
 * alert's h4 title is a heading; table data rows are body, one entry a row with the cells joined by spaces, table header cells
 * in neither list; comments under an article, with their authors and dates, are furniture; on the forum thread every post's
 * paragraphs are body, user names and post times bylines, like counts furniture; reading time ("4 min read") is furniture;
 * a Hugo "Last modified ... (commit)" line, a council "Last updated" line, a wiki "last edited" footer line and an old site's
 * "Last updated" line are bylines; the wiki infobox (labels, values, image caption), the reference list with its heading and
 * the citation markers are not body (infobox and references furniture, markers in no list); screen-reader-only texts that are
 * not `hidden` (Astra "Main Menu", Shopify "Log in" / "Cart", "Regular price", Drupal "Breadcrumb") are furniture; an old
 * table-layout page's title in a <font> tag is the title; the Wix zero-width-space spacer paragraph is in no list; a site name
 * or nav item that repeats a word or text of the title, a heading or the body is left out of furniture.
 */
export const HELDOUT681_PAGES: readonly TestPage[] = [
  ...HELDOUT681_A,
  ...HELDOUT681_A2,
  ...HELDOUT681_B,
  ...HELDOUT681_C,
  ...HELDOUT681_D,
  ...HELDOUT681_E,
  ...HELDOUT681_F,
];
