import type { TestPage } from './page-kit.js';
import { HELDOUT586_A } from './pages-heldout586-a.js';
import { HELDOUT586_B } from './pages-heldout586-b.js';
import { HELDOUT586_B2 } from './pages-heldout586-b2.js';
import { HELDOUT586_C } from './pages-heldout586-c.js';
import { HELDOUT586_D } from './pages-heldout586-d.js';
import { HELDOUT586_E } from './pages-heldout586-e.js';
import { HELDOUT586_F } from './pages-heldout586-f.js';

/**
 * Held-out batch 586, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a blacksmith's commission page on
 * Squarespace 7.1 with an enquiry form block and a cookie bar, a forge course page on WordPress (Astra) with a dates table, a
 * sidebar and a booking button, a gate and railing care guide on a Wix Blog with share icons, recent posts and a comment box,
 * a pan seasoning article on a Shopify store blog (Dawn) with a share button and a comment form, a bladesmith's journal post on
 * Ghost (Casper) with an excerpt, image and callout cards, a sign-up band and read-more cards, a metalwork studio's process
 * page built in Webflow with step cards and a call-to-action band, a blacksmiths' guild news article on Drupal 10 (Olivero)
 * with tags and related news, a forge welding article on a MediaWiki wiki (Vector 2022) with a contents box, an infobox and
 * categories, an anvil rebound thread on Discourse (crawler view) with like counts and related topics, a makerspace forge
 * safety page in a Hugo Docsy docs site with a sidebar, page TOC and a warning alert, a local news article on a Next.js news
 * site about a railing restoration with a share bar, an inline read-more box, a newsletter box and a most-read rail, and a
 * blacksmith's fire screen page on an early-2000s table layout with font tags and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: furniture and byline texts that are part of the title, a heading or a body entry
 * (as whole words, case ignored) are left out of both lists, by the kit's `page()`; a dek, standfirst, excerpt or lead under
 * the h1 is body, while a kicker or eyebrow label above it (Webflow's "Process", the Courier's "Sallow Point") is furniture;
 * screen-reader-only text (visually-hidden, screen-reader-text spans and headings) is furniture, while elements with `hidden`,
 * `aria-hidden`, a `hidden` class or inside a closed `<details>` are in no list; a table data row is one body entry, its
 * cells' texts joined with a space, and table header cells are in no list (the related-topics table outside the Discourse
 * thread is furniture, header cells included); an author's role line under the byline is a byline, and so are the post dates
 * on "read more" cards; reading times, view, like and comment counts are furniture; a blockquote with its attribution is body;
 * a callout card inside the post (Ghost) is body, and a docs warning alert is body with its "Warning" heading a heading;
 * image captions and credits are furniture, and so are form labels and buttons in an enquiry, comment or newsletter form;
 * a call-to-action band or booking button after or inside the article is furniture; a wiki's infobox, contents box, "edit"
 * links, site notice and categories are furniture, and its "last edited" footer line is a byline; on a forum thread every
 * post's paragraphs are body and user names and post dates are bylines, while post numbers and like counts are furniture; on
 * the table-layout page the big bold font-tag title is the title and a bold paragraph standing alone as a subhead is a heading;
 * list items (the Squarespace steps included) are body one an item, with their bold lead-ins.
 */
export const HELDOUT586_PAGES: readonly TestPage[] = [
  ...HELDOUT586_A,
  ...HELDOUT586_B,
  ...HELDOUT586_B2,
  ...HELDOUT586_C,
  ...HELDOUT586_D,
  ...HELDOUT586_E,
  ...HELDOUT586_F,
];
