import type { TestPage } from './page-kit.js';
import { HELDOUT560_A } from './pages-heldout560-a.js';
import { HELDOUT560_B } from './pages-heldout560-b.js';
import { HELDOUT560_C } from './pages-heldout560-c.js';
import { HELDOUT560_C2 } from './pages-heldout560-c2.js';
import { HELDOUT560_D } from './pages-heldout560-d.js';
import { HELDOUT560_D2 } from './pages-heldout560-d2.js';
import { HELDOUT560_E } from './pages-heldout560-e.js';
import { HELDOUT560_F } from './pages-heldout560-f.js';

/**
 * Held-out batch 560, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an escape room's story and booking
 * page on WordPress with Elementor Pro, an axe-throwing venue's house rules on Squarespace 7.1, an escape game venue's FAQ on Wix
 * (FAQ widget), a corporate team building page on Webflow, a gift voucher product page on Shopify (Dawn), a long tips post on a
 * Ghost blog (Casper), a room review thread on a Discourse forum (crawler view), a wiki article on an escape room venue on
 * MediaWiki (Vector 2022), a games hall's birthday party page on Next.js (App Router), a laser tag centre's rules page in an old
 * FrontPage table layout, an axe-throwing league page on HubSpot CMS, and an escape room company's booking terms on Duda.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or intro under the h1 is body; a venue's room facts (players, minutes,
 * difficulty, age) and a wiki infobox are furniture, as are eyebrow labels over the h1, star ratings and review counts,
 * testimonials, client-logo strips, "more rooms" cards and call-to-action boxes ("Ready to book?", "Still have questions?")
 * with their buttons; the heading of a booking widget or form box ("Book …", "Ask for a quote", "Save your spot") is
 * furniture and the form's labels are furniture, while its input, select and submit values are in no list; prices, packages
 * and their included items written in the article (cards, lists, tables) are body, the price, variant labels, quantity and
 * buttons of a shop's buy box are furniture; a product's description and its collapsible tabs (Dawn `<details>`, closed) are
 * body, the tab titles headings; FAQ questions are body entries (each before its answer) when the template renders them as
 * buttons, and FAQ category titles in h2 are headings; package and feature card titles in h3 are headings; a table data row
 * is one body entry, its cells joined with a space, and header cells are in no list; on the old table layout page the bold
 * font-tag section titles are headings and the bold font-tag page title is the title; forum posts are body, a quote inside a
 * reply is a body entry of that reply, spoiler-blurred text is body, user names (also as quote headers) and post times are
 * bylines, like counts, post numbers, the category badge, tags and the related-topics table (titles, view counts) furniture;
 * dates on related-post cards and in related-topic tables are bylines; a Ghost callout card and a blockquote in the post are
 * body, the tag and reading time furniture; wiki reference markers stay in the paragraph text ("[1]"), the References heading
 * is a heading and each reference is a body entry without its "↑" backlink, the "[edit]" links, TOC and page tabs are
 * furniture, the "last edited" line a byline; a "Last reviewed" or "Last updated" line is a byline; text hidden by the
 * template's own CSS (visually-hidden screen-reader spans, Webflow form success/failure messages, Wix "top of page" anchors,
 * MediaWiki's printfooter) is in no list, like text in hidden elements; furniture texts that also occur in the title, a
 * heading or a body entry (a menu item "Rooms", a tag "sci-fi", a label "Group size") are left out of furniture.
 */
export const HELDOUT560_PAGES: readonly TestPage[] = [
  ...HELDOUT560_A,
  ...HELDOUT560_B,
  ...HELDOUT560_C,
  ...HELDOUT560_C2,
  ...HELDOUT560_D,
  ...HELDOUT560_D2,
  ...HELDOUT560_E,
  ...HELDOUT560_F,
];
