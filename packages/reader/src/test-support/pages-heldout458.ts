import type { TestPage } from './page-kit.js';
import { HELDOUT458_A } from './pages-heldout458-a.js';
import { HELDOUT458_B } from './pages-heldout458-b.js';
import { HELDOUT458_C } from './pages-heldout458-c.js';
import { HELDOUT458_C2 } from './pages-heldout458-c2.js';
import { HELDOUT458_D } from './pages-heldout458-d.js';
import { HELDOUT458_D2 } from './pages-heldout458-d2.js';
import { HELDOUT458_E } from './pages-heldout458-e.js';
import { HELDOUT458_F } from './pages-heldout458-f.js';

/**
 * Held-out batch 458, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a foundry's typeface page on Webflow
 * (CMS template) with a type tester, "in use" captions, a buy list and a newsletter footer; a foundry's specimen page on Next.js
 * (app router, Tailwind) whose prose sits between a type tester, a size waterfall and a glyph grid; a font licence (EULA) page
 * on Squarespace 7.1 with a cookie banner and a newsletter block; an open-source font's release notes on Hugo with the Docsy
 * theme (sidebar, page TOC, feedback box); a typography essay on Ghost (Casper) with a feature image, a members box and "read
 * more" cards; a font marketplace listing on Shopify (Dawn) with a licence picker, reviews and related products; a Google
 * Fonts-style family page, an Angular app with Material components, styles list and designer card; a type design tutorial on
 * WordPress with Hello Elementor and Elementor Pro templates, a code block, an author box and comments; a typography essay in a
 * Substack newsletter with its in-post subscribe box and comments; a type-critique thread on Discourse (rendered Ember DOM) with
 * a topic map and suggested topics; a typeface article on a MediaWiki wiki (Vector 2022) with an infobox and references; and a
 * foundry's release note on an early-2000s table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle or lead under the h1 is body; type-tester texts, sample lines of a
 * specimen or a styles list, size labels and style names are furniture, and the glyph grid's single characters are in no list
 * (like images); a typeface page's specification list (dt terms and dd values) is article body, while prices, licence options,
 * "Add to cart" and buy rows are furniture; a marketplace listing's description is the article, its vendor line (the designer)
 * a byline, its reviews furniture, and a closed `<details>` tab (Shopify's "Refunds") counts as hidden, its summary furniture;
 * a licence's "Last revised" line, a release's "Released ..." line, a wiki's "last edited" footer line, a post's signature
 * ("— Harriet & Jim") and a font page's "Designed by ..." line are bylines; release-note version headings, their h3 groups and
 * a Docsy alert's heading are headings; a Google Fonts-style page's "About" and "License" texts are the article, the designer
 * card furniture; an essay's in-post subscribe box (Substack) is furniture; comments under an essay or tutorial are furniture,
 * commenter names and dates included, while a forum thread's posts are body and its user names and dates bylines; a wiki
 * infobox's data cells are body (its label cells in no list, its image caption furniture), and its references are body with
 * their "^" back-link; code blocks are in no list; eyebrow labels above an h1 ("Retail typeface", "Specimen No. 7") are furniture; the table-layout
 * page has no h1, its news h2 is the title; counts (likes, replies, views, read times) are furniture; a furniture or
 * byline text that is also part of the title, a heading or a body entry is dropped by the kit's `settle`, which also keeps
 * each text once.
 */
export const HELDOUT458_PAGES: readonly TestPage[] = [
  ...HELDOUT458_A,
  ...HELDOUT458_B,
  ...HELDOUT458_C,
  ...HELDOUT458_C2,
  ...HELDOUT458_D,
  ...HELDOUT458_D2,
  ...HELDOUT458_E,
  ...HELDOUT458_F,
];
