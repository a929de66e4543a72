import type { TestPage } from './page-kit.js';
import { HELDOUT676_A } from './pages-heldout676-a.js';
import { HELDOUT676_B } from './pages-heldout676-b.js';
import { HELDOUT676_C } from './pages-heldout676-c.js';
import { HELDOUT676_D } from './pages-heldout676-d.js';
import { HELDOUT676_E } from './pages-heldout676-e.js';
import { HELDOUT676_E2 } from './pages-heldout676-e2.js';
import { HELDOUT676_F } from './pages-heldout676-f.js';

/**
 * Held-out batch 676, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a gymnastics club's recreational
 * class page on Squarespace 7.1 with a timetable table, a club championships results post on WordPress (GeneratePress) with
 * score tables, a sidebar and comments, a cheer club's safeguarding and welfare policy on Wix, a trampoline club's squad
 * selection news post on Ghost (Casper), an all-star cheer gym's tryouts page on Webflow with a registration form, a parents'
 * forum thread on Discourse (crawler view), a back handspring progression page on a coaches' MediaWiki (Vector 2022), a
 * trampoline association's league entry notice on Drupal 10 (Olivero) with a categories table, a cheer kit shop's uniform
 * ordering article on Shopify (Dawn) with product cards, a trampoline badge guide on Hugo (PaperMod) with a table of contents
 * and FAQ, an all-star cheer gym's competition-day blog post on HubSpot CMS with related posts, and a village gymnastics
 * club's news page in an old FrontPage table layout with a marquee and hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or description under the h1 (Squarespace intro, Ghost
 * excerpt, Webflow hero paragraph, PaperMod description) is body, while an eyebrow label above the h1 ("All-star cheer") is
 * furniture; a table data row is one body entry, its cells joined with " | ", and table header cells are in neither list
 * (timetable, score tables, categories, wiki faults table); a results list of trophies is body; on an old table layout
 * without an h1 the club's h2 news title is the title; comments under an article are furniture as a whole, so commenters'
 * names and comment dates are furniture, not bylines; on the forum thread every post is body, usernames, shown full names
 * "(Full Name)" and post times are bylines, like counts, category badge, tags and the related-topics table (titles, counts,
 * activity months, header cells) are furniture; dates of related-post cards (Ghost) are bylines; a reading-time or word-count
 * piece standing alone (Ghost "• 2 min read") is furniture, but PaperMod's one-line post meta (date · reading time · words ·
 * author) is one byline; "Last reviewed", "Posted", "Last updated" and MediaWiki's "This page was last edited" lines are
 * bylines; a contact or welfare-officer box after the article (Wix) is furniture; form labels, form headings and CTA bands
 * are furniture, button values of inputs are in no list; visually-hidden screen-reader text (skip links, "Search for:",
 * Drupal's "Main navigation" and "Breadcrumb", Shopify's "Cart" and "Regular price") is furniture, while text the platform's
 * own stylesheet keeps hidden until an event (Webflow's form success / failure messages, Squarespace's newsletter "Thank
 * you!", MediaWiki's printfooter and table-of-contents numbers) and elements with the hidden attribute or class are in no
 * list; MediaWiki's "From Harbour Lights Coaches Wiki" tagline is furniture; a table of contents whose entries repeat the
 * headings contributes only its label and "(Top)"; a hit counter's image number is in no list, its "You are visitor
 * number" text furniture; nav items and tags that also occur as words in the title or body are left out of furniture.
 */
export const HELDOUT676_PAGES: readonly TestPage[] = [
  ...HELDOUT676_A,
  ...HELDOUT676_B,
  ...HELDOUT676_C,
  ...HELDOUT676_D,
  ...HELDOUT676_E,
  ...HELDOUT676_E2,
  ...HELDOUT676_F,
];
