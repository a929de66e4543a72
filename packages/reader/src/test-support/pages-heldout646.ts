import type { TestPage } from './page-kit.js';
import { HELDOUT646_A } from './pages-heldout646-a.js';
import { HELDOUT646_B } from './pages-heldout646-b.js';
import { HELDOUT646_C } from './pages-heldout646-c.js';
import { HELDOUT646_D } from './pages-heldout646-d.js';
import { HELDOUT646_E } from './pages-heldout646-e.js';
import { HELDOUT646_F } from './pages-heldout646-f.js';

/**
 * Held-out batch 646, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a canoe hire firm's river trip
 * booking page on Squarespace 7.1 with a FareHarbor button, a paddleboard school's long safety briefing on WordPress (Hello
 * Elementor, Elementor Pro header and footer) with icon boxes and an accordion, a kayak hire group price page on Wix, a
 * paddleboard school's first-lesson blog post on Ghost (Casper), a full-day canoe hire product on Shopify (Dawn), a beginner
 * paddleboard course page on Webflow with a dates list and a hidden form message, a Discourse topic (crawler view) on canoe
 * hire and shuttles, a paddling wiki's page on a hire base on MediaWiki (Vector 2022) with an infobox, a canoe club's boat hire
 * rules on Hugo (Ananke), an old table-layout canoe hire price page with a price table, a sunset kayak tour page on Next.js
 * with a booking card and reviews, and a paddle school's wetsuit-or-drysuit blog post on HubSpot CMS with a table and comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or lead under the h1 is body; a trip's or course's own facts and lists inside
 * the content (Squarespace "Trip details" column with its h4, the Webflow dates list) are body, but a booking widget or card
 * (Next.js price, duration and cancellation facts, date field, "Check availability"), a Shopify price, tax note, variant
 * picker and its labels, and all buttons are furniture; a table data row is one body entry, its cells joined with spaces,
 * and a header row (th cells, or the old layout's bold white td cells) is in no list; section headings in the article are
 * headings whatever their level (the Squarespace h4, Elementor icon-box h3 titles), while accordion questions that are not
 * heading elements (Elementor) are body entries followed by their answers; a closing call-to-action box inside the page's
 * content (Elementor "Ready to get on the water?", the HubSpot CTA image) is furniture, as are Shopify's collapsible
 * "Shipping & returns" tab and the Squarespace "Not sure which trip" box; reviews and testimonials on a tour or course page
 * are furniture, like comments; on the Discourse topic every post is body, user names and post times are bylines, and the
 * post numbers, like counts, tags, category and the related topics table (titles, counts, months) are furniture; a wiki's
 * infobox (caption, labels, values) and its "See also" heading and links are furniture, its "last edited" footer line a
 * byline; the old page's "Page last updated" line is a byline; reading time and word counts (Ghost, Hugo) are furniture;
 * screen-reader-only texts (skip links, "Open menu", "Log in", "Cart", "Regular price", "Choose a date") are furniture as
 * shown, while text under the `hidden` attribute or aria-hidden (Squarespace's burger title, the Elementor dropdown menu
 * copy, the Vector "Main menu" label) and Webflow's form success and failure messages, hidden by the site's stylesheet, are in
 * no list; form control values (submit buttons as inputs) are in no list; furniture and byline texts that also occur, word
 * for word, inside the title, a heading or a body entry are dropped from those lists (the kit's `page()` does this).
 */
export const HELDOUT646_PAGES: readonly TestPage[] = [...HELDOUT646_A, ...HELDOUT646_B, ...HELDOUT646_C, ...HELDOUT646_D, ...HELDOUT646_E, ...HELDOUT646_F];
