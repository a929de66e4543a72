import type { TestPage } from './page-kit.js';
import { HELDOUT527_A } from './pages-heldout527-a.js';
import { HELDOUT527_A2 } from './pages-heldout527-a2.js';
import { HELDOUT527_B } from './pages-heldout527-b.js';
import { HELDOUT527_B2 } from './pages-heldout527-b2.js';
import { HELDOUT527_C } from './pages-heldout527-c.js';
import { HELDOUT527_C2 } from './pages-heldout527-c2.js';
import { HELDOUT527_D } from './pages-heldout527-d.js';
import { HELDOUT527_D2 } from './pages-heldout527-d2.js';
import { HELDOUT527_E } from './pages-heldout527-e.js';
import { HELDOUT527_E2 } from './pages-heldout527-e2.js';
import { HELDOUT527_F } from './pages-heldout527-f.js';
import { HELDOUT527_F2 } from './pages-heldout527-f2.js';

/**
 * Held-out batch 527, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a café's "Our Story" page on
 * Squarespace 7.1, a roaster's bean product page on Shopify (Dawn), a roaster's V60 brew guide on WordPress (Kadence) with a WP
 * Recipe Maker card and comments, a tea room's afternoon-tea booking page on Wix (Wix Bookings), a roaster's long origin-trip
 * post on Ghost (Casper), a café's menu on Webflow (CMS lists), a home-roasting forum thread on Discourse (crawler view), a
 * council park tea room page on Drupal 10 (Olivero) with an opening-times table and a sidebar, a tea shop's cold-brew guide on
 * Hugo (PaperMod), a coffee-cultivar article on MediaWiki 1.42 (Vector 2022) with an infobox and footnotes, a coffee trade-news
 * article on Next.js (App Router, Tailwind), and a tea room's cream-tea page on an old hand-made table layout with font tags.
 * Each file holds one page (the files a ... f passed 300 lines with two, so each is split into x and x2).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt, tagline or subtitle under the title (Squarespace's
 * "Est. 2014" line, the Shopify tasting line, Ghost's excerpt, Hugo's description, the Next.js dek, the Wix Bookings tagline
 * even though Wix marks it up as an h2) is body; a product's price, tax line, vendor label, variant pickers, quantity and cart
 * buttons are furniture, while a menu's or a booked service's prices and duration are body (they are what the page is about);
 * a menu's item names (h3) are headings and each item's price and description are body entries; a recipe card inside a post
 * (WP Recipe Maker) is article: its name and its Equipment / Ingredients / Instructions / Notes headers are headings, its
 * summary, time and servings lines ("Prep Time 2 mins"), equipment, ingredients and steps are body, its Jump to / Print / Pin
 * buttons furniture; a table data row is one body entry, its cells joined with a space, header cells in no list; text hidden by
 * a screen-reader-only or print-only class (visually-hidden, screen-reader-text, sr-only, Wix's "top of page" / "bottom of
 * page" anchors, MediaWiki's printfooter), a closed accordion's content (Shopify's collapsed "Shipping & returns"), Webflow's
 * form success / failure messages and hidden duplicate titles are in no list, except skip links, which are furniture; texts in
 * a nav that Tailwind hides only on small screens (`hidden md:flex`) are visible furniture; comment author names and comment
 * dates under an article are bylines, like forum user names and post dates, and the comment texts furniture; dates and reading
 * times of related or "read more" cards and of related-topic rows are bylines, their titles, excerpts, tags and counts
 * furniture; a reading time in the article's byline is part of the byline; a forum reply's quote header ("kettle_nerd:") is a
 * byline and the quoted text body; a wiki infobox (labels, values, caption), the table of contents (entries, numbers, "(Top)",
 * "hide"), edit-section links, page tabs and categories are furniture, footnote markers stay in the body text and the reference
 * list entries are body, their "^" back-links furniture; the wiki's "last edited" and a page's "Last updated" / "Page last
 * updated" lines are bylines; code blocks are in no list, the sentence introducing one is body; on the table layout page, which
 * has no heading elements, the big bold font line is the title and the smaller bold font lines are headings, and runs of text
 * separated by a blank line (`<br><br>`) are separate body entries; a council page's feedback block and contact details box
 * and a booking page's "Contact Details" section are furniture; each page's bylines and furniture are passed through the
 * batch's `tidy` (pages-heldout527-kit.ts), which drops every text that is also part of the title, a heading or a body entry
 * as whole words, case aside (so a nav item "Tea" goes when the body says "tea room").
 */
export const HELDOUT527_PAGES: readonly TestPage[] = [
  ...HELDOUT527_A,
  ...HELDOUT527_A2,
  ...HELDOUT527_B,
  ...HELDOUT527_B2,
  ...HELDOUT527_C,
  ...HELDOUT527_C2,
  ...HELDOUT527_D,
  ...HELDOUT527_D2,
  ...HELDOUT527_E,
  ...HELDOUT527_E2,
  ...HELDOUT527_F,
  ...HELDOUT527_F2,
];
