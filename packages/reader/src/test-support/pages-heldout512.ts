import type { TestPage } from './page-kit.js';
import { HELDOUT512_A } from './pages-heldout512-a.js';
import { HELDOUT512_A2 } from './pages-heldout512-a2.js';
import { HELDOUT512_B } from './pages-heldout512-b.js';
import { HELDOUT512_C } from './pages-heldout512-c.js';
import { HELDOUT512_D } from './pages-heldout512-d.js';
import { HELDOUT512_D2 } from './pages-heldout512-d2.js';
import { HELDOUT512_E } from './pages-heldout512-e.js';
import { HELDOUT512_F } from './pages-heldout512-f.js';
import { HELDOUT512_F2 } from './pages-heldout512-f2.js';

/**
 * Held-out batch 512, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a taxi firm's fares page on
 * WordPress (Astra) with a CookieYes banner and two fare tables, a coach holiday's six-day tour itinerary on Squarespace 7.1,
 * an airport transfer booking page on a Next.js app with a booking form, vehicle cards and a Radix FAQ accordion, a borough
 * council's public notice of hackney carriage fare changes on LocalGov Drupal, a taxi firm's lost-property page on Wix (free
 * plan, with the Wix ad banner and a form), a coach company's blog post on Ghost (Casper), a taxi drivers' forum thread on
 * Discourse (crawler view), a defunct coach operator's article on a MediaWiki 1.39 wiki (legacy Vector) with an infobox and a
 * fleet table, a chauffeur firm's meet-and-greet blog post on HubSpot CMS, a coach hire firm's accessibility page on Webflow
 * with a contact card and form, a coach firm's booking conditions on an old FrontPage table layout with a cancellation table,
 * and a bus operator's timetable-change post on Hugo (PaperMod) with a timetable table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or post description under the h1 is body; a data table
 * row is one body entry, its cells' texts joined with a space, and header cells are in no list (the header row of a table
 * outside the article, Discourse's related topics, is furniture like the rest of that table); a list of key facts inside
 * the article (the tour's departs / price / pick-up list) is body; an itinerary's day headings and a wiki's h3 subsections
 * are headings; on a booking or product page the vehicle cards' names are headings and their capacity and "From £..." lines
 * body, while the card buttons ("Select"), the rating line and the "Popular routes" link grid are furniture; FAQ questions
 * in an accordion are headings, the open answer is body and closed answers that the accordion does not render are in no
 * list; forms are furniture: their titles ("Report a lost item", "Hear about new tours first", "Planning a trip?"), labels,
 * tabs and button texts, while form control values, placeholders and select options are in no list; a public notice's
 * "Dated ..." line and its signatory's name and post are bylines, the address objections go to is body; a quotation set
 * as a blockquote and a callout card inside the post are body; a reading time ("3 min read", "2 min") is furniture, while
 * the post date and author in the same meta line are bylines; dates and tags on related-post and related-topic cards are
 * furniture; on the forum thread every post's paragraphs are body, user names and post times bylines (once each), likes,
 * post numbers, category badge and tags furniture; on the wiki the infobox (caption, labels and values not already in the
 * body) is furniture, the table of contents entries with their numbers ("1.2 Rural bus network") are furniture, "[edit]"
 * links are furniture as "edit", a "See also" list is body, and "This page was last edited on ..." is a byline; on the old
 * table layout "Page last updated ..." is a byline and the hit counter's text furniture; numbered clause headings keep their
 * numbers; text hidden only by the site's own stylesheet or as screen-reader text (skip links, "Scroll to Top", Wix's "top
 * of page", MediaWiki's "Navigation menu" and portlet headings, the print-only "Retrieved from", Squarespace's and Webflow's
 * form success and error messages) is furniture, while text in elements hidden in the markup (`hidden`, `aria-hidden`) is in
 * no list; in a notice, table or post the texts a reader would see as article text stay body even when they repeat a
 * furniture link (the wiki's "See also" links); furniture texts equal to a word or phrase of the title, a heading or the
 * body (a current menu item, a tag equal to a route number, a form label such as "Phone" or "Passengers") are left out.
 */
export const HELDOUT512_PAGES: readonly TestPage[] = [
  ...HELDOUT512_A,
  ...HELDOUT512_A2,
  ...HELDOUT512_B,
  ...HELDOUT512_C,
  ...HELDOUT512_D,
  ...HELDOUT512_D2,
  ...HELDOUT512_E,
  ...HELDOUT512_F,
  ...HELDOUT512_F2,
];
