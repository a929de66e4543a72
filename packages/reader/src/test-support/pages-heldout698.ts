import type { TestPage } from './page-kit.js';
import { HELDOUT698_A } from './pages-heldout698-a.js';
import { HELDOUT698_A2 } from './pages-heldout698-a2.js';
import { HELDOUT698_B } from './pages-heldout698-b.js';
import { HELDOUT698_B2 } from './pages-heldout698-b2.js';
import { HELDOUT698_C } from './pages-heldout698-c.js';
import { HELDOUT698_D } from './pages-heldout698-d.js';
import { HELDOUT698_D2 } from './pages-heldout698-d2.js';
import { HELDOUT698_E } from './pages-heldout698-e.js';
import { HELDOUT698_F } from './pages-heldout698-f.js';

/**
 * Held-out batch 698, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Apple Day event page on WordPress
 * (GeneratePress with The Events Calendar), an apple variety article on a MediaWiki fruit wiki (Vector legacy) with an infobox,
 * a community press's booking page on Squarespace 7.1 with a form block, a forum thread on Discourse (crawler view) about using a
 * garden shredder as a scratter, an orchard group's winter-pruning diary post on Ghost (Casper), a cidery's blending article on
 * Shopify (Dawn) with comments, a council guide page on community orchard volunteering on LocalGov Drupal, a long grafting guide
 * on Hugo (PaperMod) with a rootstock table, a local news report of an apple day on a Next.js news site, a press hire page built
 * with Elementor, a cider-apple variety page from a Webflow CMS collection, and a pressing-days page on an old table-layout site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or description under the h1 (Ghost excerpt, PaperMod description, news
 * standfirst) is body; an event's schedule line and cost under the h1 are body (the event's time, not a publication date), and
 * so is The Events Calendar's meta module (its Details / Venue / Organizer titles are headings, each label with its value one body
 * entry), except its event category, which is a tag and furniture, and its "+ Google Map" link; a fact box about the subject (the
 * wiki infobox rows, the Webflow spec grid) is body, one entry a label with its value, while the infobox image caption is
 * furniture; every table row, the header row included, is one body entry with its cells joined by spaces; a price list item is
 * one body entry for its title and price and one for its description; accordion / toggle questions and answers (Elementor) are
 * body, one entry each, though the answers start collapsed; the guide title is the title of a LocalGov guide page and the page's
 * own h2 a heading; bold-only section labels on the table-layout page are headings; a wiki hatnote, contents box, edit links,
 * categories and print footer are furniture, its references body (inline [1] markers stay in their paragraphs); "This page was
 * last edited" and "Last updated:" with its date are bylines; reading times ("4 min read", "7 min") are furniture, and PaperMod's
 * meta line gives its date and author as bylines; forum user names and post times are bylines, like counts, post numbers,
 * category, tags and the related-topics table (titles, counts, dates) furniture; comments under a shop article are furniture,
 * their author names and dates included; form labels, help texts and required marks are furniture, while input values, select
 * options and placeholders are in no list, and buttons or links inside the article (Sign up to volunteer, Check availability) are
 * furniture; text hidden only by the site stylesheet (skip links, wiki jump links, visually hidden labels such as Shopify's
 * "Cart") counts as visible furniture, while text under a `hidden` class or attribute, aria-hidden, inline display:none, or inside
 * a closed <details> (Shopify's share fallback) is in no list; punctuation-only pieces (edit brackets, bullets, "↑") are in no
 * list; a menu item or tag that also occurs as words in the title, a heading or a body entry is left out of furniture.
 */
export const HELDOUT698_PAGES: readonly TestPage[] = [
  ...HELDOUT698_A,
  ...HELDOUT698_A2,
  ...HELDOUT698_B,
  ...HELDOUT698_B2,
  ...HELDOUT698_C,
  ...HELDOUT698_D,
  ...HELDOUT698_D2,
  ...HELDOUT698_E,
  ...HELDOUT698_F,
];
