import type { TestPage } from './page-kit.js';
import { HELDOUT580_A } from './pages-heldout580-a.js';
import { HELDOUT580_A2 } from './pages-heldout580-a2.js';
import { HELDOUT580_B } from './pages-heldout580-b.js';
import { HELDOUT580_C } from './pages-heldout580-c.js';
import { HELDOUT580_C2 } from './pages-heldout580-c2.js';
import { HELDOUT580_D } from './pages-heldout580-d.js';
import { HELDOUT580_D2 } from './pages-heldout580-d2.js';
import { HELDOUT580_E } from './pages-heldout580-e.js';
import { HELDOUT580_F } from './pages-heldout580-f.js';

/**
 * Held-out batch 580, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Yorkshire wedding band's packages
 * page built with Elementor Pro on the Hello Elementor theme (price-table widgets, testimonial carousel, enquiry form); a Bristol
 * wedding DJ's FAQ on Squarespace 7.1 (accordion blocks, newsletter block, cookie banner); a band's song list and song request
 * page on Wix (rich-text components, Wix Forms); a string quartet's repertoire on Webflow (tabs over a CMS list, CTA section); a
 * wedding DJ's long playlist-planning post on Ghost with the Casper theme (figure caption, callout card, read-more cards); a
 * thread on deposits on a Discourse forum for function musicians (saved Ember DOM, topic map, timeline, suggested topics); a
 * MediaWiki (Vector 2022) article on wedding ceilidhs (infobox, wikitable, references, categories); an entertainment agency's
 * blog post on HubSpot CMS (CTA, tags, related posts, HubSpot cookie banner); a DJ duo's technical rider on Hugo with the Docsy
 * theme (sidebar, page TOC, breadcrumb, last-modified line); a mobile disco's wedding prices in an old FrontPage table layout
 * (font tags, image buttons, hit counter); a wedding magazine's news story on Next.js (share bar, related box, most-read rail,
 * newsletter); and a mariachi band's destination weddings page on Shopify (Dawn theme, cart drawer, announcement bar).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or lead under the h1 is body; a price-table card's name is a heading
 * and its subheading, price (currency and digits split over spans, gold as written together) and feature items are body, its
 * button furniture; FAQ questions (Squarespace accordion titles in h4) are headings and their answers body, including the answers
 * that are collapsed by CSS (only the `hidden` attribute takes a text out of every list); a song or repertoire list's entries
 * are body one block a block (a Webflow item's title and composer are two entries), its category or tab headings headings, and
 * tab links equal to them are left out; testimonials in a carousel, form labels, field legends and radio options, and
 * newsletter boxes are furniture; a table data row is one body entry with its cells joined by a space, header cells of an
 * article table are in no list, while header cells of a table outside the article (Discourse's suggested topics) are
 * furniture; a table-layout page whose title is a bold font tag (no h1) has that text as title; a wiki's infobox (label and
 * value cells), table of contents, "[edit]" links, categories, "Retrieved from" line and site notice are furniture, its
 * references list body and its "[n]" reference markers kept inside the paragraph text; a callout card, alert box and blockquote
 * inside the article body are body; lines of one paragraph split by <br> (the disco's booking notes) are one body entry each;
 * a wiki reference's "^" backlink is furniture; every date on the page is a byline, including the dates of read-more cards, suggested
 * topics and a forum timeline; forum posts are body, quoted text inside a reply is body, the user names, full names and post
 * dates are bylines, like counts and topic-map stats furniture; a "Last modified ...: commit message" line and a wiki's "last
 * edited" line are bylines; visually hidden texts (skip links, "Search", "Cart", "top of page") are furniture as other
 * visible texts, since they are in the DOM and not `hidden`; a furniture text whose words also occur, in order, in the title, a
 * heading or a body entry is left out (a kit helper applies this to every page).
 */
export const HELDOUT580_PAGES: readonly TestPage[] = [
  ...HELDOUT580_A,
  ...HELDOUT580_A2,
  ...HELDOUT580_B,
  ...HELDOUT580_C,
  ...HELDOUT580_C2,
  ...HELDOUT580_D,
  ...HELDOUT580_D2,
  ...HELDOUT580_E,
  ...HELDOUT580_F,
];
