import type { TestPage } from './page-kit.js';
import { HELDOUT478_A } from './pages-heldout478-a.js';
import { HELDOUT478_B } from './pages-heldout478-b.js';
import { HELDOUT478_C } from './pages-heldout478-c.js';
import { HELDOUT478_D } from './pages-heldout478-d.js';
import { HELDOUT478_D2 } from './pages-heldout478-d2.js';
import { HELDOUT478_E } from './pages-heldout478-e.js';
import { HELDOUT478_F } from './pages-heldout478-f.js';

/**
 * Held-out batch 478, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a sermon transcript on WordPress
 * (Astra with the Sermon Manager plugin, title in an h2, audio player, comment form and sermon sidebar), a parish newsletter as
 * a Squarespace 7.1 blog item with an image caption, a newsletter block and a cookie banner, a short service times page built
 * with Wix, a night-shelter ministry blog post on Ghost (Casper) with a feature image, signup box and read-more cards, a diocesan
 * news article on Drupal 10 (Olivero) with a Mass times table and tags, a small-group sermon discussion guide on WordPress built
 * with Elementor Pro (header, post info, share buttons and post navigation widgets), a parish church history on a local history
 * wiki (MediaWiki, Vector 2022) with an infobox, TOC, footnotes and categories, a liturgy forum thread on Discourse (crawler
 * view) with likes and related topics, a pastor's letter on an old FrontPage table layout with no h1 and a hit counter, a homily
 * on Hugo (Ananke) with the title in the cover and the article and a TOC aside, a church plant's "Plan your visit" page on
 * Webflow with a visit form, and a missions blog post on Next.js (App Router, Tailwind) with a breadcrumb, share buttons, a
 * newsletter box and more-from-the-blog cards.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a sermon's date and "Preacher:" line are bylines, its series, passage reference
 * ("Passage: Luke 15:11-32"), topics and audio player are furniture, and scripture quoted inside the sermon is body; a letter's or
 * newsletter's salutation ("Dear friends", "Dear Members and Friends...") is body, its valediction and signed name ("Grace and
 * peace," / "Mother Helen", "In Christ," / "Pastor Ray Holmgren") are bylines, one entry a line; an old site's "This page was last
 * updated on ..." line and a wiki's "This page was last edited on ..." line are bylines; a dek, excerpt or description shown
 * under (or, in Ananke's cover, just above) the h1 is body; a title shown twice (Ananke's cover and h1) is the title once; on
 * the table-layout page with no heading element the letter's bold title is the title and the "Pastor's Corner" section label is
 * furniture; each data row of a schedule table is one body entry, its cells joined by a space, and its header cells are in no
 * list; service times written as lines under a heading are body entries one a line; a discussion guide's questions are body;
 * a wiki's infobox (its caption, labels and values) is furniture, while its References heading is a heading and the
 * footnotes, with their ↑ back-links, are body, and inline note markers ([1]) stay in the body text; TOC entries repeat the
 * headings and their bare section numbers are in no list, nor are other bare numbers (reply and view counts in a related-topics
 * table); reading-time and word-count lines ("• 4 min read", "- 1012 words") are furniture, not bylines; on the forum thread
 * every post is body, the usernames, "(Full Name)" and post times are bylines, post numbers (#1...) and like counts furniture;
 * skip links are furniture, while other screen-reader-only text (Wix "top of page", WordPress "Search for:", Drupal's hidden
 * block titles, sr-only form labels) and aria-hidden text are in no list; Webflow's form success and failure messages (hidden
 * by the Webflow stylesheet until the form is sent) and a print-only footer are in no list, and form labels are furniture;
 * image captions and photo credits are furniture; tags and category badges are furniture.
 */
export const HELDOUT478_PAGES: readonly TestPage[] = [
  ...HELDOUT478_A,
  ...HELDOUT478_B,
  ...HELDOUT478_C,
  ...HELDOUT478_D,
  ...HELDOUT478_D2,
  ...HELDOUT478_E,
  ...HELDOUT478_F,
];
