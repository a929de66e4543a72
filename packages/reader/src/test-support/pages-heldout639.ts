import type { TestPage } from './page-kit.js';
import { HELDOUT639_A } from './pages-heldout639-a.js';
import { HELDOUT639_A2 } from './pages-heldout639-a2.js';
import { HELDOUT639_B } from './pages-heldout639-b.js';
import { HELDOUT639_C } from './pages-heldout639-c.js';
import { HELDOUT639_D } from './pages-heldout639-d.js';
import { HELDOUT639_E } from './pages-heldout639-e.js';
import { HELDOUT639_F } from './pages-heldout639-f.js';

/**
 * Held-out batch 639, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a travelling funfair's 2027 season
 * listing on WordPress (Astra) with The Events Calendar list view, a puppet theatre's shadow puppet workshop booking page on
 * Squarespace 7.1 with its form block, a storytelling festival's access page on Drupal 10 (Olivero) with a venue table, a
 * marionette theatre's autumn season listing built with Wix (Thunderbolt, free-plan banner), a local news article on a fair's
 * return to a town centre on a Next.js news site, a storyteller's festival diary on Ghost (Casper), a wiki article on a marionette
 * theatre on MediaWiki (legacy Vector) with infobox, contents and references, a storytelling festival FAQ on Webflow with
 * accordion answers, a fairground engineers' forum thread on Discourse (crawler view), a marionette kit product page on Shopify
 * (Dawn), a storytelling festival programme post on Hugo (Ananke) with day tables, and a village fête and funfair notice on an
 * old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Squarespace h4, Next.js standfirst, Ghost excerpt,
 * Webflow hero paragraph) is body; in a listing (The Events Calendar, Wix season) each item's title is a heading and its date
 * line, venue line (venue name and address as one entry), details line, description and price are body, while the "Book Now"
 * buttons, The Events Calendar's bar (search, List / Month, Today, Upcoming), month separators, pagination and subscribe links
 * are furniture and its date tags (weekday and day number repeating the date line) are in no list; table data rows are body, one
 * entry a row with the cells joined by spaces, header cells in no list, and a table caption is furniture like a figure caption;
 * a booking or newsletter form's heading, labels and button labels are furniture, its select options and input values in no
 * list, and Webflow's form success / failure messages (shown only after a submit) are in no list; collapsed accordion answers
 * (Webflow FAQ, Shopify tabs) are body and their questions / tab titles keep their markup: FAQ questions written as divs are
 * body, tab titles written as h2 are headings; the FAQ's "Still have a question?" box inside the FAQ section is article (its
 * h3 a heading); a wiki infobox's data cells are body (one entry a row, the value only, before the lead, as in the DOM), its
 * label cells in no list, its title left out (it repeats the h1) and its image caption furniture; wiki reference markers ([1])
 * and backlink arrows are in no list, the References heading is a heading and each reference text is body; the contents box
 * and its numbered entries, edit links, categories and "Retrieved from" are furniture, "This page was last edited ..." a byline;
 * on the forum every post's paragraphs are body, user names, full names in brackets and post times are bylines, post numbers,
 * like counts, the category badge, tags and the related-topics table (titles, reply and view counts, activity) furniture; a
 * product page's vendor line, price, tax line, quantity, cart buttons and recommendations are furniture and the description and
 * tab contents body; reading time and word count lines are furniture; a letter-style signature under a notice ("Revd. ... &
 * the Fete Committee") and "Page last updated" are bylines, a hit counter and a scrolling marquee furniture; Dawn's duplicate
 * product title (the quick-add h2 repeating the h1) is left out; visually hidden screen-reader texts that are not hidden
 * elements (Main Menu, Sticky header, Regular price, Log in, Cart) are furniture.
 */
export const HELDOUT639_PAGES: readonly TestPage[] = [
  ...HELDOUT639_A,
  ...HELDOUT639_A2,
  ...HELDOUT639_B,
  ...HELDOUT639_C,
  ...HELDOUT639_D,
  ...HELDOUT639_E,
  ...HELDOUT639_F,
];
