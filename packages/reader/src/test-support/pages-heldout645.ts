import type { TestPage } from './page-kit.js';
import { HELDOUT645_A } from './pages-heldout645-a.js';
import { HELDOUT645_A2 } from './pages-heldout645-a2.js';
import { HELDOUT645_B } from './pages-heldout645-b.js';
import { HELDOUT645_C } from './pages-heldout645-c.js';
import { HELDOUT645_D } from './pages-heldout645-d.js';
import { HELDOUT645_E } from './pages-heldout645-e.js';
import { HELDOUT645_F } from './pages-heldout645-f.js';

/**
 * Held-out batch 645, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a heritage railway's timetable and
 * fares page on WordPress (Hello Elementor, Elementor Pro header and footer, TablePress tables, CookieYes banner), a half-day
 * footplate driver experience product page on Shopify (Dawn) with its variant picker and recommendations, a volunteer news
 * post on Ghost (Casper) with read-more cards, a boiler-overhaul blog post on Squarespace 7.1 with an image caption and a
 * newsletter block, a short "Getting here" page built with Wix, a locomotive article on a MediaWiki fan wiki (Vector 2022)
 * with an infobox and references, a Discourse topic about a gala line-up (crawler view) with related topics, a trust's grant
 * news article on Drupal 10 (Olivero) with tags and comments, a Pullman dining train page on Webflow, a long signal box
 * restoration article in a society journal on Hugo (PaperMod) with a table of contents, a gala announcement on an old
 * hand-built table layout with a hit counter, and an accessibility guide on a Next.js (App Router, Tailwind) site with an "On
 * this page" rail and RSC payload scripts.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or description under the h1 (Ghost's excerpt, Webflow's
 * hero paragraph, PaperMod's description, the Next.js lead) is body, while an eyebrow or category label above the h1 is
 * furniture; a table data row is one body entry, its cells' texts joined by single spaces (a dash-only cell kept as it is),
 * and its header cells are in neither list, while the header cells of a table outside the article (Discourse's related topics)
 * are furniture; a short note under a table on its conditions is body; a product page's description is the article, and its
 * vendor line, price, tax note, variant picker (legend and options), quantity and cart buttons are furniture; a wiki infobox
 * (its caption line, labels and values) is furniture, inline reference markers ([1]) and the notes' backlinks (^) are in no
 * list, and the References section is a heading with its notes as body; table-of-contents entries repeat headings and so are
 * in no list, and their numbers and "Contents" / "(Top)" / "hide" labels are furniture; in a forum topic every post's
 * paragraphs are body and the user names and post times bylines, like counts furniture; comments under an article are
 * furniture (subject and text) and their author names and times bylines; every date on the page is a byline, including dates
 * on related-post cards and the related-topics activity column, but reading times ("4 min read") are furniture; PaperMod's
 * one-line meta (date · minutes · words · author) is a single byline; a blockquote (a pull quote or a quoted volunteer) is
 * body; an in-article call-to-action button or a Ghost button card is furniture; text counts as hidden only when the HTML
 * itself hides it (a hidden attribute, aria-hidden="true", display:none in a style attribute), so text that only the site's
 * stylesheet hides (Webflow's form success and failure messages, Squarespace's submission text, MediaWiki's print footer,
 * collapsed menus and Tailwind "hidden lg:block" rails) is furniture, and screen-reader-only labels are furniture too; texts
 * that also occur as whole words in the title, a heading or a body entry are left out of furniture and bylines, and furniture
 * and bylines are each listed once, without regard to case.
 */
export const HELDOUT645_PAGES: readonly TestPage[] = [
  ...HELDOUT645_A,
  ...HELDOUT645_A2,
  ...HELDOUT645_B,
  ...HELDOUT645_C,
  ...HELDOUT645_D,
  ...HELDOUT645_E,
  ...HELDOUT645_F,
];
