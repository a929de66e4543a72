import type { TestPage } from './page-kit.js';
import { HELDOUT510_A } from './pages-heldout510-a.js';
import { HELDOUT510_B } from './pages-heldout510-b.js';
import { HELDOUT510_C } from './pages-heldout510-c.js';
import { HELDOUT510_D } from './pages-heldout510-d.js';
import { HELDOUT510_E } from './pages-heldout510-e.js';
import { HELDOUT510_F } from './pages-heldout510-f.js';

/**
 * Held-out batch 510, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a caterer's drop-off menu with prices
 * on Squarespace 7.1 (menu block), a BBQ truck's weekly locations page built with Wix, an event-catering enquiry page on
 * WordPress with Elementor (form widget, CookieYes banner), a meal caterer's allergen page on Shopify (Dawn) with a table, a
 * dumpling truck's pricing blog post on Ghost (Casper), a caterer's FAQ on Webflow with collapsed answers, a local news article on
 * a food truck park on a Next.js news site, a taco truck's scheduling post on Hugo (PaperMod), a wedding caterer's blog post on
 * WordPress (Astra) with comments and sidebar, a commissary question thread on a Discourse forum, a holiday buffet packages page
 * in an old Dreamweaver table layout, and a city's food truck schedule page on Drupal 10 (Olivero) with a table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a menu's section titles are headings and each menu item's name, price and description
 * are three body entries in page order; a truck schedule's day names are headings and its place and hours lines body; table data
 * rows are one body entry each, cells joined with single spaces, while table header rows are in neither list and a table
 * `<caption>` is furniture; a dek, excerpt or description under the h1 (Ghost excerpt, Hugo post description, Wix date-range
 * line, Next.js dek, Webflow hero paragraph) is body; FAQ questions are headings (under their group headings) and their answers
 * body even though Webflow's interactions collapse them with an inline `height:0px`, since the reader opens them; form field
 * labels, submit and call-to-action button labels are furniture and `<option>` texts are in no list; screen-reader-only texts
 * (visually-hidden, screen-reader-text, sr-only) count as visible furniture, while `hidden`, `display:none` and `aria-hidden`
 * content and heading anchor marks are in no list; reading times ("4 min read", "3 min") and like, reply, view and post counts
 * are furniture; the author name and date of blog posts, forum usernames and the short post dates (with the Discourse
 * suggested-topic activity dates and Ghost read-more card dates) are bylines, each distinct text once; "Last updated" labels
 * and their dates are bylines; forum posts are body, blog comments furniture with their authors and times as bylines; the
 * table-of-contents links equal to headings and menu items equal to the title are left out of furniture; a footer's address,
 * phone and email lines and a header's text logo are furniture; the old table layout's opening-hours sidebar, hit counter
 * and "best viewed" line are furniture.
 */
export const HELDOUT510_PAGES: readonly TestPage[] = [...HELDOUT510_A, ...HELDOUT510_B, ...HELDOUT510_C, ...HELDOUT510_D, ...HELDOUT510_E, ...HELDOUT510_F];
