import type { TestPage } from './page-kit.js';
import { HELDOUT634_A } from './pages-heldout634-a.js';
import { HELDOUT634_A2 } from './pages-heldout634-a2.js';
import { HELDOUT634_B } from './pages-heldout634-b.js';
import { HELDOUT634_B2 } from './pages-heldout634-b2.js';
import { HELDOUT634_C } from './pages-heldout634-c.js';
import { HELDOUT634_C2 } from './pages-heldout634-c2.js';
import { HELDOUT634_D } from './pages-heldout634-d.js';
import { HELDOUT634_D2 } from './pages-heldout634-d2.js';
import { HELDOUT634_E } from './pages-heldout634-e.js';
import { HELDOUT634_F } from './pages-heldout634-f.js';

/**
 * Held-out batch 634, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a circus school's kids' class page
 * on Squarespace 7.1 with an announcement bar, image caption, button blocks and a newsletter block; a children's magician's
 * party packages page on Wix with package cards, "Book This Package" buttons and a testimonial strip; a children's entertainers'
 * booking terms page on WordPress with Elementor (Hello theme, theme-builder header and footer, a hidden Complianz banner);
 * a circus teachers' forum thread on Discourse in its server-rendered crawler view with like counts and related topics; a youth
 * circus blog post on Ghost (Casper) with excerpt, byline, captioned feature image, signup box and read-more cards; a party host
 * FAQ page on Shopify (Dawn) with an accordion of questions, announcement bar and newsletter footer; a circus arts wiki article
 * on MediaWiki (Vector 2022) with a table of contents, infobox, a props table and categories; a local news article on a Next.js
 * news site with standfirst, byline, share bar, ads, a "Read more" box, newsletter and most-read rail; a children's entertainer's
 * "how a party works" page on Webflow with step cards and an enquiry form; a youth circus coaches' rigging checks page on Hugo
 * (Docsy) with a section sidebar, page TOC, inspection table, feedback widget and last-modified line; an entertainment agency
 * blog post on HubSpot CMS with a CTA image, topics line, recent posts and a subscribe form; and a clown's prices page in an
 * old FrontPage table layout with a marquee, left menu, price table and visitor counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, lead or excerpt under the h1 is body; on service pages the
 * package, step or FAQ titles written as headings (Wix package names, Webflow step titles, Shopify accordion questions) are
 * headings and their prices, feature lists and answers body, while "Book This Package", "Check a date" and similar buttons are
 * furniture; a table's data rows are body, one entry a row with its cells joined by spaces, and its header row (th cells, or the
 * table layout's shaded first row) is in no list; tables outside the article (Discourse's related topics) are furniture,
 * header cells included; a "Last updated" line under a terms page's h1, Docsy's "Last modified ...: commit message" line and
 * MediaWiki's "This page was last edited" line are bylines, as is an author's job title under the name ("Local Democracy
 * Reporter") and a signature at the end of a page ("Honk honk! Uncle Dandelion"); on the forum thread every post is body and
 * each user name and post time is a byline, the post numbers and like counts furniture; reading time, tag and category
 * labels, image captions with their credits, testimonial strips after the page content, contact prompts after the article
 * (Shopify's "Still have a question?" box, Elementor's "Ready to book?" strip), CTA buttons inside a post, infobox rows and
 * captions, tables of contents and edit links are furniture; screen-reader-only texts (visually-hidden spans, Wix's "top of
 * page" / "bottom of page") are furniture, while text that the platform's own stylesheet keeps hidden until something
 * happens (Webflow's w-form-done / w-form-fail messages, Docsy's feedback responses, the Complianz banner with its
 * cmplz-hidden class) is in no list, like elements with the hidden attribute; form labels are furniture, form control values
 * and placeholders in no list; text inside a closed <details> (Shopify's FAQ answers and search form) counts as shown;
 * furniture and byline texts that also occur as whole words in the title, a heading or a body
 * entry are left out (the kit's `done` applies this to every page).
 */
export const HELDOUT634_PAGES: readonly TestPage[] = [
  ...HELDOUT634_A,
  ...HELDOUT634_A2,
  ...HELDOUT634_B,
  ...HELDOUT634_B2,
  ...HELDOUT634_C,
  ...HELDOUT634_C2,
  ...HELDOUT634_D,
  ...HELDOUT634_D2,
  ...HELDOUT634_E,
  ...HELDOUT634_F,
];
