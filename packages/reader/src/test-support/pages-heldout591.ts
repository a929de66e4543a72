import type { TestPage } from './page-kit.js';
import { HELDOUT591_A } from './pages-heldout591-a.js';
import { HELDOUT591_A2 } from './pages-heldout591-a2.js';
import { HELDOUT591_B } from './pages-heldout591-b.js';
import { HELDOUT591_C } from './pages-heldout591-c.js';
import { HELDOUT591_C2 } from './pages-heldout591-c2.js';
import { HELDOUT591_D } from './pages-heldout591-d.js';
import { HELDOUT591_D2 } from './pages-heldout591-d2.js';
import { HELDOUT591_E } from './pages-heldout591-e.js';
import { HELDOUT591_E2 } from './pages-heldout591-e2.js';
import { HELDOUT591_F } from './pages-heldout591-f.js';

/**
 * Held-out batch 591, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an adult evening-course timetable
 * and fees page on WordPress (Hello Elementor with Elementor Pro price tables and a CookieYes banner), a placement test
 * explainer on Squarespace 7.1 with an image caption and a newsletter block, a host family page of a Spanish school built with
 * Wix (rich-text components, pro gallery captions, Wix Forms, consent banner), a children's summer camp page on Webflow with a
 * booking form, a long blog post on how adults learn languages on Ghost (Casper, members box, read-more cards), an online
 * German classes FAQ on HubSpot CMS (accordion of closed `<details>`, CTA band, HubSpot cookie banner), a university language
 * centre course page on Drupal 10 (Olivero, inline field labels, sidebar block), a kids' online lesson blog article on
 * Shopify (Dawn, share button, comments and comment form), a forum thread about a placement test's speaking interview on
 * Discourse (crawler view, related topics table), a staff wiki page on marking the placement test on MediaWiki (Vector 2022,
 * sidebar contents, page tools, a wikitable), a "Courses & Prices" page of a small English school in an old table layout
 * (font tags, visitor counter), and a children's Saturday Mandarin school page on Next.js (Tailwind, Cookiebot dialog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary paragraph under the h1 is body, while an eyebrow label above the h1
 * ("Summer 2027") and a post's primary tag are furniture; table header rows (`th` cells, or a first row of bold `td` labels in
 * the Elementor and table-layout pages) are in no list, and each data row is one body entry, its cells joined with spaces;
 * price-table and course-card titles inside the article are headings, their subheadings, prices ("€420 per term") and feature
 * items body, their buttons ("Enrol now") furniture; FAQ questions are headings and their answers body, also when the answers
 * sit in closed `<details>`; a course page's inline fields (Level, Dates, Fee...) are body, one entry a field, label and value
 * joined with a space; testimonial quotes written into the page's text are body with their attribution; a text callout inside
 * a post's content (Ghost's callout card) is body, while a call-to-action band with a button (Elementor's "Not sure which level
 * you are?", HubSpot's "Try a lesson first", Next.js's "Come and try a class") is furniture like the enquiry and booking forms
 * (their headings, labels and button texts; form control values and placeholders are in no list); the Ghost post's reading time
 * and the read-more cards' titles, excerpts, dates and reading times are furniture; on the Shopify article the comments, their
 * author names and dates are furniture, and the article's date and author are bylines; on the forum thread every post is body,
 * user names and post times are bylines, like counts, category and tags furniture, and the related-topics table (header cells,
 * titles, counts, months) furniture; the wiki's "This page was last edited" line is a byline, its sidebar contents (entries
 * that repeat the headings left out), page tools, tabs, edit links and categories furniture; screen-reader-only labels (Search,
 * Log in, Cart, Instagram, Wix's "top of page" / "bottom of page") and texts that the real templates hide only through their
 * stylesheet (Webflow's form success and failure messages, MediaWiki's "From ..." site subtitle and print footer) are in no
 * list, but skip links are furniture; the old table layout's "Last updated" is a byline and its visitor counter label
 * furniture; menu and breadcrumb items whose words occur in the title, a heading or the body ("Home", "Courses", "Placement
 * test", "Prices") are left out of furniture.
 */
export const HELDOUT591_PAGES: readonly TestPage[] = [
  ...HELDOUT591_A,
  ...HELDOUT591_A2,
  ...HELDOUT591_B,
  ...HELDOUT591_C,
  ...HELDOUT591_C2,
  ...HELDOUT591_D,
  ...HELDOUT591_D2,
  ...HELDOUT591_E,
  ...HELDOUT591_E2,
  ...HELDOUT591_F,
];
