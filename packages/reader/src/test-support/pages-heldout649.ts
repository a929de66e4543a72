import type { TestPage } from './page-kit.js';
import { HELDOUT649_A } from './pages-heldout649-a.js';
import { HELDOUT649_A2 } from './pages-heldout649-a2.js';
import { HELDOUT649_B } from './pages-heldout649-b.js';
import { HELDOUT649_C } from './pages-heldout649-c.js';
import { HELDOUT649_C2 } from './pages-heldout649-c2.js';
import { HELDOUT649_D } from './pages-heldout649-d.js';
import { HELDOUT649_E } from './pages-heldout649-e.js';
import { HELDOUT649_F } from './pages-heldout649-f.js';

/**
 * Held-out batch 649, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a karate club's kyu grading syllabus
 * on WordPress (Astra theme, Elementor) with a CookieYes banner, a boxing gym's membership page on Squarespace 7.1 with pricing
 * columns and an accordion FAQ, a fencing club's head coach profile built with Wix (free-plan banner), a jiu-jitsu academy's
 * beginners' blog post on Ghost (Casper), a judo club's competition report on Drupal 10 (Olivero) with a results table and
 * comments, a fencing club wiki page on MediaWiki (Vector 2022) with an infobox, a boxing forum thread on Discourse (crawler
 * view), a taekwondo school's children's programme page on Webflow with a trial form, a Muay Thai shop's gloves guide on Shopify
 * (Dawn) with comments, an aikido dojo's etiquette page in an old Dreamweaver table layout, a fencing club's kit-check post on
 * Hugo (PaperMod), and a kickboxing gym's class timetable on Next.js (App Router, Tailwind).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a line under the h1 that sums up or qualifies the page (dek, excerpt, PaperMod
 * description, lead, the coach's role line, the syllabus's "Orange to brown belt · Revised February 2026") is body, while a
 * kicker above the h1 (Webflow's "Children’s programme", Ghost's primary tag) is furniture; a table data row is one body entry,
 * its cells joined with single spaces, and table header cells are in no list; the MediaWiki infobox (caption, labels and
 * values, each its own text) is furniture; pricing columns' plan names (h3) are headings and their price lines and feature items
 * body, their "Join now" buttons furniture; FAQ accordion questions are headings and their answers body although collapsed
 * (closed dropdowns, collapsed accordions and closed <details> count as visible); hidden means the hidden attribute,
 * aria-hidden, an inline display:none or a platform class whose only job is hiding (Squarespace's and Dawn's `hidden`, Webflow's
 * w-form-done / w-form-fail messages, MediaWiki's print-only printfooter), and such text is in no list, while screen-reader-only
 * texts (visually-hidden headings and labels, skip links) are furniture; feature cards inside the page content (Webflow's h3 and
 * paragraph) are headings and body; calls to action after the content ("Try a class for free", "Not sure where to start?"), their
 * forms' labels, and buttons inside the content (download, book a lesson) are furniture; a coach's qualifications list and pull
 * quote are body; comments under an article, with their authors and dates, are furniture, while on the forum thread the posts are
 * body, user names and post times bylines, and like counts, post numbers, tags, category and the related-topics table furniture;
 * reading times and word counts belong to the byline (Ghost's "• 4 min read", PaperMod's whole meta line as one byline); MediaWiki's
 * "This page was last edited on ..." is a byline and its tabs, edit-section links, contents list and section numbers furniture; on
 * the table-layout page the large bold title is the title and the bold coloured one-line paragraphs are headings, and its footer
 * line is split at its "|" separators into texts, the "Page last updated" date a byline and the rest furniture; separators
 * (», ·, /) and icons are in no list; texts in the Next.js flight payload and other scripts are in no list.
 */
export const HELDOUT649_PAGES: readonly TestPage[] = [
  ...HELDOUT649_A,
  ...HELDOUT649_A2,
  ...HELDOUT649_B,
  ...HELDOUT649_C,
  ...HELDOUT649_C2,
  ...HELDOUT649_D,
  ...HELDOUT649_E,
  ...HELDOUT649_F,
];
