import type { TestPage } from './page-kit.js';
import { HELDOUT647_A } from './pages-heldout647-a.js';
import { HELDOUT647_B } from './pages-heldout647-b.js';
import { HELDOUT647_C } from './pages-heldout647-c.js';
import { HELDOUT647_C2 } from './pages-heldout647-c2.js';
import { HELDOUT647_D } from './pages-heldout647-d.js';
import { HELDOUT647_D2 } from './pages-heldout647-d2.js';
import { HELDOUT647_E } from './pages-heldout647-e.js';
import { HELDOUT647_F } from './pages-heldout647-f.js';

/**
 * Held-out batch 647, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a leisure centre's public skating
 * timetable on WordPress with the Divi theme and a CookieYes banner, a skating club's learn-to-skate course page on Squarespace
 * 7.1 with an accordion FAQ and a newsletter block, a junior ice hockey match report on a SportsEngine club site with a game box
 * and news rail, a roller rink's short disco-night post on Wix Blog, an ice rink closure notice on Drupal 10 (Olivero) with tags
 * and an opening-hours sidebar, a long figure skating club blog post for parents on Ghost (Casper) with a callout card and
 * read-more cards, a skate shop's sharpening article on Shopify (Dawn) with a hollow table, featured products and a comment form,
 * a Discourse forum thread (crawler view) on an adult beginner's skates with related topics, a local history wiki's ice arena
 * article on MediaWiki (Vector 2022) with an infobox, references and categories, a roller rink's birthday party page on Webflow
 * with package cards and an enquiry form, a rec hockey league's weekly results and standings in an old table layout, and an ice
 * hockey club's tryouts post on WordPress with Elementor Pro (Hello theme) and a Complianz banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined by a space, and table
 * header cells are in no list (timetable, hollow table, scoring summary, results and standings); an infobox is furniture, one
 * entry a label-and-value row joined by a space, its caption furniture and its title row left out as the page title; a wiki's
 * References section (heading and notes) and its edit links, categories and "From ..." line are furniture, while in-text
 * reference marks ([1]) stay in the body paragraphs; a dek or standfirst under the h1 (Ghost excerpt, SportsEngine preview
 * subtitle, Webflow hero paragraph) is body; FAQ accordion questions are headings and their answers body; package card names on
 * the party page are headings and their price lines and list items body; call-to-action buttons and promo boxes inside the page
 * builder's content (Book a session, Skating parties, Book a Place, Check availability, Register for tryouts) are furniture, as
 * are the form section heading, labels and field captions; form control values (submit values, placeholders) are in no list;
 * text hidden by an attribute (hidden, aria-hidden="true") or by a class the platform's stylesheet hides (Webflow's form
 * success and failure messages, MediaWiki's print footer, Shopify's `hidden` close button, Squarespace's visibility:hidden close
 * label) is in no list, while visually-hidden screen-reader text (skip links, "Search", "Log in", "Cart", "Main navigation",
 * Elementor's "Prev") and menus collapsed behind a toggle (the MediaWiki main menu) are furniture; every date line is a byline,
 * including the dates on read-more cards and the activity months of Discourse's related topics, and "Site last updated" /
 * "last edited" footer lines are bylines, while reading times, view, like, reply and comment counts are furniture; on the forum
 * thread every post is body, its user name and post time bylines (each user once), its like count furniture; a photo caption
 * with its credit is one furniture entry; the table-layout page has no h1, so its h2 is the title and its h3s the headings;
 * the SportsEngine title is the news item's h2 and the site name h1 is furniture, as is its game box (Final, Final/OT, Box
 * Score); menu items and labels equal to a word of the title, headings or body (Home, Parties, Teams, Next, Results,
 * Competitions, skates...) are left out of furniture.
 */
export const HELDOUT647_PAGES: readonly TestPage[] = [
  ...HELDOUT647_A,
  ...HELDOUT647_B,
  ...HELDOUT647_C,
  ...HELDOUT647_C2,
  ...HELDOUT647_D,
  ...HELDOUT647_D2,
  ...HELDOUT647_E,
  ...HELDOUT647_F,
];
