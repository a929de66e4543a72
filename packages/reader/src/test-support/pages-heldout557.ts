import type { TestPage } from './page-kit.js';
import { HELDOUT557_A } from './pages-heldout557-a.js';
import { HELDOUT557_A2 } from './pages-heldout557-a2.js';
import { HELDOUT557_B } from './pages-heldout557-b.js';
import { HELDOUT557_C } from './pages-heldout557-c.js';
import { HELDOUT557_D } from './pages-heldout557-d.js';
import { HELDOUT557_E } from './pages-heldout557-e.js';
import { HELDOUT557_F } from './pages-heldout557-f.js';

/**
 * Held-out batch 557, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a solar installer's survey and
 * quote page built with Elementor (Hello Elementor, CookieYes, an Elementor form), a long grant and export tariff explainer on
 * a WordPress Astra blog with a sidebar and comments, an installation case study on a Squarespace 7.1 blog, a heat pump grant
 * explainer on Webflow with an FAQ and hidden form states, a battery retrofit case study on a Wix blog, a battery sizing guide
 * on a Shopify (Dawn) store blog with a product card and comment form, a heat pump survey walkthrough on a HubSpot CMS blog with
 * a CTA and cookie banner, an installer's depot news post on Ghost (Casper), a help-centre article on comparing quotes on a
 * Next.js marketplace, a short co-op group-buy notice on Hugo (PaperMod), a radiator sizing thread on Discourse (crawler view)
 * and a heat pump tariffs page on MediaWiki (Vector 2022).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary or excerpt under the h1 (Elementor, Webflow, Ghost, Next.js, Hugo) is
 * body; table data rows are body, one entry a row with its cells' texts joined by a space, and header cells are in no list; a
 * table caption ("Rates checked on ...") is furniture like a figure caption; on a page built of page-builder sections
 * (Elementor) the article is the run of sections from the h1 to the last content section, and the survey form with its heading,
 * field labels, consent line and button, the testimonial carousel and the hero button are furniture; form controls' values and
 * placeholders are in no list; FAQ questions written as h3 are headings and their answers body; a quote block in a case study
 * and its attribution line are body; a tip callout inside the article (Next.js) is body with its "Tip" label; a product card
 * embedded in a blog post (Shopify) and CTA buttons or cards in or after the article are furniture; comments under an article
 * are furniture with their authors and dates; a forum thread's posts are body, each poster's name and post time bylines, and
 * likes, tags, post numbers and the related-topics table (titles, counts, dates) furniture; reading-time lines ("2 min read"),
 * a role badge beside an author name are bylines and furniture respectively, and a Hugo meta line (date · read time · author)
 * is one byline; screen-reader-only texts (skip links, "Log in", "Cart", Wix's "top of page") are furniture, while texts in
 * hidden elements (Webflow's w-form-done / w-form-fail, the hidden Squarespace submission text) are in no list; a wiki's "See
 * also" list is body and its heading a heading, its table of contents, edit links, page tabs, tools, categories, "From
 * EnergyWiki" and the print footer furniture, and "This page was last edited on ..." a byline; the author and role under a
 * Webflow post are a byline and furniture; furniture texts that also occur, as whole words, in the title, a heading or a body
 * entry are left out (the kit's `finish`).
 */
export const HELDOUT557_PAGES: readonly TestPage[] = [
  ...HELDOUT557_A,
  ...HELDOUT557_A2,
  ...HELDOUT557_B,
  ...HELDOUT557_C,
  ...HELDOUT557_D,
  ...HELDOUT557_E,
  ...HELDOUT557_F,
];
