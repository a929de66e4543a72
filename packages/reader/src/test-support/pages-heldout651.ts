import type { TestPage } from './page-kit.js';
import { HELDOUT651_A } from './pages-heldout651-a.js';
import { HELDOUT651_A2 } from './pages-heldout651-a2.js';
import { HELDOUT651_B } from './pages-heldout651-b.js';
import { HELDOUT651_C } from './pages-heldout651-c.js';
import { HELDOUT651_D } from './pages-heldout651-d.js';
import { HELDOUT651_E } from './pages-heldout651-e.js';
import { HELDOUT651_F } from './pages-heldout651-f.js';

/**
 * Held-out batch 651, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a brass band's concert listing on
 * WordPress (Astra) with The Events Calendar list view, a morris side's "join us" page on Squarespace 7.1 with an accordion
 * and a form block, a community orchestra's history page built with Wix (free-plan ad bar, gallery), a folk club's news post
 * on Ghost (Casper) with callout and bookmark cards and read-more cards, a brass band's article on a MediaWiki band wiki
 * (Vector 2022) with an infobox, contents and a results table, a community orchestra's concert page on Drupal 10 (Olivero)
 * with inline date / venue fields, a morris forum thread on Discourse with topic map and suggested topics, a brass band's
 * contest report on Hugo (Ananke) with share icons, tags and a related aside, an orchestra's auditions page on Webflow with a
 * tabs component and a newsletter form, a brass band's learners' page built with Elementor (Hello theme) with an icon list and a
 * testimonial, a morris side's tour diary on an old FrontPage table layout with a hit counter and a web ring, and an orchestra's
 * season announcement on Next.js (Tailwind) with a newsletter box and more-news aside.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst / dek under the h1 is body, a kicker or eyebrow above it ("Join the
 * orchestra", "Season announcement", "NEWS") furniture; in a listing (the events calendar) the month separators and item
 * titles are headings and each item's date-time line, venue with address (one entry), description and price are body, while
 * its "Buy tickets" / "Details" links and the weekday / day-number date tag are furniture; label-value fields of an event
 * page (Drupal's Date / Venue / Conductor) are body as "label value", one entry a field; accordion questions marked up as h4 are
 * headings and their answers body; tab labels and all tab panes (shown or not) are body, labels first as in the source;
 * a testimonial quote and its attribution inside the article are body; form titles, labels, options and button texts are
 * furniture, input values and placeholders in no list; a table data row is one body entry, its cells joined by spaces, and
 * header cells of an article table are in no list, while every visible text of a table outside the article (Discourse's
 * suggested topics, header cells included) is furniture; a wiki infobox (labels and values) is furniture, the wiki's
 * References heading a heading and its footnote text body, but citation markers ([1]) and the back-link caret are not body
 * (the caret is furniture); ordered-list ranks written in the text ("1st Brindley Town Band") are part of the body entry;
 * on a forum thread every post is body, user names, full names and post dates bylines, like counts, topic-map labels and
 * numbers, and the timeline "1 / 4" furniture; reading time ("• 3 min read") is furniture; "Page last updated ... by the Bagman"
 * and MediaWiki's "This page was last edited ..." are bylines; Ghost bookmark cards and button cards inside the post are
 * furniture, its callout card body; image captions and gallery titles are furniture; texts hidden by the platform's own
 * stylesheet (The Events Calendar's loader, Webflow's form success / failure messages, MediaWiki's print footer and "From"
 * line) and by the hidden attribute are in no list, while visually-hidden labels, skip links and sr-only texts are furniture;
 * wordless separators (/, ·, |, bullets alone) are in no list; furniture and bylines are de-duplicated and drop any text found
 * as whole words inside the title, a heading or a body entry (the kit's `gold`).
 */
export const HELDOUT651_PAGES: readonly TestPage[] = [
  ...HELDOUT651_A,
  ...HELDOUT651_A2,
  ...HELDOUT651_B,
  ...HELDOUT651_C,
  ...HELDOUT651_D,
  ...HELDOUT651_E,
  ...HELDOUT651_F,
];
