import type { TestPage } from './page-kit.js';
import { HELDOUT656_A } from './pages-heldout656-a.js';
import { HELDOUT656_A2 } from './pages-heldout656-a2.js';
import { HELDOUT656_B } from './pages-heldout656-b.js';
import { HELDOUT656_C } from './pages-heldout656-c.js';
import { HELDOUT656_D } from './pages-heldout656-d.js';
import { HELDOUT656_E } from './pages-heldout656-e.js';
import { HELDOUT656_F } from './pages-heldout656-f.js';

/**
 * Held-out batch 656, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a long tree preservation order guide
 * on a tree surgeon's WordPress site (Astra theme, Complianz banner, sidebar, one comment), a short quote request page on Wix
 * with its form, a wildlife pond case study on Squarespace 7.1 (captions, quote block, author bio, newsletter), a tree surgery
 * FAQ built with Elementor on Hello Elementor (accordions under two group headings), an arborists' forum thread on Discourse
 * (crawler view, four posts), a hedge cutting and nesting birds post on Ghost (Casper, members box, read-more cards), a wiki
 * article on pollarding on MediaWiki (Vector 2022, TOC, references, categories), a pond liner buying guide on a Shopify store
 * (Dawn, comparison table, comment form), a local news report of a fine for felling protected oaks on a Next.js news site, a
 * natural swimming pond case study on Webflow (facts grid, more projects), a stump grinding explainer on a HubSpot CMS blog (CTA,
 * subscribe form, HubSpot cookie banner) and a crown reduction page on an old table-layout site (font tags, price table, counter).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; a table data row is one body entry,
 * its cells joined by spaces, and table header cells are in no list; a case study's facts grid is body, one entry a fact (label
 * and value joined by a space); a pull quote and its source line ("— Helen, Ashcombe") are body, and so is a callout card inside a
 * post's content; FAQ questions (the accordion h3s) and their group h2s are headings and the answers body, while the "Still have a
 * question?" box after them is furniture; on the quote request page the intro and the "What happens next" steps are body and the
 * form's heading, labels and button furniture (its hidden success message in no list); on the forum thread every post is body
 * (with the list inside one), user names and post dates bylines, likes, category, tags and the related-topics table furniture;
 * comments under an article are furniture with their authors' names and dates; an author's role under the byline ("Courts
 * reporter") and a "Written by" label are bylines, reading times, category and tag labels furniture; on the wiki the references
 * are body (without the "^" back-links) under the "References" heading, citation markers ([1]) are in no list, the TOC, edit
 * links, tagline, categories and "Retrieved from" line furniture and the "last edited" line a byline; bare numbers (post
 * positions, reply and view counts, TOC numbers) and image-only buttons are in no list; visually hidden but present texts (skip
 * links, screen-reader labels, Wix's "top of page") are furniture; each page's furniture and bylines are settled by the kit's
 * `settle`: each distinct text once, a text that is both left to the bylines, and a text the gold article already holds by
 * page-kit's `present` test (a menu item "Prices" equal to a heading, a breadcrumb repeating the title) left out of both lists.
 */
export const HELDOUT656_PAGES: readonly TestPage[] = [
  ...HELDOUT656_A,
  ...HELDOUT656_A2,
  ...HELDOUT656_B,
  ...HELDOUT656_C,
  ...HELDOUT656_D,
  ...HELDOUT656_E,
  ...HELDOUT656_F,
];
