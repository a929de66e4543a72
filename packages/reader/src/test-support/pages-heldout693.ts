import type { TestPage } from './page-kit.js';
import { HELDOUT693_A } from './pages-heldout693-a.js';
import { HELDOUT693_B } from './pages-heldout693-b.js';
import { HELDOUT693_C } from './pages-heldout693-c.js';
import { HELDOUT693_D } from './pages-heldout693-d.js';
import { HELDOUT693_E } from './pages-heldout693-e.js';
import { HELDOUT693_F } from './pages-heldout693-f.js';

/**
 * Held-out batch 693, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a heathland club's hole-by-hole
 * course guide on WordPress with Avada (Fusion Builder), a membership page on Squarespace 7.1 with an announcement bar and a
 * newsletter block, a stableford results post on the Wix blog (Ricos tables, recent posts, comments widget), a driving range page
 * on Webflow with price cards and an FAQ, a greens-maintenance news article on Drupal 10 (Olivero) with comments, a junior
 * academy coaching product on Shopify (Dawn) with variant picker and recommendations, a local rules article on Joomla 3
 * (Protostar) with a login module, a winter-practice thread on Discourse (crawler view) with related topics, a lost-course history
 * article on MediaWiki (Vector legacy) with infobox, contents and references, a winter league results page in an old Microsoft
 * FrontPage table layout with a marquee and hit counter, a captain's day report on Ghost (Casper) with read-more cards, and a
 * range drills post on the HubSpot CMS blog with a CTA and related posts.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a table data row is one body
 * entry, its cells joined by a space, while header rows (th cells, or a first row of bold td cells as on the FrontPage page)
 * are in neither list; the course guide's hole names are headings and each hole's par / yardage / stroke-index line and
 * description are body; membership categories, range price cards and FAQ questions are headings and their fee lines, prices and
 * answers body; on the Shopify product the description (with its h3s) is the article, and the vendor label, price, "Regular
 * price", tax note, variant legend and option labels, quantity controls, buttons, the collapsible tab's summary and the
 * recommendations are furniture, while the closed tab's content is in no list; on the Joomla page the title is the h2 in the
 * page header (there is no h1) and the h3s are headings, "Written by" and "Published:" are bylines and the closing "Approved by
 * the Board of Management" sign-off is a byline, while Details, Category and Hits are furniture; on the FrontPage page the bold
 * font paragraphs that act as title and section headings are the title and headings, "Page last updated" is a byline, the menu
 * links are furniture with their "»" bullets; on the wiki the infobox (labels, values, caption), contents box, [edit] links,
 * the References section (heading and notes) and categories are furniture, infobox values repeated in the body are left out,
 * inline citation markers are in no list, and "last edited" is a byline; on the forum thread the posts are body, the usernames
 * and post times bylines (each once), post numbers, like counts, the category badge, tags and the related-topics table
 * furniture; comments under a news article are furniture whole, commenters' names, times and comment titles included; reading
 * times, dates on read-more cards and related-topic rows, tag links, "Featured" labels, view / like / comment counts and
 * in-article buttons (scorecard download, tee-time and enquiry buttons) are furniture; a pull quote or quoted remark in a
 * blockquote is body; screen-reader-only text (skip links, visually-hidden labels and headings such as Drupal's "Main
 * navigation", Wix's "top of page", Vector's portlet headings) is furniture like other chrome, and shown text marked
 * aria-hidden (Joomla's Prev / Next) is furniture, while text the template's own CSS hides (Avada's rich-snippet spans and
 * page-load link, Dawn's unavailable-variant note, Webflow's form success and failure messages, MediaWiki's print footer) is in
 * no list; image alt texts and CTA images are in no list; furniture texts that occur as whole words in the title, a heading or
 * the body (menu items such as Home, Course, Results, Clubhouse, a tag equal to a title word) are left out, as the usual rule
 * says.
 */
export const HELDOUT693_PAGES: readonly TestPage[] = [...HELDOUT693_A, ...HELDOUT693_B, ...HELDOUT693_C, ...HELDOUT693_D, ...HELDOUT693_E, ...HELDOUT693_F];
