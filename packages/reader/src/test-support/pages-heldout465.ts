import type { TestPage } from './page-kit.js';
import { HELDOUT465_A } from './pages-heldout465-a.js';
import { HELDOUT465_B } from './pages-heldout465-b.js';
import { HELDOUT465_C } from './pages-heldout465-c.js';
import { HELDOUT465_D } from './pages-heldout465-d.js';
import { HELDOUT465_E } from './pages-heldout465-e.js';
import { HELDOUT465_F } from './pages-heldout465-f.js';

/**
 * Held-out batch 465, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a coworking location page built
 * with Elementor on Hello Elementor (WordPress), a membership plans page on Webflow with pricing cards and an FAQ accordion, a
 * meeting room booking page on a Nexudus member portal with its booking widget, a community supper-club event page from a
 * Squarespace events collection, an office fit-out case study on Drupal 10 (paragraphs, facts box, pull quote, gallery), a
 * flexible office broker's listing on Next.js with an enquiry form and __NEXT_DATA__, a long workplace blog post on Ghost
 * (Casper) with a callout card and the comments app, a short workplace post on a HubSpot CMS blog with a CTA and related
 * posts, a small coworking location page built with Wix, a membership plans page on WordPress with Divi pricing tables and a
 * comparison table, a community events thread on Discourse (crawler view), and a serviced office listing on an old ASP.NET
 * Web Forms broker site laid out with nested tables.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; pricing cards and pricing tables are the
 * article of a plans page: each plan's name is a heading and its subtitle, price line (Divi's "£25/per day" as one text) and
 * feature items are body, its "Choose ..." / "Sign Up" button furniture; FAQ questions written as styled divs (Webflow's
 * accordion) are body entries, not headings, each answer a body entry; a location or listing page's amenity list, opening
 * hours, facts list and the address line under a listing's h1 are body, while the site's address in the footer is furniture;
 * a comparison or key-facts table gives one body entry a data row, its data cells joined with spaces, and its header cells
 * (column heads and row heads alike) are in neither list; an event's own date, time and venue lines are body (they are the
 * event's facts, not a publication date), its calendar export links, "(map)", tags and previous / next event links
 * furniture; a booking widget's form labels, price estimate and buttons, and a broker's enquiry form and price box, are
 * furniture; a case study's project facts box is body one item an entry, its pull quote and the quote's attribution line
 * body, its sector label, image and gallery captions furniture; a callout card inside a post is body; a reading-time
 * line, comment count and like counts are furniture; forum posts are body, their user names and post times bylines; a
 * listing's "Updated 2 days ago" is a byline and its reference number furniture; Webflow's form success / error messages
 * and other CSS-hidden template texts are in no list; visually-hidden headings (Drupal's "Main navigation", "Breadcrumb",
 * "Project facts") are in no list; a text that occurs as whole words inside the title, a heading or a body entry is left out
 * of furniture and bylines.
 */
export const HELDOUT465_PAGES: readonly TestPage[] = [...HELDOUT465_A, ...HELDOUT465_B, ...HELDOUT465_C, ...HELDOUT465_D, ...HELDOUT465_E, ...HELDOUT465_F];
