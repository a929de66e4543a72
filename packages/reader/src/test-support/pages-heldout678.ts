import type { TestPage } from './page-kit.js';
import { HELDOUT678_A } from './pages-heldout678-a.js';
import { HELDOUT678_A2 } from './pages-heldout678-a2.js';
import { HELDOUT678_B } from './pages-heldout678-b.js';
import { HELDOUT678_C } from './pages-heldout678-c.js';
import { HELDOUT678_D } from './pages-heldout678-d.js';
import { HELDOUT678_E } from './pages-heldout678-e.js';
import { HELDOUT678_F } from './pages-heldout678-f.js';

/**
 * Held-out batch 678, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an astronomy club's monthly night
 * sky guide on WordPress (Astra) with sidebar widgets and comments, a planetarium show listing on Squarespace 7.1, an astronomical
 * society's membership page built with Wix, a university observatory's public observing nights page on Drupal 10 (Olivero), a
 * society's occultation observing report on Ghost (Casper), a society wiki page on an observing site on MediaWiki (Vector 2022)
 * with an infobox, a society forum thread about dew on Discourse, a planetarium's plan-your-visit page on Webflow, an
 * observatory news post on Hugo (Ananke), an astronomy group's Messier Marathon event article on Joomla 5 (Cassiopeia), a private
 * observatory's monthly sky notes on an old hand-written table layout (HTML 4 with font tags), and a planetarium's school field
 * trips page on HubSpot CMS with a booking form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body, while a kicker above it (Squarespace's
 * "NOW SHOWING", Ghost's primary tag, Ananke's "News" section label) is furniture; a table data row is one body entry, its cells'
 * texts joined with a space, and a label / value grid laid out as rows (the Webflow opening hours) is treated the same way; table
 * header cells, and a first row of bold labels standing in for them (HubSpot), are in neither list; a membership tier's name and
 * a programme's name written as headings are headings, its price and benefit list items body, its "Join Now" button furniture;
 * FAQ questions written as divs (Webflow dropdown toggles) are body, each followed by its answer as a body entry; a form's field
 * labels, consent line and title are furniture; a wiki infobox (title, image caption, label and value cells) is furniture, and
 * MediaWiki's "edit" section links, table of contents, categories and "Retrieved from" print footer are furniture, its "last
 * edited" line a byline; Ghost's author name and date are bylines, its reading time furniture; comment author names, comment
 * dates and comment texts under an article are furniture, while on the forum thread each post's username, full name and date
 * are bylines and its paragraphs body; topic-map labels and counts, like counts and suggested topics are furniture; Joomla's
 * "Written by:" and "Published:" lines are bylines, its "Details" label, category, hits and tags furniture; a sign-off with the
 * author's name ("Clear skies, Alasdair") is a byline, a sign-off without a name ("Clear skies!") body; a blockquoted quote
 * inside the article is body; figure captions and credits, including Hugo's figure caption written as an h4, are furniture;
 * screen-reader-only text (skip links, "Post navigation", "Search for:", Joomla's "Previous article: ..." labels) is furniture,
 * while text in elements with the hidden attribute, an inline display:none, aria-hidden or noscript is in no list; text hidden
 * only by the site's stylesheet (closed dropdown menus, MediaWiki's print footer, Webflow's form success and failure messages)
 * is counted as visible furniture, since the saved HTML does not mark it hidden; furniture and bylines that also occur, as whole
 * words, in the title, a heading or a body entry are dropped by the kit's `clean` (so a menu item "Visit" or an infobox value
 * "2011" is in no list).
 */
export const HELDOUT678_PAGES: readonly TestPage[] = [
  ...HELDOUT678_A,
  ...HELDOUT678_A2,
  ...HELDOUT678_B,
  ...HELDOUT678_C,
  ...HELDOUT678_D,
  ...HELDOUT678_E,
  ...HELDOUT678_F,
];
