import type { TestPage } from './page-kit.js';
import { HELDOUT601_A } from './pages-heldout601-a.js';
import { HELDOUT601_A2 } from './pages-heldout601-a2.js';
import { HELDOUT601_B } from './pages-heldout601-b.js';
import { HELDOUT601_C } from './pages-heldout601-c.js';
import { HELDOUT601_D } from './pages-heldout601-d.js';
import { HELDOUT601_E } from './pages-heldout601-e.js';
import { HELDOUT601_F } from './pages-heldout601-f.js';

/**
 * Held-out batch 601, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a building surveyors' Level 1 / 2 / 3
 * survey comparison page built with Elementor (Hello theme, Pro header and footer, Complianz banner) with a comparison table, a CTA
 * and a testimonial; a damp proofing firm's long damp explainer on WordPress with Astra (sidebar, post navigation, comments and
 * comment form); a surveyor's sample report summary on Squarespace 7.1 with a ratings table, a PDF button and a newsletter footer;
 * a short damp firm blog post on Wix (Wix Blog, share icons, view counts, recent posts, comments box); a damp and timber survey
 * service page on Webflow with an FAQ accordion and a quote form; a surveying practice's cavity-wall damp post on HubSpot CMS with
 * tags, a CTA, related posts and the subscribe form; a DPC injection how-to on a Shopify (Dawn) shop blog with a featured products
 * section; a short "valuation is not a survey" post on Ghost (Casper) with read-more cards; a homeowners' forum thread on Discourse
 * (crawler view) with a quote, likes and related topics; a trade association's guidance note on Drupal 10 (Olivero) with a
 * definition list and file fields; a wiki article on MediaWiki (Vector 2022) with an infobox, TOC and references; and a family
 * firm's rising damp page in an old hand-made table layout with font tags and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Elementor, Squarespace, Ghost) is body; a table's
 * data rows are body, one entry a row with its cells' texts joined by spaces (a row's own th included), its header row in no list;
 * FAQ questions written as h3 in an accordion are headings and their answers body, though the answers are collapsed by the
 * platform's script and stylesheet; a definition list's terms and definitions are each a body entry; a tip or warning blockquote
 * inside the article is body, its bold "Important:" label included; a wiki's lead, sections and reference list entries are body,
 * the "References" heading a heading, and citation markers ([1]) stay in their paragraph's text, while the backlink "^", the
 * infobox (label and value cells), the TOC, "[edit]" links, tabs, categories and "From BuildingsWiki" are furniture (bare TOC
 * numbers and edit brackets are in no list); the wiki's "last edited" line is a byline, its print-only "Retrieved from" line
 * (hidden on screen by the skin) in no list; visually hidden text meant for screen readers (skip links, "Search for:", "Log in",
 * "Cart", "Main navigation", "Breadcrumb", "Footer", Wix's "top of page") is furniture, while elements the platform keeps hidden
 * until an action (Webflow's form success and failure messages, Shopify's closed share fallback, Astra's "Cancel Reply") are in no
 * list; reading-time labels ("1 min read", "• 2 min read") and view, like and comment counts are furniture; comments under a blog
 * post are furniture with their commenters' names and dates, except a name that is also the post's author byline; on the forum
 * thread every post (the quoted text in a reply included) is body, user names and post dates are bylines, the category badge, tags
 * and the related topics table (titles, counts, activity) furniture; a Drupal node's author ("Technical Committee") and created
 * date are bylines, its reference number and file download fields furniture; product cards and prices, CTAs, testimonials and
 * newsletter boxes are furniture; figure captions (including the table layout's italic caption under its photo) are furniture;
 * menu items, tags and categories that equal a word or phrase of the title, a heading or the body (Home, Surveys, About, Buying,
 * Treatments, Condensation, Damp, Masonry, rising-damp, Guidance) are left out of furniture.
 */
export const HELDOUT601_PAGES: readonly TestPage[] = [
  ...HELDOUT601_A,
  ...HELDOUT601_A2,
  ...HELDOUT601_B,
  ...HELDOUT601_C,
  ...HELDOUT601_D,
  ...HELDOUT601_E,
  ...HELDOUT601_F,
];
