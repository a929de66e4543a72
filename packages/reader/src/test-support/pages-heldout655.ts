import type { TestPage } from './page-kit.js';
import { HELDOUT655_A } from './pages-heldout655-a.js';
import { HELDOUT655_B } from './pages-heldout655-b.js';
import { HELDOUT655_B2 } from './pages-heldout655-b2.js';
import { HELDOUT655_C } from './pages-heldout655-c.js';
import { HELDOUT655_D } from './pages-heldout655-d.js';
import { HELDOUT655_E } from './pages-heldout655-e.js';
import { HELDOUT655_F } from './pages-heldout655-f.js';

/**
 * Held-out batch 655, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a dog grooming salon's price list
 * on Wix (rich text boxes, free-plan Wix banner), a Border terrier hand-stripping guide on WordPress with Astra (author box,
 * related posts, comments, sidebar), a dog walker's booking terms on Squarespace 7.1 (cookie banner, footer sections), a dog
 * walking services page built with Elementor Pro (price tables, FAQ accordion, testimonial, CookieYes banner), a cockapoo
 * coat guide on Ghost with Casper (members portal, callout card, read-more cards), a mobile groomer's "first groom" post on
 * Webflow (CMS template, collection list, newsletter form), a forum thread on Discourse (post controls, topic map, suggested
 * topics), a grooming price list on an old table-layout site (font tags, price tables, hit counter), a franchise's "full
 * groom" blog post on HubSpot CMS (CTA, subscribe form, cookie notice), a walking app's help-centre article on Zendesk Guide
 * (Copenhagen theme, section sidebar, votes), a dog walker's winter paw-care post on Hugo with PaperMod (breadcrumbs, closed
 * table of contents, tags, prev / next), and a "Hand stripping" article on a MediaWiki grooming wiki (legacy Vector, infobox,
 * TOC, edit links, navbox, categories).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price list's items (Wix paragraphs, Elementor price tables) are body, one entry an
 * item; in an Elementor price table the plan name (h3) is a heading, the price and its period are two body entries and each
 * feature a body entry, the table's "Book a Walk" button furniture; table data cells are body, one entry a cell, and table
 * header cells are in neither list; FAQ accordion questions that are not h2-h6 are body entries before their answers; a dek
 * or excerpt under the h1 (Ghost, Hugo) is body; a callout or note box inside the article body (Ghost, Zendesk) is body; a
 * testimonial between article sections is furniture; CTA and "Book now" buttons inside the article are furniture; reading
 * times ("5 min read") are furniture unless inside a single meta line, which (Hugo's date · time · author) is one byline;
 * the Squarespace "Last updated" line, Zendesk's "Updated" and relative date, and MediaWiki's "This page was last edited"
 * footer line are bylines; forum usernames and post dates are bylines, forum like counts, topic-map and suggested-topic
 * numbers furniture; the forum's category and tags are furniture; comment texts under a blog post are furniture and their
 * authors and dates bylines; a wiki infobox (labels and values) and navbox are furniture, the wiki's table of contents
 * entries repeat the headings and are in no list (its "Contents" title is furniture), "edit" section links and "From
 * GroomWiki" are furniture; text in a closed <details> (Hugo's table of contents entries) other than its summary, in the
 * Webflow form success / failure messages (hidden by the Webflow stylesheet) and in Squarespace's hidden burger labels is in
 * no list; form labels are furniture, submit buttons' values in no list; a single-word furniture text that is also a word of
 * the title or body (Prices, About, Home, Walks, Terms, Contact, Book, Puppies, Winter, Clipping, the tag cavapoo, the numbers
 * 3 and 6) is left out.
 */
export const HELDOUT655_PAGES: readonly TestPage[] = [
  ...HELDOUT655_A,
  ...HELDOUT655_B,
  ...HELDOUT655_B2,
  ...HELDOUT655_C,
  ...HELDOUT655_D,
  ...HELDOUT655_E,
  ...HELDOUT655_F,
];
