import type { TestPage } from './page-kit.js';
import { HELDOUT488_A } from './pages-heldout488-a.js';
import { HELDOUT488_B } from './pages-heldout488-b.js';
import { HELDOUT488_C } from './pages-heldout488-c.js';
import { HELDOUT488_C2 } from './pages-heldout488-c2.js';
import { HELDOUT488_D } from './pages-heldout488-d.js';
import { HELDOUT488_E } from './pages-heldout488-e.js';
import { HELDOUT488_F } from './pages-heldout488-f.js';

/**
 * Held-out batch 488, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bus route change notice on
 * WordPress (Astra theme, Yoast breadcrumbs, a share plugin, a sidebar), a rail engineering-works notice with a table of
 * closure dates on Drupal 10 (Olivero), a rural coach firm's Service 42 timetable in an old FrontPage-era table layout, a ferry
 * company's fares page on Squarespace 7.1 with an announcement bar and a newsletter block, a metro's long accessible travel
 * guide on Next.js with an "On this page" box and a feedback widget, a community rail partnership's replacement-bus post on
 * Ghost (Casper), a village minibus's short cancellation notice on Wix, a riders' forum thread about a detour on Discourse
 * (crawler view), a fan wiki article on a tramway closure on MediaWiki (Vector 2022) with an infobox, a rail operator's Sunday
 * timetable post on HubSpot CMS with a table, a night bus network announcement on Webflow (CMS collection page), and a
 * station lift outage notice on WordPress with Elementor Pro.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or lead under the h1 is body; a timetable or fares table gives one body entry
 * a data row, its cells joined with spaces, and its header row (whether `th` cells or bold `td` cells) is in neither list; a
 * notice's own facts field inside the article (Olivero's "Lines affected: Vale Line") is body, label and value each an entry;
 * a callout card inside the post (Ghost's closed weekends) is body, its emoji in no list; FAQ questions set as headings are
 * headings and their answers body; download, "book" and "apply" buttons after or between the paragraphs are furniture, as are
 * site-wide status and announcement bars, category tags and labels, reading times and "Read more" cards; on the forum thread
 * every post is body, the usernames and post times are bylines (each username once) and the like counts, category badge,
 * tags and related-topics table (titles, counts, header cells) are furniture; on the wiki the infobox (its caption, labels and
 * values), the table of contents (its section numbers in no list), the edit links, the References heading and list and the categories are furniture and the
 * "last edited" line a byline; the Olivero "Last updated" label and date and the Webflow "Published" label and date are
 * bylines; Wix's screen-reader "top of page" / "bottom of page" spans and other visually-hidden texts that are not `hidden`
 * count as visible furniture; texts with no word in them (arrows alone, "/", "[", "*") are in no list; a one-word menu item or
 * label that occurs as a word of the title, a heading or the body (Accessibility, Help, No, Volunteer, Routes, Fares, Line,
 * Operator) is left out of furniture, as the usual rule says for repeated texts.
 */
export const HELDOUT488_PAGES: readonly TestPage[] = [
  ...HELDOUT488_A,
  ...HELDOUT488_B,
  ...HELDOUT488_C,
  ...HELDOUT488_C2,
  ...HELDOUT488_D,
  ...HELDOUT488_E,
  ...HELDOUT488_F,
];
