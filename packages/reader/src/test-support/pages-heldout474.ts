import type { TestPage } from './page-kit.js';
import { HELDOUT474_A } from './pages-heldout474-a.js';
import { HELDOUT474_B } from './pages-heldout474-b.js';
import { HELDOUT474_C } from './pages-heldout474-c.js';
import { HELDOUT474_D } from './pages-heldout474-d.js';
import { HELDOUT474_D2 } from './pages-heldout474-d2.js';
import { HELDOUT474_E } from './pages-heldout474-e.js';
import { HELDOUT474_F } from './pages-heldout474-f.js';
import { HELDOUT474_F2 } from './pages-heldout474-f2.js';

/**
 * Held-out batch 474, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hotel room page on WordPress
 * (Astra with the MotoPress Hotel Booking plugin, gallery, price line, availability calendar and reservation form), a B&B's
 * house rules on Squarespace 7.1 (fluid engine, announcement bar, newsletter footer), a campsite's pitches and facilities page
 * built with Wix (Thunderbolt rich-text components), a hotel blog post on HubSpot CMS (tags, CTA image, related posts), a
 * booking engine's room selection page on Next.js (room cards with rate plans, search bar, "Your stay" summary), a hostel FAQ
 * on Webflow (w-dropdown accordion), a hotel review thread on Discourse, a hotel suite page built with Elementor Pro on Hello
 * Elementor (icon lists, testimonial, price box), a campsite's pitches and prices article on Joomla 4 (Cassiopeia, price
 * table, sidebar module), a B&B's guest information on an old table layout with font tags, a hostel blog post on Ghost
 * (Casper, callout card, read-more cards) and an inn review thread on XenForo 2 (quote, user panels, reactions).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or intro line under the h1 is body; on room, suite and booking pages the room
 * description, the amenity / feature lists, the room detail lines ("Adults: 2", "22 m² · Sleeps 2 ...") and the hotel
 * policies are body, while prices ("Prices start at", "From £340 per night" even when it is an h3), rate plans, booking
 * forms, availability calendars, search bars, booking steps, "Your stay" summaries and Book / Select / Check availability
 * buttons are furniture; a guest testimonial box on a room page is furniture; FAQ questions (h3 in the accordion) are headings
 * and their answers body even though the w-dropdown-list is closed by the stylesheet, and the FAQ group titles are headings;
 * a table's data rows are body, one entry a row with the cells joined by a space, header cells in neither list (the
 * Discourse suggested-topics table, being furniture, has its header cells and counts in furniture); on the old table layout,
 * bold standalone lines heading a section are headings and the bold title line the title, the owners' signature under the
 * text a byline, "Page last updated" a byline; Joomla's "Written by" and "Published" lines are bylines, "Details",
 * "Category" and "Hits" furniture; on forum threads every post is body, a quote inside a reply is body (its quoted text) and
 * its "X said:" line a byline, user names and post dates (also those in the topic map) are bylines, user titles, join dates,
 * message counts, avatar letters, post numbers, reaction lines ("A, B and 3 others"), Like / Reply buttons and topic-map
 * counts are furniture; paragraphs separated by <br><br> in a XenForo bbWrapper are separate body entries; the Ghost
 * callout card is body, the reading time and the read-more cards' dates furniture; screen-reader-only texts (Wix "top of
 * page", Joomla "Previous article: ...", XenForo "Thread starter") are furniture, text under aria-hidden="true" that is
 * still visible (Joomla "Prev" / "Next") is furniture, while texts in elements hidden by the `hidden` attribute, an
 * is-hidden / hidden class, or a platform state the stylesheet hides (Webflow's w-form-done / w-form-fail messages,
 * Squarespace's form-submission-text) are in no list; form controls' values and placeholders are in no list, their labels
 * furniture; a "B&B" or hotel name shown only as a logo image is in no list.
 */
export const HELDOUT474_PAGES: readonly TestPage[] = [
  ...HELDOUT474_A,
  ...HELDOUT474_B,
  ...HELDOUT474_C,
  ...HELDOUT474_D,
  ...HELDOUT474_D2,
  ...HELDOUT474_E,
  ...HELDOUT474_F,
  ...HELDOUT474_F2,
];
