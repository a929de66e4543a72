import type { TestPage } from './page-kit.js';
import { HELDOUT460_A } from './pages-heldout460-a.js';
import { HELDOUT460_A2 } from './pages-heldout460-a2.js';
import { HELDOUT460_B } from './pages-heldout460-b.js';
import { HELDOUT460_B2 } from './pages-heldout460-b2.js';
import { HELDOUT460_C } from './pages-heldout460-c.js';
import { HELDOUT460_D } from './pages-heldout460-d.js';
import { HELDOUT460_E } from './pages-heldout460-e.js';
import { HELDOUT460_F } from './pages-heldout460-f.js';

/**
 * Held-out batch 460, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a copperline tetra species profile
 * on a fishkeeping wiki (MediaWiki, Vector legacy) with an infobox, contents box and references, a banded dune skink species
 * profile on a reptile breeder's Elementor site (Hello Elementor, Complianz banner), a 300 litre reef build journal thread on
 * XenForo 2 with quotes, signatures and reactions, a planted-tank build journal post on Ghost (Casper) with cards, a members box
 * and a read-more rail, a killifish egg question thread on phpBB (prosilver), a crested gecko question thread on Discourse with
 * an accepted solution and related topics, a dwarf cichlid pair livestock page on Shopify (Dawn), a western hognose livestock
 * page on BigCommerce (Cornerstone), a blue-tongued skink care sheet as a Squarespace 7.1 blog post, a fancy goldfish care sheet
 * on a free Wix site with its Wix banner, an aquarist society's open show results on an old hand-written table layout, and a
 * KH / GH / pH water chemistry guide on Hugo with the Docsy theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or standfirst under the h1 is body; table data rows are body, one entry a
 * row with the cells joined by spaces, and table header cells are in neither list; a wiki infobox (its rows, labels and image
 * caption) is furniture, as are the wiki's contents box (its numbered entries), "edit" section links, categories and "From ..."
 * tagline, while the wiki's References section is a heading and its reference items body (inline reference marks stay inside
 * their paragraphs); the wiki footer's "last edited" line and the Docsy "Last modified" line are bylines (the commit link after
 * it furniture), as is the table-layout site's "Page last updated" line; a callout or alert box inside the article text (the
 * Ghost callout card, the Docsy alert) is body, its own heading a heading; on forum threads every post's text (and a quoted
 * passage inside a post) is body, user names, post dates, the "Thread starter" name and start date and the "X said:" quote
 * attribution are bylines, while user titles, join dates, post counts, locations, post numbers, signatures, reactions, reply /
 * quote / report buttons, the phpBB "Re: ..." post subjects, the Discourse "Solution" badge and topic-map counts are furniture;
 * on a shop's livestock page the product title is the title and the description (its paragraphs, lists and care table) is body,
 * while price, brand / "bred by" label, SKU, stock, variant labels, quantity, add-to-cart, tabs, tax and shipping lines and
 * recommendations are furniture, and the text inside a closed <details> accordion is hidden (only its summary is furniture);
 * a reading-time label is furniture; visually-hidden screen-reader labels (u-srOnly, visually-hidden, sr-only, Wix's "top of
 * page") are furniture; the MediaWiki print footer ("Retrieved from ...", hidden on screen) is in neither list; a care sheet's
 * author bio and the rescue's newsletter block are furniture; a figure caption is furniture even on a hand-written page.
 */
export const HELDOUT460_PAGES: readonly TestPage[] = [
  ...HELDOUT460_A,
  ...HELDOUT460_A2,
  ...HELDOUT460_B,
  ...HELDOUT460_B2,
  ...HELDOUT460_C,
  ...HELDOUT460_D,
  ...HELDOUT460_E,
  ...HELDOUT460_F,
];
