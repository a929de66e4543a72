import type { TestPage } from './page-kit.js';
import { HELDOUT618_A } from './pages-heldout618-a.js';
import { HELDOUT618_B } from './pages-heldout618-b.js';
import { HELDOUT618_C } from './pages-heldout618-c.js';
import { HELDOUT618_D } from './pages-heldout618-d.js';
import { HELDOUT618_E } from './pages-heldout618-e.js';
import { HELDOUT618_F } from './pages-heldout618-f.js';

/**
 * Held-out batch 618, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bowls club's free taster page on
 * WordPress (Astra) with a sidebar and Cookie Notice banner, a croquet club's laws and etiquette page on Squarespace 7.1 with an
 * announcement bar and newsletter block, a bridge club's pairs results on a FrontPage-era table layout with a hit counter, a
 * bowls club's league report as a Wix blog post with post footer and recent posts, a croquet association's tournament report on
 * Drupal 10 (Olivero) with tags and comments, a bridge club's zero tolerance page on Weebly with <br>-split paragraphs, a bowls
 * club wiki's laws page on MediaWiki 1.43 (Vector 2022), a bridge forum thread in Discourse's crawler view, a croquet club's
 * new members page on Webflow with a Finsweet cookie banner, a bowls club news post on Ghost (Casper) with read-more cards, a
 * bridge club's beginners' course page built with Elementor (Hello theme) with a form and CookieYes banner, and a croquet
 * league's results post on Hugo (PaperMod) with tables and prev / next links.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or description under the h1 is body; a table data row is
 * one body entry, its cells' texts joined with spaces, and table header cells are in neither list; a page title shown as an
 * h2 (the table layout, Weebly) is the title; a run of text split by a <br> pair inside one element (Weebly) is one body entry
 * per run; a lead-in sentence before a list ("A wood is dead if...") is body and each list item its own entry; a quotation or
 * motto inside the article is body; call-to-action buttons and bands inside or below the article ("Book your free taster",
 * "Ready to give it a go?"), form labels and submit buttons, and newsletter boxes are furniture; reading times ("2 min read")
 * are furniture except where they sit inside one byline line with the date and author (Hugo), which is one byline; comments
 * under an article are furniture whole, their names and dates included, while forum posts are body and their user names and
 * dates bylines; likes, view and comment counts, post position numbers and related-topic rows (with their numbers) are
 * furniture; a "Results posted by ..." sign-off, "Page last updated", "This page was last edited" and "Page reviewed by the
 * committee" lines are bylines; a wiki's sidebar contents, edit links, "From ..." line, "Retrieved from" line and categories
 * are furniture; the links inside a closed <details> (Hugo's table of contents) are hidden and in no list, its summary
 * furniture; visually hidden labels (screen-reader "Search", "Main navigation", "Breadcrumb") are furniture, aria-labels and
 * alt texts in no list; furniture and bylines hold each distinct text once and leave out texts whose words also occur, as
 * whole words in order, in the title, a heading or a body entry (tidy() in the kit).
 */
export const HELDOUT618_PAGES: readonly TestPage[] = [...HELDOUT618_A, ...HELDOUT618_B, ...HELDOUT618_C, ...HELDOUT618_D, ...HELDOUT618_E, ...HELDOUT618_F];
