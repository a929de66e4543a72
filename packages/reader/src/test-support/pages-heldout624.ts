import type { TestPage } from './page-kit.js';
import { HELDOUT624_A } from './pages-heldout624-a.js';
import { HELDOUT624_B } from './pages-heldout624-b.js';
import { HELDOUT624_B2 } from './pages-heldout624-b2.js';
import { HELDOUT624_C } from './pages-heldout624-c.js';
import { HELDOUT624_D } from './pages-heldout624-d.js';
import { HELDOUT624_E } from './pages-heldout624-e.js';
import { HELDOUT624_F } from './pages-heldout624-f.js';

/**
 * Held-out batch 624, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cold-smoked salmon product page on
 * Shopify (Dawn) with variants, accordions, Judge.me reviews and recommendations, a sausage-making course page on Squarespace 7.1
 * with a newsletter block and cookie banner, a bacon curing guide on WordPress (Kadence) with a WP Recipe Maker card and comments,
 * a short lamb butchery evening page on Wix (free plan, with the Wix ad bar), a charcuterie maker's journal post on Ghost (Casper)
 * with read-more cards, a cold smoking article on MediaWiki (Vector 2022) with infobox, references and categories, a Discourse
 * forum thread about mould on a coppa, a labelling guidance page for small curers on Drupal 10 (Olivero) with a table and a
 * sidebar, a smokehouse story page on Webflow with a stats strip, a long cold smoker build post on Hugo (PaperMod) with a table
 * of contents, a whole-hog butchery weekend page on Elementor (Hello theme, Pro header and footer) with an FAQ accordion and a
 * Complianz banner, and a local news article on a Next.js news site with ad slots, a "Read more" link and a most-read rail.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or summary under the h1 (Ghost excerpt, Hugo description, news
 * standfirst) is body, while a kicker or eyebrow label above the h1 (ONE-DAY COURSE, Two-day butchery course, Our Story, the
 * Ghost primary tag, the news section link) is furniture; on the product page the description and the product-specific accordion
 * tabs (ingredients, storage) are body with the tab titles as headings, and the vendor, price, tax note, variant and quantity
 * labels, buttons, reviews and recommendations are furniture; course facts lists (dates, price, what is included, the bold facts
 * line on Wix) are body, booking buttons and testimonials furniture; FAQ accordion questions and answers are body, one entry each,
 * the questions not headings; a recipe card's name and its Ingredients / Instructions headers are headings, its summary,
 * ingredient lines (amount, unit and name joined by spaces) and steps body, its time and servings labels and values, print and
 * jump links and call to action furniture; blog comments with their commenters' names and dates are furniture (the post author's
 * name, already a byline, is left out); forum posts are body and their user names and shown dates bylines, while the category,
 * tags, topic map, timeline and suggested topics are furniture; on the wiki the reference markers are in no list (the gold drops
 * them), the References section (heading and notes), infobox, table of contents labels, edit links and the site tagline are
 * furniture, the table of contents numbers (hidden by the skin) are in no list and the "last edited" line is a byline; a table's
 * data rows are one body entry each with the cells joined by a space, its header cells in no list; screen-reader-only labels
 * (visually-hidden, screen-reader-text, elementor-screen-only, sr-only) are furniture when outside the article; punctuation-only
 * texts (breadcrumb separators) are in no list; Kadence's "By" label is in no list and its hidden
 * "updated" time too, its author and published date are bylines; the Hugo meta line (date, reading time, word count, author) is
 * one byline; the Drupal "Last reviewed" label and date are bylines; the Webflow stats strip and visit box outside the rich text,
 * the news "Read more:" paragraph inside the body, ad labels, image captions and credits, and a Complianz banner shown by script
 * are furniture; Ghost and news card titles, excerpts, dates and reading times in read-more lists are furniture; the Shopify
 * title repeated in Dawn's quick-add heading link is in no list; the Wix "top of page" anchor text and ad bar are furniture.
 */
export const HELDOUT624_PAGES: readonly TestPage[] = [
  ...HELDOUT624_A,
  ...HELDOUT624_B,
  ...HELDOUT624_B2,
  ...HELDOUT624_C,
  ...HELDOUT624_D,
  ...HELDOUT624_E,
  ...HELDOUT624_F,
];
