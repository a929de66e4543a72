import type { TestPage } from './page-kit.js';
import { HELDOUT679_A } from './pages-heldout679-a.js';
import { HELDOUT679_B } from './pages-heldout679-b.js';
import { HELDOUT679_B2 } from './pages-heldout679-b2.js';
import { HELDOUT679_C } from './pages-heldout679-c.js';
import { HELDOUT679_D } from './pages-heldout679-d.js';
import { HELDOUT679_E } from './pages-heldout679-e.js';
import { HELDOUT679_F } from './pages-heldout679-f.js';

/**
 * Held-out batch 679, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an auction house lot page on
 * Next.js (CSS modules, bid panel, OneTrust banner), a sale results post with a results table on WordPress (Astra theme, sidebar
 * widgets, comment form), a long consignment guide on Squarespace 7.1 (announcement bar, accordion FAQ, newsletter block), an
 * antique dealer's care article on Shopify (Dawn theme, share button, comment form), a silver dealer's "selling to us" page
 * built with Wix, an auction record press release on Drupal 10 (Olivero, figure caption, tags), a clock dealer's stock page in
 * an old table layout with font tags and no h1, a dealer's fair report on Ghost (Casper, member buttons, read-more cards), an
 * auction house buying guide on Webflow (collapsed FAQ, Finsweet cookie banner), an auction house blog post on HubSpot CMS
 * (CTA image, tags, related posts), a collectors' forum thread on buyer's premiums on Discourse (crawler view, related topics
 * table), and a trade wiki article on a defunct auction house on MediaWiki (Vector legacy, infobox, table of contents).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; on the lot page the lot number, the sale
 * name, the estimate and bid panel, the buyer's premium note, the shipping box and the specialist contact are furniture, the
 * sale date line a byline, and Description / Provenance / Condition report are headings; an article table's data row is one
 * body entry with its cells joined by a space, its header cells in neither list, while every cell of a furniture table (the
 * Discourse related topics) is furniture; FAQ and accordion questions are headings and their answers body even when collapsed
 * in the DOM (Squarespace aria-expanded="false", Webflow height:0); list items are one body entry each, with a bold lead-in as
 * part of the item; figure captions and photo credits are furniture; text hidden only by a stylesheet class (visually-hidden,
 * screen-reader-text, sr-only skip links and labels, Vector's portlet headings, MediaWiki's printfooter) counts as shown and is
 * furniture, while text under a hidden attribute or inside a closed details element (Shopify's share fallback), image alt
 * texts (the HubSpot CTA image) and texts without words (the Ghost callout emoji, "+" icons, bullets) are in no list; a
 * reading time is furniture; the table-layout page's bold font title is the title, its stock number and price line and its
 * enquiry links furniture and its "Page last updated" line a byline; on the forum every post is body, user names and post times
 * are bylines, and likes, category, tags and footer links furniture; the wiki infobox rows are furniture (like the lot facts),
 * its caption repeating the title and the table of contents entries repeating the headings are left out, "Contents", the
 * section edit links and the categories are furniture and the "last edited" line a byline; form labels and button labels are
 * furniture, input values and placeholders in no list; a quotation in a press release or blog post is body; a furniture text
 * equal to a word or phrase of the title, a heading or the body, compared without regard to case, is left out (Squarespace's
 * Sell, Buy and About menu items and Accept button, Wix's Shop and Email, Shopify's Furniture, the Drupal site name and its
 * Ceramics and Staffordshire tags, the HubSpot Watches tag, the wiki infobox values and labels that recur in the body).
 */
export const HELDOUT679_PAGES: readonly TestPage[] = [
  ...HELDOUT679_A,
  ...HELDOUT679_B,
  ...HELDOUT679_B2,
  ...HELDOUT679_C,
  ...HELDOUT679_D,
  ...HELDOUT679_E,
  ...HELDOUT679_F,
];
