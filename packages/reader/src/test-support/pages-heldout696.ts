import type { TestPage } from './page-kit.js';
import { HELDOUT696_A } from './pages-heldout696-a.js';
import { HELDOUT696_A2 } from './pages-heldout696-a2.js';
import { HELDOUT696_B } from './pages-heldout696-b.js';
import { HELDOUT696_C } from './pages-heldout696-c.js';
import { HELDOUT696_D } from './pages-heldout696-d.js';
import { HELDOUT696_E } from './pages-heldout696-e.js';
import { HELDOUT696_E2 } from './pages-heldout696-e2.js';
import { HELDOUT696_F } from './pages-heldout696-f.js';

/**
 * Held-out batch 696, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a sailing school's live-aboard course
 * page on Squarespace 7.1 with an announcement bar and a newsletter block, a dinghy club's race results post on WordPress
 * (GeneratePress) with a results table, a sidebar and comments, a yacht club's berth and mooring fees page built with Wix, a club
 * news report of a cadet week on Joomla 4 (Cassiopeia) with its article-info block and login module, a regatta's results page as
 * published by Sailwave Scoring Software, a youth sailing camp page built with Elementor (Hello Elementor, Complianz banner) with
 * a testimonial and an FAQ toggle, a keelboat course page on a Webflow CMS template with a course facts card, a yacht club's
 * sailing instructions on Drupal 10 (Olivero) with a marks table, a sailing school's long blog post on Ghost (Casper) with a callout
 * card and read-more cards, a cruising forum thread on Discourse in its crawler view, a club pilotage page on MediaWiki (Vector
 * 2022) with an infobox and references, and a yacht club's shore-based course page on an old FrontPage table layout with no
 * heading elements.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Squarespace, Elementor, Ghost) is body, while a small
 * label above the h1 (Squarespace's "Advanced practical" line, Webflow's "Beginner" eyebrow, Ghost's primary tag) is furniture;
 * a table data row is one body entry, its cells joined with single spaces, and the header cells of an article table are in no
 * list (those of a furniture table, Discourse's related topics, are furniture); a course facts card or a wiki infobox is body, one
 * entry a row (label and value joined with a space), while its box label ("Course facts"), an infobox title equal to the page
 * title and its image caption are not (the caption is furniture); FAQ questions and answers in an Elementor toggle are body, not
 * headings; a testimonial and a closing call-to-action band (its heading and button) on a course page are furniture; a Ghost
 * callout card and a blockquote are body, the callout's emoji in no list; wiki references are body (their "↑" backlinks and the
 * section edit links furniture, the citation markers kept inside the paragraph text); Sailwave's venue h2 and fleet titles are
 * headings, its "Sailed: ..., Discards: ..." captions and closing notes body, and its "Results are provisional as of ..." line a
 * byline; a signature line closing a document (the sailing instructions' "Issued by ...") is a byline, as are "Page last updated"
 * and MediaWiki's "This page was last edited" lines; on the table-layout page, the big bold line is the title and the bold
 * one-line paragraphs are headings; reading times ("6 min read") and hit counts are furniture, and so are the dates, excerpts and
 * reading times of read-more cards; comment author names and dates under an article are furniture with the comments, while on
 * the forum thread the user names, post times and a quote's "user:" line are bylines, each post's paragraphs and quoted text
 * body, and post numbers and like counts furniture; screen-reader-only text outside the article (skip links, visually hidden
 * labels and headings) is furniture, while elements with `hidden`, `aria-hidden="true"`, `display:none` or `visibility:hidden`
 * and texts that the platform's own stylesheet always hides (Webflow's form success and error messages, Squarespace's
 * submission text, MediaWiki's print footer) are in no list; the numbers of MediaWiki's contents list are in no list, their
 * digits occurring in body entries; form control values and placeholders are in no list.
 */
export const HELDOUT696_PAGES: readonly TestPage[] = [
  ...HELDOUT696_A,
  ...HELDOUT696_A2,
  ...HELDOUT696_B,
  ...HELDOUT696_C,
  ...HELDOUT696_D,
  ...HELDOUT696_E,
  ...HELDOUT696_E2,
  ...HELDOUT696_F,
];
