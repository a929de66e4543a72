import type { TestPage } from './page-kit.js';
import { HELDOUT534_A } from './pages-heldout534-a.js';
import { HELDOUT534_B } from './pages-heldout534-b.js';
import { HELDOUT534_B2 } from './pages-heldout534-b2.js';
import { HELDOUT534_C } from './pages-heldout534-c.js';
import { HELDOUT534_D } from './pages-heldout534-d.js';
import { HELDOUT534_D2 } from './pages-heldout534-d2.js';
import { HELDOUT534_E } from './pages-heldout534-e.js';
import { HELDOUT534_F } from './pages-heldout534-f.js';

/**
 * Held-out batch 534, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a ferry operator's timetable and
 * fares page on WordPress with Hello Elementor and Elementor Pro (tabs widget with the winter timetable in a `hidden` panel,
 * Complianz banner), a council ferry disruption notice on LocalGov Drupal with its alert banner on the same subject, a heritage
 * railway gala on a Squarespace 7.1 events item, a five-day river cruise itinerary on Webflow CMS (Client-First classes, booking
 * card, Finsweet cookie banner), a heritage railway's overhaul news post on Ghost (Source theme), a volunteers' works-week thread
 * on Discourse, a heritage railway station page on MediaWiki (Vector 2022) with infobox and references, a ferry accessibility
 * page with an FAQ accordion on HubSpot CMS, a canal boat company's blog post on Wix Blog, an island ferry co-operative's winter
 * timetable on a FrontPage-era table layout, a ferry weather disruption update on Next.js with a route status table, and a
 * heritage railway footplate experience page on Hugo (Ananke theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's data rows are body, one entry a row with its cells' texts joined by a
 * space, and its header row is in neither list; a dek, standfirst or summary shown with the title (Ghost excerpt, Webflow hero
 * paragraph, Next.js standfirst, Hugo cover description) is body, while kicker and tag labels beside the title
 * ("5 days · 4 nights", "Workshop", "Weather", "Experiences") are furniture; Elementor tab labels are furniture and the
 * inactive tab panel, having the `hidden` attribute, is in no list; texts hidden only by a platform's stylesheet (Webflow's
 * form success / failure messages) are in no list, while an FAQ accordion's answers collapsed by script (no hidden attribute,
 * no inline style) are body and its questions headings; an event item's date, time and address lines (Squarespace) are body,
 * not bylines, and its calendar export and "(map)" links furniture; site-wide alert and announcement banners are furniture even
 * when they repeat the article's subject; reading times are furniture; a Ghost callout card is body, figure and image captions
 * furniture; on the Discourse thread every post's paragraphs are body, a quoted excerpt inside a reply is a body entry of its
 * own, user names, full names and post dates are bylines, and like counts, Reply buttons, the topic map's stats, the category
 * badge, tags and suggested topics are furniture; on MediaWiki the infobox (its title, caption, labels and values), the table
 * of contents, "[edit]" links, "From ... Wiki", categories and "Retrieved from" are furniture, the references list is body under
 * its "References" heading, inline citation markers stay in their paragraphs, and "This page was last edited on ..." is a
 * byline; a booking card's price and departure dates are furniture; form headings and field labels are furniture; the
 * table-layout page's bold title in `<font>` is the title and its "Last updated" line a byline; view, comment and like counts
 * and a comment box's prompt are furniture; a furniture or byline text whose words all occur, in order, inside the title, a
 * heading or a body entry is dropped from those lists (the kit's `gold`).
 */
export const HELDOUT534_PAGES: readonly TestPage[] = [
  ...HELDOUT534_A,
  ...HELDOUT534_B,
  ...HELDOUT534_B2,
  ...HELDOUT534_C,
  ...HELDOUT534_D,
  ...HELDOUT534_D2,
  ...HELDOUT534_E,
  ...HELDOUT534_F,
];
