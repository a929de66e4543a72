import type { TestPage } from './page-kit.js';
import { HELDOUT668_A } from './pages-heldout668-a.js';
import { HELDOUT668_B } from './pages-heldout668-b.js';
import { HELDOUT668_C } from './pages-heldout668-c.js';
import { HELDOUT668_D } from './pages-heldout668-d.js';
import { HELDOUT668_E } from './pages-heldout668-e.js';
import { HELDOUT668_F } from './pages-heldout668-f.js';
import { HELDOUT668_F2 } from './pages-heldout668-f2.js';

/**
 * Held-out batch 668, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a coding bootcamp's full-stack
 * syllabus on Webflow (Finsweet cookie banner, CTA band, testimonial slider), a career-change student story on WordPress
 * (Astra) with a pull quote, a captioned figure, two comments, the comment form and a sidebar, an admissions FAQ on HubSpot CMS
 * (drag-and-drop modules, accordion, HubSpot form and cookie banner), a short "how it works" page of a maths tutoring service on
 * Squarespace 7.1 (announcement bar, fluid-engine steps, newsletter block), an interview-preparation post on Ghost (Casper) with
 * a callout card, a code card and a read-more rail, a student question thread on Discourse with five posts and suggested
 * topics, a tuition and financing page built with Wix, a curriculum week page on MediaWiki (Vector 2022) with an infobox, a
 * definition list, code, a navbox and categories, an outcomes-report news article on Next.js (App Router, Tailwind) with a
 * results table, a tutoring-centre news story on Drupal 10 (Olivero) with tags and a closed comment section, the capstone
 * guidelines of a student handbook on Hugo (Docsy) with two tables, an alert and a feedback widget, and a tutoring shop's blog
 * article on Shopify (Dawn) with a share button and the comment form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 (Webflow hero text, HubSpot hero text, Squarespace
 * intro, Ghost excerpt, Next.js standfirst, Docsy lead) is body; FAQ questions (HubSpot accordion buttons inside h3) are
 * headings and their answers body, the answers being collapsed by CSS and script, not hidden; the Squarespace step titles (h3)
 * are headings and the price line body, its buttons furniture; a marketing page's sections that explain the service or the
 * course are the article, while CTA bands, testimonials and "book a call" buttons are furniture; a table's data row is one body
 * entry, its cells joined with spaces, and header cells are in neither list; a definition list's term and definition form one
 * body entry ("Monday The call stack ..."); a wiki infobox (labels and values) and navbox are furniture, the wiki's own "See
 * also" list is body, "edit" section links, the TOC and categories furniture, and the "last edited" footer line a byline; a pull
 * quote in the article is body, its cite furniture (left out here as part of the title); a callout or alert box in the article
 * is body; code blocks are in no list; reading time ("• 6 min read") under a post's author and date is a byline, while the
 * dates and reading times of related-post cards are furniture; comments under an article are furniture whole (names, dates,
 * texts, Reply links), but in the Discourse thread every post is body and its user name and date bylines; Docsy's "Last
 * modified ..." line with its commit link is one byline; forum topic-map labels and counts, category badges and tags are
 * furniture; texts in closed <details> (Dawn's share fallback) count as hidden; the Docsy feedback answer and MediaWiki's
 * printfooter, hidden only by stylesheets, are furniture; visually-hidden labels are left out of the lists except where a
 * skip link or a visible label shows them; texts that also occur in the title or as words of a body entry (a nav item
 * "Tuition" on the tuition page, "Apply", "About", "Home", tags repeating body phrases) are left out of furniture.
 */
export const HELDOUT668_PAGES: readonly TestPage[] = [
  ...HELDOUT668_A,
  ...HELDOUT668_B,
  ...HELDOUT668_C,
  ...HELDOUT668_D,
  ...HELDOUT668_E,
  ...HELDOUT668_F,
  ...HELDOUT668_F2,
];
