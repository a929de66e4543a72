import type { TestPage } from './page-kit.js';
import { HELDOUT483_A } from './pages-heldout483-a.js';
import { HELDOUT483_B } from './pages-heldout483-b.js';
import { HELDOUT483_C } from './pages-heldout483-c.js';
import { HELDOUT483_C2 } from './pages-heldout483-c2.js';
import { HELDOUT483_D } from './pages-heldout483-d.js';
import { HELDOUT483_D2 } from './pages-heldout483-d2.js';
import { HELDOUT483_E } from './pages-heldout483-e.js';
import { HELDOUT483_E2 } from './pages-heldout483-e2.js';
import { HELDOUT483_F } from './pages-heldout483-f.js';
import { HELDOUT483_F2 } from './pages-heldout483-f2.js';

/**
 * Held-out batch 483, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a driving school's manual lessons
 * page with prices and an FAQ on WordPress (Astra, Complianz banner), a short intensive-course page on Wix, a test-centre guide
 * on Drupal 10 (Olivero) with a centre details list and a nearby-centres sidebar, an instructor's roundabout tips post on
 * Squarespace 7.1 with tags, share links, author box, comments and previous / next links, a long theory-test revision plan on
 * Ghost (Casper) with a callout card, figure, member boxes and read-more cards, a learner forum thread on Discourse (crawler
 * view) with a quoted reply and a related-topics table, a test-day checklist article on a Shopify store (Dawn) with an
 * announcement bar and newsletter, a hazard perception article on a MediaWiki 1.41 wiki (Vector 2022) with infobox, pinned
 * menu and contents, a pass-rate page with a results table on Webflow, a fleet trainer's motorway-lesson post on HubSpot CMS
 * with cookie banner, related posts and subscribe form, a test-waiting-times news article on Next.js with kicker, standfirst,
 * ad slots and a most-read rail, and a test-route guide on an old HTML 4.01 table layout with a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, excerpt or lead paragraph under the h1 is body, while a label above
 * the h1 (eyebrow "Results", kicker, primary tag, blog category) is furniture; price lists, course lists and a centre's
 * "label: value" details list are body, one entry an item; FAQ questions (h3) are headings under their h2 and the answers body;
 * buttons and CTA links inside the article ("Book your first lesson", "Reserve Your Dates") are furniture and an image-only
 * CTA is in no list; a table's data rows are body, one entry a row with its cells joined by spaces, its header cells in
 * neither list; a callout card and a pupil's quote in a blockquote are body, and a sign-off line ending the article is body;
 * on the forum, every post is body, the quoted fragment inside a reply is body at its place, user names, post times and the
 * quote's "name:" attribution are bylines, post numbers, like counts, the category badge and tags are furniture, and the
 * related-topics table is furniture (titles, counts, header cells) except its activity dates, which are bylines, as are the
 * dates on read-more cards; reading times are furniture; comments under an article are furniture in full, their authors and
 * dates included; an author's role line and "Last reviewed" / "last edited" / "last updated" lines are bylines; on the wiki,
 * infobox labels and values, contents entries with their numbers, "edit" links and categories are furniture, the "See also"
 * section is article (heading and body items), punctuation-only texts ("[", "]") and the print-only footer are in no list;
 * screen-reader-only labels and skip links are furniture, while text inside a closed <details> (a shop's menu drawer, its
 * share fallback) is in no list; a hit-counter line is furniture without the counter image; a short furniture text equal to
 * a word or phrase of the title, a heading or a body entry (case aside: "Home" beside "from your home", "Contact" beside
 * "contact lenses", infobox "Pass mark" beside "the pass mark is 44") is left out.
 */
export const HELDOUT483_PAGES: readonly TestPage[] = [
  ...HELDOUT483_A,
  ...HELDOUT483_B,
  ...HELDOUT483_C,
  ...HELDOUT483_C2,
  ...HELDOUT483_D,
  ...HELDOUT483_D2,
  ...HELDOUT483_E,
  ...HELDOUT483_E2,
  ...HELDOUT483_F,
  ...HELDOUT483_F2,
];
