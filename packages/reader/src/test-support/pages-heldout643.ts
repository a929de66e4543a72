import type { TestPage } from './page-kit.js';
import { HELDOUT643_A } from './pages-heldout643-a.js';
import { HELDOUT643_B } from './pages-heldout643-b.js';
import { HELDOUT643_C } from './pages-heldout643-c.js';
import { HELDOUT643_D } from './pages-heldout643-d.js';
import { HELDOUT643_E } from './pages-heldout643-e.js';
import { HELDOUT643_E2 } from './pages-heldout643-e2.js';
import { HELDOUT643_F } from './pages-heldout643-f.js';

/**
 * Held-out batch 643, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a whale-watching operator's trip
 * times and prices page on WordPress (Hello Elementor, Elementor Pro header and footer, CookieLawInfo bar), a what-to-bring
 * post on a Squarespace 7.1 blog, a weekly sightings log on a classic Blogger blog (Simple template, post title in an h3,
 * caption table), a short seal trip page built with Wix, a dolphin cruise sold as a product on Shopify (Dawn, collapsible
 * tabs, "You may also like"), an FAQ page on Webflow (accordion questions, Finsweet cookie banner, contact form), a
 * season-opening sightings post on Ghost (Casper, signup CTA, read-more cards), a trip-planning thread on Discourse as served
 * to crawlers (related-topics table), a seal colony article on MediaWiki (Vector 2022, infobox, edit links, categories), a
 * watching code of conduct on Hugo with the Docsy theme (sidebar, TOC, feedback widget), a tourism board's guide to wildlife
 * boat trips on Next.js (operator cards, promo box, OneTrust banner) and a family seal trip page in an old FrontPage table
 * layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table in the article gives one body entry a data row, its cells' texts joined
 * with a space, and its row of column labels (th cells, or td cells in bold on the old pages) is in no list, while a table
 * outside the article (Discourse's related topics) is furniture, labels and numbers included; a dek, lead or excerpt under
 * the h1 (Ghost, Docsy, Next.js, the Webflow lead) is body; FAQ questions and listing items with their own heading (Webflow's
 * h3 questions, the Next.js operator cards) are headings and their answers or descriptions body, while a card's "Visit
 * website" button and decorative number are furniture; on a product page the description and the collapsible tabs are the
 * article (tab titles headings, tab texts body), the price, tax note, variant and quantity labels and buy buttons furniture;
 * a bold lead-in line inside the body (Shopify's "Your ticket includes:") is body; a callout in the article (Docsy's
 * warning) is body with its "Warning:" label; a promo box inside the article (Next.js "Planning a trip?") is furniture; a
 * post signature (Blogger's "Skipper Eoin") and a post footer's "Posted by", author and time are bylines, the word "at" between
 * them in no list; the blog date header and Ghost's reading time are bylines; forum posts, including the text quoted from an
 * earlier post, are body, user names and post times bylines (the quote header "skua_dave:" is covered by the user name), like
 * counts, post numbers, category and tags furniture; a wiki infobox (labels and values) and its image caption are furniture,
 * values also in the body left out; the wiki's "See also" links are body items; the wiki's and Docsy's tables of contents
 * are furniture with their numbers, their entries repeating headings left out; the MediaWiki "last edited" line and the Docsy
 * "Last modified" label are bylines, the Docsy commit link furniture; the old page's "last updated" line is a byline and its
 * visitor counter furniture; text hidden only by the site's stylesheet counts as shown when a reader can open it (accordion
 * answers, dropdown menus), while messages shown only after the reader acts (Webflow's form success and failure texts, Docsy's
 * feedback replies) and MediaWiki's print-only "Retrieved from" footer are in no list; aria-hidden text that is still drawn on
 * screen (the Vector "Main menu" label, the card numbers) is furniture; Wix's empty zero-width-space paragraphs, placeholders
 * and button values of inputs are in no list; a menu item or tag equal to a word of the body or part of the title or a heading
 * (Times & Prices, Trips, Book, Wildlife, Fishing, orca, sightings, minke, Gift vouchers) is left out of furniture.
 */
export const HELDOUT643_PAGES: readonly TestPage[] = [
  ...HELDOUT643_A,
  ...HELDOUT643_B,
  ...HELDOUT643_C,
  ...HELDOUT643_D,
  ...HELDOUT643_E,
  ...HELDOUT643_E2,
  ...HELDOUT643_F,
];
