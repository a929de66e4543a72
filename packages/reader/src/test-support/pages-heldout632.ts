import type { TestPage } from './page-kit.js';
import { HELDOUT632_A } from './pages-heldout632-a.js';
import { HELDOUT632_B } from './pages-heldout632-b.js';
import { HELDOUT632_C } from './pages-heldout632-c.js';
import { HELDOUT632_D } from './pages-heldout632-d.js';
import { HELDOUT632_E } from './pages-heldout632-e.js';
import { HELDOUT632_F } from './pages-heldout632-f.js';

/**
 * Held-out batch 632, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a riding school's lesson booking
 * page on WordPress with Elementor (Hello theme, Elementor Pro header, form and footer, CookieYes banner), a pony club rally
 * report on Squarespace 7.1, a city farm's "Plan Your Visit" page built with Wix, a pony club branch's dressage results
 * article with two results tables on Joomla 4 (Cassiopeia) with sidebar modules, a riding forum thread on lessons on XenForo 2,
 * a city farm's lambing diary on Ghost (Casper), a riding centre FAQ on Webflow, a riding school's gift voucher product page on
 * Shopify (Dawn), a city farm's volunteering page on Drupal 10 (Olivero) with a sidebar block, a local news article on a city
 * farm's ponies on a Next.js news site, a riding stables' pony weeks page in an old hand-written table layout, and a pony
 * club handbook page on MediaWiki (Vector 2022).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Ghost excerpt, news standfirst, FAQ
 * intro) is body; table data rows are body, one entry a row with its cells joined by spaces, header cells in neither list;
 * a form's heading and intro sentence inside the article are heading and body, its field labels, legends, variant choices
 * and button labels furniture, select options and input values in no list; FAQ questions are headings and answers body; on
 * the forum every post is body, one entry per paragraph (text between blank-line breaks), quoted text inside a reply is body
 * again and its "X said:" line furniture, user names and post dates (also the thread starter and start date in the thread
 * header) are bylines, user titles, joined dates, message counts, post numbers, default-avatar letters and reaction lines
 * furniture; on the product page the vendor line, price, "Tax included." and recommendations are furniture, the description
 * and its h3 headings are the article, and the closed collapsible tab's content is hidden (no list) while its summary label is
 * furniture; visually-hidden texts (skip links, screen-reader labels) are furniture, while content under `hidden`, a hidden
 * class or a closed `<details>` is in no list, as is MediaWiki's print footer ("Retrieved from"), which the skin hides on
 * screen; the Joomla h2 headline is the title, "Written by:" and "Published:" lines bylines, "Details", category and hits
 * furniture; the old table layout's h3 section heads are headings, its "Page last updated" line a byline, its marquee, hit
 * counter label and "Best viewed" line furniture; MediaWiki's contents panel (with its numbers), edit-section brackets and
 * links, page tabs, categories and site footer are furniture and its "last edited" line a byline, a "See also" line in the
 * article body; an inline "Read more:" link box inside a news body, ad labels and figure captions are furniture, a Ghost
 * callout card and a pull quote are body; Squarespace's author and date are bylines and its category furniture; every
 * furniture or byline text whose words also occur, in order, in the title, a heading or a body entry is left out (menu items
 * such as "Volunteer", "Pony Weeks" or a "Riverside" kicker), by the batch's `settle` helper, and each text is listed once.
 */
export const HELDOUT632_PAGES: readonly TestPage[] = [...HELDOUT632_A, ...HELDOUT632_B, ...HELDOUT632_C, ...HELDOUT632_D, ...HELDOUT632_E, ...HELDOUT632_F];
