import type { TestPage } from './page-kit.js';
import { HELDOUT615_A } from './pages-heldout615-a.js';
import { HELDOUT615_A2 } from './pages-heldout615-a2.js';
import { HELDOUT615_B } from './pages-heldout615-b.js';
import { HELDOUT615_C } from './pages-heldout615-c.js';
import { HELDOUT615_D } from './pages-heldout615-d.js';
import { HELDOUT615_E } from './pages-heldout615-e.js';
import { HELDOUT615_F } from './pages-heldout615-f.js';
import { HELDOUT615_F2 } from './pages-heldout615-f2.js';

/**
 * Held-out batch 615, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a chair reupholstery quote page on
 * Squarespace 7.1 with a price table and a form block, a French polishing process page built with Elementor on Hello Elementor
 * with numbered step headings, a testimonial and a call to action, a before-and-after bureau restoration post on WordPress with
 * Divi (captioned images, sidebar, comments), an upholsterer's blog post on foam on Wix Blog, a care article on a finishing-supplies
 * shop's Shopify blog (Dawn), a workshop post on hide glue on Ghost (Casper) with read-more cards, a veneer repair service page
 * on Webflow with an FAQ and a Webflow badge, a Discourse topic on white rings in French polish (four posts, one marked as the
 * solution), a "French polishing" article on a craft wiki in MediaWiki (Vector 2022) with an infobox and footnotes, an
 * upholsterer's services page in an old table layout with font tags and a hit counter, a long chair reupholstery cost guide on a
 * Next.js trades directory, and a guild news article on Drupal 10 (Olivero).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a key-points box inside the article
 * is body and its label a heading; a table data row is one body entry, its cells' texts joined by a space, table header cells
 * in neither list, and a note under a price table is body; an infobox is read as a table (its rows body, its title repeating the
 * article title left out, its image caption furniture); numbered step titles and FAQ questions inside the article are headings,
 * their texts and answers body; a bold line styled as a heading on the table-layout page is a heading; forms (quote, comment,
 * search, newsletter) are furniture: titles, labels, notes and button texts, while input values, placeholders and select options
 * are in no list; testimonials, call-to-action bands and author bios are furniture; comments under an article are furniture,
 * commenters' names and dates included, while on the forum thread every post is body and its user name, full name and
 * post date are bylines; the "Solved by" panel, "Solution" label, like counts, topic map and timeline are furniture; reading
 * times ("3 min read"), view and comment counts, kickers and labels over the h1 ("Services", "Cost guide"), tags and categories
 * are furniture; dates on read-more cards and suggested topics are furniture; a wiki's See also and References sections (their
 * headings and items) and categories are furniture, footnote markers in no list, and its "last edited" line a byline; a
 * reviewer line ("Reviewed by ...") is a byline; text in visually-hidden (screen-reader) elements such as skip links, icon
 * labels and form labels is furniture, while elements with the hidden attribute are in no list; texts that also occur as whole
 * words in the title, a heading or a body entry (a menu item "Process", a tag "Foam") are left out of furniture and bylines,
 * mechanically, by the kit's settle().
 */
export const HELDOUT615_PAGES: readonly TestPage[] = [
  ...HELDOUT615_A,
  ...HELDOUT615_A2,
  ...HELDOUT615_B,
  ...HELDOUT615_C,
  ...HELDOUT615_D,
  ...HELDOUT615_E,
  ...HELDOUT615_F,
  ...HELDOUT615_F2,
];
