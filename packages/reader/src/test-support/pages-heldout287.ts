import type { TestPage } from './page-kit.js';
import { HELDOUT287_A } from './pages-heldout287-a.js';
import { HELDOUT287_B } from './pages-heldout287-b.js';
import { HELDOUT287_C } from './pages-heldout287-c.js';
import { HELDOUT287_D } from './pages-heldout287-d.js';
import { HELDOUT287_E } from './pages-heldout287-e.js';
import { HELDOUT287_F } from './pages-heldout287-f.js';

/**
 * Held-out batch 287, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Genesis / Feast food blog
 * recipe with "Jump to Recipe", a long story and a WP Recipe Maker card, a Tasty Recipes card on an Astra blog, a food
 * magazine recipe on a Dotdash Meredith (mntl) template in the style of Serious Eats, a supermarket's recipe page built
 * with Next.js, a restaurant's autumn menu page with a short story on Squarespace 7.1, a wine merchant's tasting-notes
 * article on a Shopify Dawn theme, a cookbook author's Substack recipe post with comments, a nutrition site's oats explainer
 * with a facts table built with React and Emotion, a coffee roaster's pour-over brew guide built with Webflow, a phpBB
 * (prosilver) baking forum thread, a meal-kit company's blog post on HubSpot CMS, and a cocktail recipe page on a spirits
 * brand's Drupal 10 site behind an age gate.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a recipe card's summary, ingredient lines, steps and notes are body, and its
 * "Ingredients" / "Instructions" / "Notes" headers and ingredient-group names are headings; the card's repeated recipe name,
 * its time, servings, course, rating and nutrition labels and values, and its print / pin buttons are furniture or, for the
 * repeated name and bare numbers, in neither list; the card's "Author" value repeats the byline and is listed once as a
 * byline. A dek or subtitle directly under the h1 (the magazine's subheading, Substack's subtitle, the Webflow hero line) is
 * body; the Substack "Serves 4" line is body. The magazine's "Tested by" tester credit is a byline. On the restaurant page
 * the menu's section titles are headings and each dish's name and description are body, while prices, the menu tabs and
 * the allergy note are furniture (prices of two characters are in neither list). Table caption and data cells are body,
 * header cells in neither list; a table of contents that repeats the headings is in neither list. Product tiles, prices
 * and "Add to cart" buttons inside or beside an article are furniture, as are "Featured in this article" labels. On the
 * forum thread the h1 is the board's name, so the title is the topic title in its h2; the posts are the body, each post's
 * author and time are bylines, post subjects ("Re: ..."), ranks, post counts and signatures are furniture, and the text
 * quoted inside a reply (which repeats the earlier post) and the quote's time are in neither list. Comments on articles
 * (WordPress, Substack) are furniture with their authors and dates. The nutrition page's "Medically reviewed by" and
 * "Written by" labels with their names and the "Updated on" date are bylines; its sources list is furniture. Placeholders
 * and button values written as attributes are not page text and are in neither list.
 */
export const HELDOUT287_PAGES: readonly TestPage[] = [...HELDOUT287_A, ...HELDOUT287_B, ...HELDOUT287_C, ...HELDOUT287_D, ...HELDOUT287_E, ...HELDOUT287_F];
