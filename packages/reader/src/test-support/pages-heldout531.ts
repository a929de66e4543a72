import type { TestPage } from './page-kit.js';
import { HELDOUT531_A } from './pages-heldout531-a.js';
import { HELDOUT531_B } from './pages-heldout531-b.js';
import { HELDOUT531_C } from './pages-heldout531-c.js';
import { HELDOUT531_D } from './pages-heldout531-d.js';
import { HELDOUT531_E } from './pages-heldout531-e.js';
import { HELDOUT531_F } from './pages-heldout531-f.js';

/**
 * Held-out batch 531, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pottery studio's beginners' class
 * listing on Squarespace 7.1 (an event item page), a cookery school's six-week course page built with Wix, a pottery studio's
 * membership page on WordPress with Elementor (price tables and an accordion FAQ), a wreath-making workshop ticket sold as a
 * product on Shopify (Dawn), a cookery school's blog post about its bread course on WordPress (Astra) with comments and a
 * sidebar, a sourdough course page on Webflow with fact cards and a dates sidebar, a weaving studio's long journal post on its
 * summer school on Ghost (Casper), a community arts centre's stained-glass course page on Drupal (Olivero) with a session
 * table, a leatherwork workshop on Eventbrite (Next.js event page), a cookery school's corporate team-building page on HubSpot
 * CMS with a quote form, a woodturning centre's class page in an old FrontPage table layout, and a Discourse thread on a
 * pottery forum comparing beginners' courses.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: class, course, workshop and membership pages are scored as articles (kind 'blog',
 * the Drupal course page 'docs'); a dek, summary or standfirst under the h1 is body; the facts of a course written in its
 * text or shown as labelled fact fields inside it (Webflow fact cards, Drupal inline fields: label and value each their own
 * entry), its schedule, price and "what you will learn" items are body, while a date / time block shown as metadata under
 * the title (Squarespace event date and times, Eventbrite's start date and "Date and time" line) is bylines, and the
 * address, map, calendar-export, refund-policy, highlights and organiser blocks of an event page are furniture with their
 * section labels (Eventbrite's "Date and time", "Location", "About this event" h2s are furniture, the description's own h3
 * is a heading); membership price-table tiers are the page's subject: tier names headings, prices and features body, their
 * buttons furniture; a shop's product price, tax line, variant label and buy buttons are furniture (the select's options
 * in no list), its description body; accordion FAQ questions and answers are body entries; testimonials, calls to action,
 * "upcoming dates" rails and related or "you may also like" cards are furniture; figure captions are furniture; a
 * blockquote pull quote inside a post is body; a table data row is one body entry with its cells joined by a space, header
 * cells in no list; the FrontPage page's bold title line stands in for the h1 and its "Next dates:" line is body, its "Last
 * updated" date a byline; blog comments are furniture, their author names and dates bylines; on the Discourse thread every
 * post's paragraphs are body, user names and post dates bylines, the category badge, tag, topic map and related topics
 * furniture; Ghost's reading time is a byline; elements hidden by the template's own hiding classes (Complianz's
 * cmplz-hidden banner, Wix's hidden ad strip, Webflow's w-form-done / w-form-fail messages, screen-reader-only labels) count
 * as hidden and are in no list; a furniture text equal to a word of the body or contained in the title is left out.
 */
export const HELDOUT531_PAGES: readonly TestPage[] = [...HELDOUT531_A, ...HELDOUT531_B, ...HELDOUT531_C, ...HELDOUT531_D, ...HELDOUT531_E, ...HELDOUT531_F];
