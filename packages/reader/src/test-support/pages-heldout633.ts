import type { TestPage } from './page-kit.js';
import { HELDOUT633_A } from './pages-heldout633-a.js';
import { HELDOUT633_A2 } from './pages-heldout633-a2.js';
import { HELDOUT633_B } from './pages-heldout633-b.js';
import { HELDOUT633_C } from './pages-heldout633-c.js';
import { HELDOUT633_C2 } from './pages-heldout633-c2.js';
import { HELDOUT633_D } from './pages-heldout633-d.js';
import { HELDOUT633_E } from './pages-heldout633-e.js';
import { HELDOUT633_F } from './pages-heldout633-f.js';

/**
 * Held-out batch 633, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a drone topographic and roof survey
 * service page built with Elementor Pro on WordPress, a hand-painted fascia case study on a Squarespace 7.1 blog, a pet portrait
 * session page built with Wix, a drone pilots' thread on night flying on Discourse, a long glass-gilding tutorial by a sign
 * writer on Ghost (Casper), a ground control point article on a MediaWiki drone survey wiki (Vector 2022), a property
 * photography pricing page on Webflow, a ring photography post on a Shopify store blog (Dawn), a trade news article on thermal
 * solar inspections on a Next.js news site, a sign writers' guild news item on Drupal 10 (Olivero), an equine photographer's
 * blog post on Hugo (PaperMod), and a traditional sign writer's glass gilding page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or post description under the h1 is body; on service and
 * pricing pages the hero h1 is the title, the service text, icon lists, numbered steps and pricing cards are the article (a
 * card's name is a heading, its price and feature items body) while call-to-action buttons and boxes ("Get a Quote", "Book a
 * Shoot", "Choose Essentials"), testimonial widgets and contact details are furniture; a callout card inside a post body is
 * body (its emoji in no list); a forum thread's posts are body, user names and post dates bylines, like counts, topic map
 * labels and numbers, tags and suggested topics furniture; a reading time shown in the byline row ("• 8 min read", "4 min read",
 * the Hugo post-meta line) is byline, reading times on related cards furniture; a wiki's "See also" section is a heading and its
 * items body, its contents box entries, "edit" links and category links furniture; table data rows are body as one entry a row,
 * cells joined with spaces, header cells in no list, a table caption furniture like a figure caption; a bold paragraph standing
 * alone as a section label in the old table layout (no heading tags) is a heading, and the big bold font line at the top is the
 * title; screen-reader-only labels (visually-hidden "Skip to content", "Log in", "Cart", "Main navigation", "Breadcrumb") are
 * furniture since they are in the page text, while elements with the hidden attribute or aria-hidden="true" are in no list;
 * navigation shown only from medium screens up (Tailwind "hidden md:block") counts as visible; punctuation-only texts (the
 * MediaWiki edit brackets, separators) are in no list; the image alt text of a hit counter is in no list; a menu item equal to
 * the title or a heading is left out of furniture.
 */
export const HELDOUT633_PAGES: readonly TestPage[] = [
  ...HELDOUT633_A,
  ...HELDOUT633_A2,
  ...HELDOUT633_B,
  ...HELDOUT633_C,
  ...HELDOUT633_C2,
  ...HELDOUT633_D,
  ...HELDOUT633_E,
  ...HELDOUT633_F,
];
