import type { TestPage } from './page-kit.js';
import { HELDOUT675_A } from './pages-heldout675-a.js';
import { HELDOUT675_B } from './pages-heldout675-b.js';
import { HELDOUT675_C } from './pages-heldout675-c.js';
import { HELDOUT675_C2 } from './pages-heldout675-c2.js';
import { HELDOUT675_D } from './pages-heldout675-d.js';
import { HELDOUT675_E } from './pages-heldout675-e.js';
import { HELDOUT675_F } from './pages-heldout675-f.js';

/**
 * Held-out batch 675, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a board game café's game library
 * page on Squarespace 7.1, a chess club's rapidplay report on WordPress (Astra) with sidebar and comments, a board game café's
 * booking FAQ built with Wix, a Scrabble club's tournament report on Ghost (Casper), a Discourse thread (crawler view) asking
 * for a weekend chess club, a MediaWiki (Vector 2022) article on an invented Scrabble tournament with infobox and contents, a
 * board game café's blog post on Webflow, a chess club's club-nights page in an old FrontPage table layout, a chess café's house
 * rules on Hugo (PaperMod), a chess club's junior news story on Drupal 10 (Olivero) with a comment, a game shop and café's "new
 * in the library" post on Shopify (Dawn), and a Scrabble club's first-visit guide built with Elementor (Hello Elementor).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary or description under the h1 is body; FAQ questions marked up as
 * headings (Wix rich-text h2) are headings, while questions in `<summary>` elements (Hugo `<details>`, Elementor nested
 * accordion) are body entries before their answers; a game library's game entries and a club's list items are body, and
 * game names given as h3 (Shopify post) are headings; a table data row is one body entry, its cells joined with spaces, and
 * the table's header cells are in neither list (the Astra standings, the fees table), while a related-topics table outside
 * the article (Discourse) is furniture, header cells included; a forum's user names and post dates are bylines, its like
 * counts, category and tags furniture; reading times ("4 min read", "2 min") are bylines; a comment's author and date are
 * bylines and its text furniture, and a commenter who is also named in the body (Selma Carrow) is left out of bylines; a
 * MediaWiki infobox is furniture (labels and values that also occur in the body or a heading left out), its contents box title and numbered entries
 * ("1 History") furniture, the "[edit]" links counted once with the "Edit" tab, "This page was last edited on ..." a byline and the
 * "Retrieved from" line furniture; an old site's "Page last updated" line is a byline and its hit-counter text furniture;
 * a callout card inside a Ghost post and an italic closing line of a Shopify post are body; texts only for screen readers
 * (screen-reader-text, visually-hidden, sr-only spans such as Wix's "top of page", "Main navigation", "Cart") are in no list,
 * but skip links are furniture; cookie banners hidden only until scripts run are shown in the saved page and are furniture;
 * form input placeholders and button values are in no list, visible form labels furniture; a single-word menu item or tag
 * that also occurs as a word of the body or title (Games, Book, Events, Rules, Home, People, Tournaments, Café) is left out
 * of furniture.
 */
export const HELDOUT675_PAGES: readonly TestPage[] = [
  ...HELDOUT675_A,
  ...HELDOUT675_B,
  ...HELDOUT675_C,
  ...HELDOUT675_C2,
  ...HELDOUT675_D,
  ...HELDOUT675_E,
  ...HELDOUT675_F,
];
