import type { TestPage } from './page-kit.js';
import { HELDOUT609_A } from './pages-heldout609-a.js';
import { HELDOUT609_A2 } from './pages-heldout609-a2.js';
import { HELDOUT609_B } from './pages-heldout609-b.js';
import { HELDOUT609_C } from './pages-heldout609-c.js';
import { HELDOUT609_D } from './pages-heldout609-d.js';
import { HELDOUT609_E } from './pages-heldout609-e.js';
import { HELDOUT609_F } from './pages-heldout609-f.js';

/**
 * Held-out batch 609, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an engraving price guide on a
 * trophy shop's WordPress blog (GeneratePress) with a price table, sidebar, comments and a Complianz cookie banner; a club
 * awards order page on Shopify (Dawn) with a discount table and a quote form; a short glass engraving care page on
 * Squarespace 7.1; a sign engraving services page built with Wix (rich-text blocks in column strips, a gallery and a quote
 * form); a laser-versus-rotary article on a Webflow CMS blog with author row, share links and related posts; a workshop story
 * about engraving marathon medals on Ghost (Casper) with a members sign-up box; a bowls league's perpetual trophy return and
 * re-engraving notice on Drupal 10 (Olivero); an artwork preparation article in a HubSpot knowledge base; a Discourse thread
 * (crawler view) on fibre laser settings for anodised plates; an engraving font guide on a Next.js (App Router, Tailwind)
 * shop with an "On this page" rail; a family trophy shop's table-layout FrontPage page on perpetual shields; and a MediaWiki
 * (Vector legacy) article on pantograph engraving.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined with a space, while
 * table header cells are in no list; a dek or summary under the h1 is body; list items (steps, price lists, do / don't
 * lists) are body one an item, with their bold lead-ins; a definition list's terms and definitions are both body, one entry
 * each; a tip callout inside the article text is body; a pull quote set as a blockquote in a post is body; service cards on a
 * services page are part of the article (card titles are headings, card texts body); a forum thread's opening post title is
 * the title, every post is body, user names and post times are bylines, like counts, tags, category badge and related topics
 * (titles, counts, activity) are furniture; call-to-action buttons and boxes inside or under the article (Get a fixed
 * quote, Download the spreadsheet template, Shop engraved glass, Ask an engraver with its "Still not sure?" box), quote
 * forms and their labels, newsletter boxes, promo boxes (the table-layout page's NEW! box), photo gallery captions and
 * figure captions are furniture; comments under a blog post are furniture, their authors and times included; reading
 * times and category labels are furniture; a knowledge base "Last updated" line, a Drupal author and date line, and a wiki's
 * "last edited" footer line are bylines; screen-reader-only texts (skip links, visually hidden labels such as Log in, Cart,
 * Sticky header, Main navigation) are furniture, while text in `hidden` / display:none elements or aria-hidden separators is
 * in no list; a wiki infobox (labels and values), contents box (with its numbers), edit links, citation back-links and
 * reference list are furniture, and citation markers ([1]) are in no list; a furniture text whose words also occur as a run
 * in the title, a heading or a body entry is left out (so single-word menu items such as Engraving or Trophies are often
 * absent from the furniture list); the table-layout page's title, set in a bold font tag rather than a heading, is the title.
 */
export const HELDOUT609_PAGES: readonly TestPage[] = [
  ...HELDOUT609_A,
  ...HELDOUT609_A2,
  ...HELDOUT609_B,
  ...HELDOUT609_C,
  ...HELDOUT609_D,
  ...HELDOUT609_E,
  ...HELDOUT609_F,
];
