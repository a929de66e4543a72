import type { TestPage } from './page-kit.js';
import { HELDOUT539_A } from './pages-heldout539-a.js';
import { HELDOUT539_A2 } from './pages-heldout539-a2.js';
import { HELDOUT539_B } from './pages-heldout539-b.js';
import { HELDOUT539_B2 } from './pages-heldout539-b2.js';
import { HELDOUT539_C } from './pages-heldout539-c.js';
import { HELDOUT539_D } from './pages-heldout539-d.js';
import { HELDOUT539_E } from './pages-heldout539-e.js';
import { HELDOUT539_E2 } from './pages-heldout539-e2.js';
import { HELDOUT539_F } from './pages-heldout539-f.js';

/**
 * Held-out batch 539, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a mortgage broker's fees service
 * page built with Elementor on Hello Elementor, with price tables, a testimonial and a call-to-action box; an independent
 * financial adviser's regulatory "Important information" disclosure page on Squarespace 7.1; an adviser's guide post on
 * combining old pensions on Ghost (Casper) with a callout card and read-more cards; an insurance broker's FAQ page built with
 * Wix, with a quote form beside it; a commercial insurance broker's blog post on HubSpot CMS with an inline CTA, tags, related
 * posts and a comment; a mortgage broker's complaints procedure on Webflow with a Finsweet cookie banner; an insurance
 * broker's office-opening news item on Drupal 10 (Olivero) with tags and a comment form; a mortgage broker's community forum
 * thread on Discourse; an insurance broker's claims help article on Zendesk Guide (Copenhagen); an online mortgage broker's
 * long remortgage guide on Next.js with a table of contents, a cost table and an FAQ; a small insurance broker's fees page on
 * an old hand-written table layout with a hit counter; and an adviser's short budget note on Hugo (Ananke).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; a fee table's data cells are body, one
 * entry a cell, its header row in neither list (th cells, or the table-layout page's bold first row of td cells); Elementor
 * price tables are article text: their plan names (h3) are headings, their subheadings, prices ("£495", currency and figure
 * joined), feature items and payment notes body, their "Book a call" buttons furniture; a risk warning or disclaimer inside
 * the article column (the repossession warning, "not personal advice") is body, while the firm's FCA status line and risk
 * warnings in the site footer are furniture; a callout or key-points box inside the article is body; call-to-action boxes and
 * inline CTA buttons within or below the article (Elementor CTA, HubSpot CTA, the Next.js "Your deal ending soon?" box) are
 * furniture, and so are testimonials; FAQ questions written as headings (Wix h2, Next.js h3) are headings and their answers
 * body; a table-of-contents rail is furniture; a paragraph with line breaks (the Ombudsman's address) is one body entry, its
 * lines joined with spaces; a list of steps is body, one item an entry; on the forum, every post is body, and usernames, full
 * names, user titles ("Mortgage adviser") and post dates are bylines, as is the timeline's "Nov 2026"; like counts, the "1 /
 * 4" position and the suggested topics are furniture; on blogs, dates on related-post cards are bylines (every date on a page
 * is a byline) and the cards' titles, excerpts and reading times furniture; a comment under a blog post is furniture, its
 * commenter's name and date bylines; the Zendesk "Updated" label and relative date ("3 months ago") are bylines, as are
 * "Written by" / "Reviewed by" lines; the old table-layout page's "last updated" line is a byline and its h2 (the only
 * heading, in the content cell) is the title; texts hidden only by a screen-reader class (visually-hidden, sr-only: skip
 * links, Drupal's "Main navigation" and "Breadcrumb", Wix's "top of page") count as furniture, while `hidden`, `aria-hidden`
 * or inline display:none text and images' alt text (the hit counter's number) are in no list; the Squarespace "Last reviewed"
 * line is a byline; a link row or download button closing the article text ("Complaints procedure | Terms of Business (PDF)",
 * the client agreement PDF) is furniture; a breadcrumb separator ("/") is furniture; each page's furniture and bylines leave
 * out any text whose words also stand, in order, in the title, a heading or a body entry.
 */
export const HELDOUT539_PAGES: readonly TestPage[] = [
  ...HELDOUT539_A,
  ...HELDOUT539_A2,
  ...HELDOUT539_B,
  ...HELDOUT539_B2,
  ...HELDOUT539_C,
  ...HELDOUT539_D,
  ...HELDOUT539_E,
  ...HELDOUT539_E2,
  ...HELDOUT539_F,
];
