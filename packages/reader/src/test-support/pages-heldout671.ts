import type { TestPage } from './page-kit.js';
import { HELDOUT671_A } from './pages-heldout671-a.js';
import { HELDOUT671_A2 } from './pages-heldout671-a2.js';
import { HELDOUT671_B } from './pages-heldout671-b.js';
import { HELDOUT671_C } from './pages-heldout671-c.js';
import { HELDOUT671_D } from './pages-heldout671-d.js';
import { HELDOUT671_E } from './pages-heldout671-e.js';
import { HELDOUT671_F } from './pages-heldout671-f.js';

/**
 * Held-out batch 671, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a veg box "what's in the box this
 * week" post on a Shopify store (Dawn theme blog article, comment form, product cards), a recipe post on WordPress (Kadence theme)
 * with a WP Recipe Maker card, comments and a sidebar, a delivery area page on Squarespace 7.1 with a postcode checker form and
 * a table of delivery days, a farm shop visiting page built with Wix (rich-text components, free-site ad banner), a market
 * garden's no-dig blog post on Webflow (CMS template, related posts, CTA), a box scheme's monthly letter on Ghost (Casper theme,
 * members signup), a community farm's "how a veg share works" page with a FAQ on Drupal 10 (Olivero theme), a Discourse forum
 * thread comparing veg box schemes, a help centre article on skipping deliveries on Zendesk Guide (Copenhagen theme), a local
 * news article on a farm shop reopening after a flood on a Next.js news site, a hand-made price list page in an old FrontPage
 * table layout, and a community wiki article on a farm shop on MediaWiki (Vector 2022 skin, infobox, references, categories).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a box contents list, share options, ingredients and steps are body items one an
 * entry (a "Everything in the small box, plus:" lead-in item included); a dek, standfirst or excerpt under the h1 is body; a
 * WP Recipe Maker card inside the post is part of the article: its recipe name (h2) and its Ingredients / Instructions / Notes
 * headers are headings, its summary, ingredients, steps and note body, its times, servings and author labels and values, Jump
 * to / Print Recipe links and "Tried this recipe?" call to action furniture, its author name a byline; table data rows are one
 * body entry each, cells joined with a space, and header rows are in neither list; on the old table-layout page the bold
 * "Extras" line above the table is a heading and the centred bold title line the title, its "Last updated" line a byline;
 * FAQ questions (h3) are headings and answers body; a letter's sign-off name ("Hannah") is a byline, "Dear box members," body;
 * a reporter's job line under the byline is a byline; comments under a post are furniture, commenters' names and comment dates
 * included; on the Discourse thread every post is body, user names and post dates bylines, the topic map, suggested topics,
 * category badge and tag furniture; wiki infobox labels and values are furniture (values also in the body left out), the
 * References section (its h2, notes and contents entry) is furniture, a citation marker "[1]" stays in the body text, and edit
 * links are furniture; screen-reader-only texts (skip links, "Log in", "Cart", "Main navigation") count as visible furniture,
 * while elements hidden by the platform's own stylesheet (Webflow's form success and failure messages) and form control values
 * and placeholders are in no list; menu and tag texts equal to a word of the body or part of the title ("Farm Shop", "Price
 * List", "cabbage", "autumn", "Email") are left out, though still in the HTML.
 */
export const HELDOUT671_PAGES: readonly TestPage[] = [
  ...HELDOUT671_A,
  ...HELDOUT671_A2,
  ...HELDOUT671_B,
  ...HELDOUT671_C,
  ...HELDOUT671_D,
  ...HELDOUT671_E,
  ...HELDOUT671_F,
];
