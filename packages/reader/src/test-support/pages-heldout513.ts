import type { TestPage } from './page-kit.js';
import { HELDOUT513_A } from './pages-heldout513-a.js';
import { HELDOUT513_B } from './pages-heldout513-b.js';
import { HELDOUT513_C } from './pages-heldout513-c.js';
import { HELDOUT513_D } from './pages-heldout513-d.js';
import { HELDOUT513_E } from './pages-heldout513-e.js';
import { HELDOUT513_F } from './pages-heldout513-f.js';

/**
 * Held-out batch 513, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a maths and physics tutor's profile
 * on a Next.js tutoring marketplace with reviews, a booking card and similar tutors, a music studio's lesson price list on
 * Squarespace 7.1 with an announcement bar and a newsletter block, a GCSE English revision guide on WordPress (GeneratePress)
 * with an Easy Table of Contents box, a sidebar and a comment, a learning centre's term dates page built with Wix, a piano
 * teacher's blog post on Ghost (Casper) with a callout card and "read more" cards, a Saturday classes FAQ on HubSpot CMS with a
 * cookie banner and a question form, a county music service's audition guide on Drupal 10 (Olivero) with a table and a sidebar
 * block, a Discourse topic (crawler view) on preparing for a first violin grade, a guitar school's blog post on Webflow with a
 * "more from the blog" list and a lesson form, a tutors' handbook page on MediaWiki (Vector 2022) with a wikitable, a sheet-music
 * shop's blog article for teachers on Shopify (Dawn) with share and comment form, and a study centre's summer school timetable
 * and fees in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a tutor profile is the article: its name (h1), tagline and its own sections (about,
 * teaching, subjects, qualifications) are title, body and headings, while its badges, rating, booking card (price, buttons,
 * facts) and reviews are furniture, the reviewers' names and dates bylines (as are commenters' names and dates under blog
 * posts, whose comment texts are furniture); a dek, excerpt or tagline under the h1 is body; an article table's data row is one
 * body entry, its cells joined with spaces, and its header row (th cells, or the old layout's first row of bold labels in td
 * cells) is in neither list, while a furniture table's header cells (Discourse's related topics) are furniture; FAQ questions
 * are headings and their answers body; numbered sub-headings ("1. G to C") are headings as written; a call-to-action button or
 * link inside the article ("See GCSE English tutoring", "Download the booking form") is furniture; a Ghost callout card and a
 * quotation in the body are body; forum posts are body, their user names and post dates bylines, like counts and tags
 * furniture; "4 min read" / "5 min read" lines are bylines, a wiki's "last edited" line is a byline; screen-reader-only texts
 * (skip links, visually hidden labels, Wix's "top of page") are furniture, but texts hidden by the hidden attribute, a
 * `hidden` class, aria-hidden, a closed `<details>` or the template's own CSS (Webflow's form success and failure messages,
 * Squarespace's form submission text, MediaWiki's print footer) are in no list; form field labels and button texts are
 * furniture, submit inputs' values in no list; bare numbers and punctuation (table of contents numbers, edit-link brackets,
 * separators) are in no list; a table of contents repeating the headings adds only its title to furniture.
 */
export const HELDOUT513_PAGES: readonly TestPage[] = [...HELDOUT513_A, ...HELDOUT513_B, ...HELDOUT513_C, ...HELDOUT513_D, ...HELDOUT513_E, ...HELDOUT513_F];
