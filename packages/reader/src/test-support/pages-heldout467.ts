import type { TestPage } from './page-kit.js';
import { HELDOUT467_A } from './pages-heldout467-a.js';
import { HELDOUT467_B } from './pages-heldout467-b.js';
import { HELDOUT467_C } from './pages-heldout467-c.js';
import { HELDOUT467_D } from './pages-heldout467-d.js';
import { HELDOUT467_E } from './pages-heldout467-e.js';
import { HELDOUT467_E2 } from './pages-heldout467-e2.js';
import { HELDOUT467_F } from './pages-heldout467-f.js';

/**
 * Held-out batch 467, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a free stock photo detail page on
 * a Next.js photo site, a paid stock photo sold as a WooCommerce product (WordPress, Storefront), an illustrator's picture-book
 * portfolio item on Squarespace 7.1, an illustration studio's case study on Webflow, an icon set product page on Shopify
 * (Dawn), a curated harbour photo collection on Drupal 10 (Olivero), a Standard / Extended licence explainer in a Zendesk
 * Help Center (Copenhagen) with a comparison table, an icon project's licensing help page on MediaWiki (Vector 2022), a
 * contributor's long keyword post on Ghost (Casper), a contributor's texture-pack post on WordPress with Elementor Pro and
 * comments, a photo critique thread on Discourse with a quote, and a landscape critique thread on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a stock photo or product page the photo's or product's h1 is the title and its
 * description (the short description and the Description tab on WooCommerce, the description with its "what is included" list
 * on Shopify) is body, while price, licence selector, buttons, SKU / category / tag lines, view and download counts, camera,
 * place and licence facts, tags, tab labels (and the "Description" h2 repeating its tab) and related items are furniture; the
 * photographer's name and "Published on" date are bylines; text in hidden tab panels (WooCommerce's Additional information and
 * Reviews) and in closed `<details>` accordion panels (Shopify's Delivery / Refunds) is in no list, their visible tab or summary
 * labels furniture; screen-reader-only labels (visually-hidden, screen-reader-text, sr-only, Vector's icon labels) are in no
 * list except skip links, which are furniture; a portfolio item's facts (client, year, services, the "Picture book ·
 * publisher · year" line) and image captions are furniture, prev / next project links furniture; a dek or excerpt under the h1
 * is body; a Ghost callout card inside the post is body, the italic author bio closing the post furniture; a collection's
 * intro and its curator's notes are body with the note titles as headings, "Curated by" and the curator's name bylines, the
 * thumbnail grid furniture; a table's data rows are body, one entry a row with its cells joined by a space, header cells in no
 * list; a MediaWiki notice box inside the content is body, the "last edited" footer line a byline, edit-section links, the
 * sidebar contents (its section numbers in no list) and categories furniture, and the wiki's "Help:Licensing" h1 is the title
 * as shown; the Zendesk author, time and "Updated" label are bylines; WordPress comments under a post are furniture, their
 * commenters and comment dates bylines; on forums every post's text is body (a phpBB post's paragraphs split at blank lines),
 * quoted text is a body entry of its own ahead of the reply, quote attributions ("arnemoe:", "Dunlin wrote:") are bylines as
 * are user names, post dates and phpBB's "by user » date" lines, while ranks, post counts, join dates, signatures, like
 * counts, "Re:" subjects, attachment names and sizes, the topic map and suggested topics are furniture; phpBB's topic h2 is
 * the title and the board name h1 furniture; bare counts that are also words of a body entry are left out like other texts.
 */
export const HELDOUT467_PAGES: readonly TestPage[] = [
  ...HELDOUT467_A,
  ...HELDOUT467_B,
  ...HELDOUT467_C,
  ...HELDOUT467_D,
  ...HELDOUT467_E,
  ...HELDOUT467_E2,
  ...HELDOUT467_F,
];
