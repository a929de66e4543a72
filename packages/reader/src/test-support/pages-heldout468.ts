import type { TestPage } from './page-kit.js';
import { HELDOUT468_A } from './pages-heldout468-a.js';
import { HELDOUT468_B } from './pages-heldout468-b.js';
import { HELDOUT468_C } from './pages-heldout468-c.js';
import { HELDOUT468_D } from './pages-heldout468-d.js';
import { HELDOUT468_E } from './pages-heldout468-e.js';
import { HELDOUT468_F } from './pages-heldout468-f.js';

/**
 * Held-out batch 468, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a yoga studio's weekly timetable
 * on WordPress (Astra) with a MotoPress Timetable grid, a teacher profile on Squarespace 7.1 with an announcement bar and a
 * "meet the other teachers" summary block, a silent yoga retreat page built with Wix (free-plan Wix ads banner), a hot-yoga
 * studio's blog post on Ghost (Casper) with subscribe box, comments script and read-more cards, a barre studio's booking page
 * on Webflow with an embedded Mindbody (healcode) schedule widget, a dance workshop event page on Momence's hosted booking site
 * (Next.js, MUI) with a price card, a dance school's summer show notice on Joomla 4 (Cassiopeia) with article info block and
 * sidebar modules, a yoga studio-and-shop FAQ on Shopify (Dawn) with collapsible-content sections, a dance school's class
 * timetable on an old hand-made table layout with an image menu column, marquee and hit counter, a two-day yoga workshop
 * page on WordPress (Divi builder) with blurbs and a testimonial, a strength coach's profile on HubSpot CMS with a HubSpot form
 * and cookie banner, and a dance school's blog post on Blogger (Simple template) with comments, labels and archive sidebar.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its non-empty cells joined with spaces (a
 * timetable grid row: the time, then each class name and teacher), table header cells (the weekdays, Time / Class / Teacher)
 * are in neither list, and an empty cell adds nothing; the day captions above the old-layout tables are headings; in the
 * Mindbody widget each day label is a heading and each session (time, class, instructor, room) one body entry, while its
 * filter titles, week range, Today, Book buttons and "Powered by Mindbody" are furniture; the facts of an event, workshop,
 * retreat or show (its dates, times, venue and price, as a list, a line or a price card) are body, not bylines, while
 * "Hosted by ..." organiser lines, "Price" labels, spots-left counts and Book / Buy / Add to calendar / Reserve buttons are
 * furniture; a subtitle or role line under the h1 (the Squarespace h4 role, the Divi h3 "A two-day workshop with ...", the
 * HubSpot role, the Wix and Ghost deks) is body; an FAQ's group headings and questions are headings and the answers body,
 * although they sit in closed details elements; Divi blurb headers (h4) are headings and their texts body; a pull quote in a
 * profile or post is body, a workshop testimonial (with its author line) furniture; a "Please note:" label paragraph is body;
 * a sign-off inside a blog post ("Miss Gwen x") is body; screen-reader-only texts (Main Menu, Log in, Cart, Search, the
 * Joomla previous / next article labels, Wix's top / bottom of page) are furniture; the Blogger date header, "Posted by ...
 * at ..." line and comment dates, the Joomla "Written by:" and "Published:" lines, the Ghost author name and dates (also on
 * the read-more cards) and the old layout's "Page last updated" are bylines, while reading times, "Details", "Category:",
 * "Hits:", comment authors and comment texts are furniture; a wordless "*" required-field marker is in no list.
 */
export const HELDOUT468_PAGES: readonly TestPage[] = [...HELDOUT468_A, ...HELDOUT468_B, ...HELDOUT468_C, ...HELDOUT468_D, ...HELDOUT468_E, ...HELDOUT468_F];
