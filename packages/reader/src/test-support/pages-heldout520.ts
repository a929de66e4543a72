import type { TestPage } from './page-kit.js';
import { HELDOUT520_A } from './pages-heldout520-a.js';
import { HELDOUT520_B } from './pages-heldout520-b.js';
import { HELDOUT520_C } from './pages-heldout520-c.js';
import { HELDOUT520_C2 } from './pages-heldout520-c2.js';
import { HELDOUT520_D } from './pages-heldout520-d.js';
import { HELDOUT520_E } from './pages-heldout520-e.js';
import { HELDOUT520_F } from './pages-heldout520-f.js';

/**
 * Held-out batch 520, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bike-hire "how it works" page on
 * Webflow (step cards, a stats strip, an app CTA, a Finsweet cookie banner), an e-scooter pricing page on Next.js (plan cards,
 * a fee table, an FAQ accordion, __NEXT_DATA__, a OneTrust banner), a borough council's e-scooter parking rules on LocalGov
 * Drupal (summary, bay table, services sidebar), a short docking-station closure notice on WordPress (GeneratePress) with
 * comments and widgets, a long winter safety guide on Squarespace 7.1 (pull quote, captioned image, newsletter block,
 * pagination), a car club help article on Zendesk Guide (Copenhagen: section list, votes, related articles), a bike-share forum
 * thread on Discourse (crawler view, likes, related topics), a community wiki article on a cycle-hire scheme on MediaWiki
 * (Vector 2022, infobox, station table, categories), a car club blog post on Ghost (Casper: excerpt, image card, callout,
 * read-more cards), an operator docs page on zones on Hugo (Docsy: lead, zone table, code block, alert, page meta), a seaside
 * hire shop's prices page in an old table layout (font tags, marquee, hit counter), and a workplace pool e-bike blog post on
 * HubSpot CMS (numbered question headings, CTA image, subscribe form, cookie banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead, summary or excerpt under the h1 is body; a table data row is one body
 * entry, its cells' plain texts joined with a space, and header cells are in neither list (tables outside the article, like
 * Discourse's related topics, are furniture the same way, row by row, with their header cells); step-card titles, pricing
 * plan names and FAQ questions are headings, step texts, prices, plan features and FAQ answers (collapsed by CSS only, not
 * hidden) body, while step numbers ("01"), a "Most popular" badge and the cards' buttons are furniture; a list's lead-in line
 * ("Do not leave a scooter or e-bike:") is body; a pull quote with its attribution is one body entry, with its quote marks; a
 * callout inside the article (Ghost callout, Docsy alert) is body, its label ("Note") furniture and its emoji icon in no list;
 * forum posts are body, their user names and post times bylines, their post numbers and like counts furniture; the wiki
 * infobox, contents list, [edit] links, "From Fenmoor Wiki", "Retrieved from" line and categories are furniture and the
 * "last edited" footer line a byline; Zendesk's author, date and "Updated" are bylines, Ghost's "• 3 min read" with the date a
 * byline, Docsy's "Last modified" line with its commit message one byline, a table-layout page's "Last updated" a byline;
 * comments under posts (author, date, text) are furniture; image captions and photo credits, marketing strips (stats, app
 * store CTAs, "Ready to ride?"), in-article newsletter and CTA blocks and announcement bars or marquees are furniture; text in
 * visually-hidden / screen-reader-only elements and image alts (a hit counter's digits) is in no list; code blocks are in no
 * list, inline code in a paragraph or table cell is body; a furniture or byline text whose words occur in that order in the
 * title, a heading or a body entry is left out (the kit's finish()), so "Pricing" stays out where the body says "Pricing
 * depends...", and each distinct text is listed once.
 */
export const HELDOUT520_PAGES: readonly TestPage[] = [
  ...HELDOUT520_A,
  ...HELDOUT520_B,
  ...HELDOUT520_C,
  ...HELDOUT520_C2,
  ...HELDOUT520_D,
  ...HELDOUT520_E,
  ...HELDOUT520_F,
];
