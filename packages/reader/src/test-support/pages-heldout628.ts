import type { TestPage } from './page-kit.js';
import { HELDOUT628_A } from './pages-heldout628-a.js';
import { HELDOUT628_A2 } from './pages-heldout628-a2.js';
import { HELDOUT628_B } from './pages-heldout628-b.js';
import { HELDOUT628_C } from './pages-heldout628-c.js';
import { HELDOUT628_D } from './pages-heldout628-d.js';
import { HELDOUT628_D2 } from './pages-heldout628-d2.js';
import { HELDOUT628_E } from './pages-heldout628-e.js';
import { HELDOUT628_F } from './pages-heldout628-f.js';

/**
 * Held-out batch 628, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a car valeting packages page on
 * WordPress with Elementor Pro (price-table widgets, testimonial carousel, CookieLawInfo bar), a windscreen chip repair explainer
 * on a Squarespace 7.1 blog, a motorhome habitation check page built with Wix, a motorhome forum thread on damp readings on
 * phpBB 3.3 (prosilver), a seat-cleaning article on a Shopify (Dawn) valeting supplies blog with comments, a ceramic coating
 * explainer on a Webflow CMS template, a long motorhome winter lay-up checklist on Ghost (Casper), a windscreen replacement
 * appointment guide on a Next.js chain site with an FAQ and a OneTrust banner, a fleet windscreen blog post on HubSpot CMS,
 * a leisure battery article on a MediaWiki (Vector 2022) owners' wiki with a table, a motorhome club news article on Drupal 10
 * (Olivero) with comments, and a one-man windscreen repairer's prices page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a furniture or byline text that also occurs, word for word, in the title, a heading
 * or a body entry is left out (applied mechanically by the kit's `gold`); a dek or excerpt under the h1 is body; on the
 * Elementor page each price card's name is a heading and its price, duration and feature items are body entries, its "Book
 * this valet" button furniture, and the testimonial carousel below the content is furniture; table data rows are one body
 * entry a row, their cells joined with a space, and header rows are in no list; FAQ questions in `<details>` summaries are
 * body entries, each followed by its answer, and the FAQ section's h2 is a heading; a callout inside the article that carries
 * its advice (Ghost's callout card) is body, while promotional boxes and calls to action inside or after it (HubSpot CTA,
 * "Shop the kit" product links, Squarespace button, Next.js courtesy car and booking boxes, Webflow CTA) are furniture;
 * reading-time labels ("6 min read") and category or tag labels above a title are furniture; forum posts are body, one entry
 * a paragraph (split at `<br><br>`), their user names and post times bylines, and the phpBB rank, post count, join date and
 * "Re:" subject lines furniture; comments under an article (Shopify, Drupal) are furniture but their author names and dates
 * bylines; a wiki's "See also" section is article (heading and items body), its edit links, table of contents, categories
 * and "From MotorhomeWiki" furniture, its "last edited" line a byline; texts hidden only by the site's stylesheet (Webflow's
 * form success and failure messages, MediaWiki's print footer) are in no list, while visually-hidden skip links and
 * screen-reader headings (Drupal's "Main navigation", "Breadcrumb", "Footer", Wix's "top of page") are furniture; the table
 * layout page's "Page last updated" line is a byline and its visitor counter furniture; image alt texts and form field
 * values are in no list.
 */
export const HELDOUT628_PAGES: readonly TestPage[] = [
  ...HELDOUT628_A,
  ...HELDOUT628_A2,
  ...HELDOUT628_B,
  ...HELDOUT628_C,
  ...HELDOUT628_D,
  ...HELDOUT628_D2,
  ...HELDOUT628_E,
  ...HELDOUT628_F,
];
