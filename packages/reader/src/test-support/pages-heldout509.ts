import type { TestPage } from './page-kit.js';
import { HELDOUT509_A } from './pages-heldout509-a.js';
import { HELDOUT509_A2 } from './pages-heldout509-a2.js';
import { HELDOUT509_B } from './pages-heldout509-b.js';
import { HELDOUT509_C } from './pages-heldout509-c.js';
import { HELDOUT509_C2 } from './pages-heldout509-c2.js';
import { HELDOUT509_D } from './pages-heldout509-d.js';
import { HELDOUT509_E } from './pages-heldout509-e.js';
import { HELDOUT509_F } from './pages-heldout509-f.js';

/**
 * Held-out batch 509, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an architect's barn conversion
 * case study on WordPress with Divi, an interior designer's services page on Squarespace 7.1, a landscape studio's awards news
 * post on Ghost (Casper), an architect's design process page on Webflow, a long planning-advice article on an architect's
 * HubSpot CMS blog, an interior designer's paint advice post on Wix Blog, a garden designer's pond article on a Shopify (Dawn)
 * journal, an architecture practice's competition news on Drupal 10 (Olivero) with a comment, a garden designer's fees page
 * with an FAQ accordion built with Elementor, a garden room planning thread on Discourse (crawler view), a landscape courtyard
 * case study on Next.js (App Router), and a one-man architect's conservation page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Divi, Ghost, the Next.js place and date line) and
 * a lead paragraph under the h1 are body; the kicker or eyebrow over the h1 ("Residential / Conversion", "Process", "Case
 * study", Ghost's primary tag) is furniture; a case study's project facts panel (location, client, size, contractor...) is
 * furniture, like the photography credit and the image captions; a client quote inside the case study and its attribution
 * line are body; services and fees with their prices are body, the call-to-action buttons ("Book a consultation", "Start a
 * conversation", "Get in touch") and call-to-action boxes after the article ("Have a project in mind?") are furniture, as are a
 * HubSpot CTA inside the body and the Shopify shop line closing the article ("... Shop the plan set"); FAQ accordion questions
 * not marked up as headings and their answers are body entries (Elementor), though the answers are collapsed until clicked;
 * numbered process steps' separate counters ("01" to "06") are furniture, their h3 titles headings; a table data row is one
 * body entry with its cells joined by spaces and the table header cells are in no list, while a related-topics table outside
 * the article (Discourse) is furniture with its header cells, counts and activity dates; reading times ("2 min read"), view,
 * comment and like counts are furniture, and the dates of related and read-more cards are furniture too, only the article's own
 * date being a byline; screen-reader-only texts (skip links, "Log in", "Cart", "Main navigation", "Breadcrumb", Wix's "top of
 * page") are furniture, while texts hidden by `hidden` or by the template's hidden form states (Webflow's w-form-done and
 * w-form-fail messages) and the aria-hidden duplicate of a menu are in no list beyond the visible menu; form labels and
 * required marks are furniture, form values and placeholders in no list; on the Discourse thread every post is body, the
 * user names and post times bylines, the post numbers, like counts, category and tags furniture; on the Drupal news page
 * the visitor comment is furniture and its author and time bylines; a "Last updated" line is a byline; the old table layout's
 * visitor counter and the italic caption under its text are furniture, and its bold font-tag heading is the title.
 */
export const HELDOUT509_PAGES: readonly TestPage[] = [
  ...HELDOUT509_A,
  ...HELDOUT509_A2,
  ...HELDOUT509_B,
  ...HELDOUT509_C,
  ...HELDOUT509_C2,
  ...HELDOUT509_D,
  ...HELDOUT509_E,
  ...HELDOUT509_F,
];
