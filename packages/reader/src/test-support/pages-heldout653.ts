import type { TestPage } from './page-kit.js';
import { HELDOUT653_A } from './pages-heldout653-a.js';
import { HELDOUT653_A2 } from './pages-heldout653-a2.js';
import { HELDOUT653_B } from './pages-heldout653-b.js';
import { HELDOUT653_C } from './pages-heldout653-c.js';
import { HELDOUT653_D } from './pages-heldout653-d.js';
import { HELDOUT653_D2 } from './pages-heldout653-d2.js';
import { HELDOUT653_E } from './pages-heldout653-e.js';
import { HELDOUT653_F } from './pages-heldout653-f.js';

/**
 * Held-out batch 653, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a reptile shop's leopard gecko care
 * sheet on Shopify (Dawn blog article with a temperature table and comment form), a tortoise rescue's adoption page built with
 * Elementor on WordPress (Hello Elementor, CookieYes banner, cards of tortoises looking for homes), a hedgehog rescue's short
 * release news post on Squarespace 7.1 (image caption, prev / next, newsletter block), a hedgehog rescue's "found a hedgehog"
 * advice page on Wix (free-plan Wix banner, helpline strip), a reptile rescue's intake news article on Drupal 10 (Olivero, tags,
 * a comment and the comment form), a tortoise sanctuary's hibernation diary on Ghost (Casper, callout card, members box, read
 * more cards), a keepers' wiki care page on MediaWiki 1.39 (legacy Vector, infobox, maintenance box, TOC, references,
 * categories), a hedgehog keepers' forum thread on Discourse (four posts, a quote, suggested topics), a reptile shop's live
 * animal shipping page on Webflow (hero, rich text, FAQ dropdowns, CTA card, newsletter form), a tortoise rescue's long care
 * sheet on an old hand-written table layout with font tags, a hedgehog hospital's diary post on Hugo (PaperMod, closed TOC,
 * tags, prev / next), and a reptile supplier's corn snake care guide on Next.js (CSS modules, "At a glance" box, product cards,
 * OneTrust banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 is body; a table data row is one body
 * entry, its cells joined with a space, and the table's header cells are in neither list; a definition list of facts inside
 * the article ("At a glance") is body, one entry a term and its definition joined with a space, and its box title a heading,
 * while a MediaWiki infobox (a side table) and maintenance box are furniture; the cards of an adoption listing have their
 * animal names as headings and their descriptions as body, their "Ask about me" buttons furniture; the questions and the
 * answers of an FAQ accordion built from non-heading elements are body, one entry each, answers included although the
 * platform's stylesheet keeps them closed; a callout card inside the post is body (its emoji in no list); a forum thread's posts
 * are body, one entry a paragraph, a quoted passage in a reply is body too and its "name:" header counts as that user's byline;
 * reference list items are body and the "[1]" markers stay in their paragraphs; on the table-layout page the big bold centred
 * line is the title and the bold lines standing alone between paragraphs are headings, and the "Page last updated" line is a
 * byline, the hit counter text and webring furniture; a MediaWiki "last edited" footer line is a byline; reading time
 * ("4 min read") is furniture, but PaperMod's single meta line (date · reading time · author) is one byline; call-to-action
 * strips and cards outside the text column (the Wix helpline strip, the Webflow "Not sure which animal" card) are furniture;
 * screen-reader-only texts outside the article (skip links, Wix's "top of page", MediaWiki's "Navigation menu", Drupal's
 * "Main navigation" and "Breadcrumb") are furniture, while text the platform's own stylesheet or a `hidden` attribute keeps
 * off screen (MediaWiki's printfooter, Webflow's form success and failure messages, Squarespace's hidden submission text,
 * closed menus' duplicate items, the contents of a closed <details> such as Dawn's share fallback, the contents of PaperMod's
 * closed TOC) is in no list; product prices and like, reply and view
 * counts are in no list except the product prices on the Next.js page, which are furniture; form labels and button texts are
 * furniture, input values in no list; comments under an article (author, date, text) are furniture.
 */
export const HELDOUT653_PAGES: readonly TestPage[] = [
  ...HELDOUT653_A,
  ...HELDOUT653_A2,
  ...HELDOUT653_B,
  ...HELDOUT653_C,
  ...HELDOUT653_D,
  ...HELDOUT653_D2,
  ...HELDOUT653_E,
  ...HELDOUT653_F,
];
