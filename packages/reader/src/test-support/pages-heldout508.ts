import type { TestPage } from './page-kit.js';
import { HELDOUT508_A } from './pages-heldout508-a.js';
import { HELDOUT508_B } from './pages-heldout508-b.js';
import { HELDOUT508_C } from './pages-heldout508-c.js';
import { HELDOUT508_D } from './pages-heldout508-d.js';
import { HELDOUT508_E } from './pages-heldout508-e.js';
import { HELDOUT508_E2 } from './pages-heldout508-e2.js';
import { HELDOUT508_F } from './pages-heldout508-f.js';

/**
 * Held-out batch 508, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a boxing club's class timetable
 * on WordPress (Divi, a TablePress table, a CookieYes banner), a karate dojo's kyu grading syllabus on Squarespace 7.1, a
 * jiu-jitsu academy's instructor page built with Wix, a kickboxing coach's post on sparring on Ghost (Casper), a taekwondo
 * school's kids' class page on Webflow with FAQ dropdowns and a trial form, a judo club's championships news item on Drupal 10
 * (Olivero) with comments, a Muay Thai fight-night report on WordPress with Elementor Pro (Hello theme), a Discourse thread on
 * preparing for a first dan grading (crawler view), an aikido dojo's article on a MediaWiki 1.41 wiki (Vector 2022, infobox),
 * a boxing shop-and-gym blog article on hand wrapping on Shopify (Dawn), an amateur boxing club's history page on an early
 * 2000s table layout (FrontPage, font tags, marquee, hit counter), and an MMA gym's beginners' programme page on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a timetable's data rows are body, one entry a row with its cells' texts joined by
 * spaces, its header cells in neither list; a dek or subtitle under the h1 (the instructor's rank line, the kids' page and
 * HubSpot hero subtitles, Ghost's excerpt) is body, while an eyebrow label above the h1 ("Kids program") is furniture; an
 * "updated" / "effective from" date line under the h1 and a "Last updated" or "last edited" footer line are bylines; a syllabus
 * grade's minimum-lessons line is body; FAQ questions written as plain divs (not heading elements) are body entries, each
 * followed by its answer, and the FAQ section's h2 is a heading; the Discourse thread's posts are body (one entry a paragraph),
 * its user names and post times bylines, its like counts, category, tags, related-topics table (titles, counts, header cells)
 * and crawler footer furniture; comments under a news item are furniture but their author names and times are bylines; a
 * wiki infobox is furniture (labels and values) as are the [edit] links, the sidebar table of contents and its section
 * numbers; a table-layout page's bold font-tag lines in the content cell are headings; figure captions, photo credits,
 * marquees and hit-counter labels are furniture; screen-reader-only texts (visually-hidden spans and h2s, Wix's "top of page")
 * are furniture, while elements the site's stylesheet never displays (Webflow's form success and error messages) and form
 * controls' values and placeholders are in no list, form labels furniture; every furniture or byline text that is also, as
 * whole words, part of the title, a heading or a body entry is left out of both lists (done by the kit's `gold`, so a menu
 * item "Timetable" or a footer link "Little Tigers" is dropped where the article text holds it).
 */
export const HELDOUT508_PAGES: readonly TestPage[] = [
  ...HELDOUT508_A,
  ...HELDOUT508_B,
  ...HELDOUT508_C,
  ...HELDOUT508_D,
  ...HELDOUT508_E,
  ...HELDOUT508_E2,
  ...HELDOUT508_F,
];
