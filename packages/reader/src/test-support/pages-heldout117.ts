import type { TestPage } from './page-kit.js';
import { HELDOUT117_A } from './pages-heldout117-a.js';
import { HELDOUT117_B } from './pages-heldout117-b.js';
import { HELDOUT117_C } from './pages-heldout117-c.js';
import { HELDOUT117_D } from './pages-heldout117-d.js';
import { HELDOUT117_E } from './pages-heldout117-e.js';
import { HELDOUT117_F } from './pages-heldout117-f.js';

/**
 * Held-out batch 117, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Squarespace 7.0 (Brine) florist's
 * blog post with Squarespace comments, a Ghost (Source theme) post on a personal cycling site, a WordPress Kadence gardening
 * post, a food-blog recipe post with the Tasty Recipes card (Genesis with Feast, Raptive ads), a GeneratePress personal-finance
 * post with affiliate disclosures and an offer box, an Astra parenting post with Mediavine ads and the Grow share bar, a
 * Notion page published through Super.so as a designer's blog post, a Hashnode developer post, a Webflow company blog post, a
 * LinkedIn newsletter article, a Medium post on a personal profile and a paid Substack post cut by its paywall, with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle or custom excerpt under the title (Ghost, Hashnode, Webflow, Medium,
 * Substack) is body; a callout, info box or quote block the author wrote is body (an info box's title is a heading), and a
 * Notion toggle's summary and its hidden content are body; link previews (Ghost bookmark card), affiliate offer boxes,
 * subscription and share widgets inside the text, Notion property panels and inline databases are furniture, except the date
 * and author values of the properties panel, which are bylines; a recipe card's title and section h3s (Description,
 * Ingredients, Instructions, Notes) are headings and its description, ingredients, steps and notes body, its details block
 * (author, times, yield, category, method, cuisine) in neither list, its rating, buttons, keywords and nutrition panel
 * furniture; table data cells are body; only the text above a paywall is the article; tables of contents that repeat the
 * headings are left out, as are one-word texts like "or"; numbered list headings keep their numbers.
 */
export const HELDOUT117_PAGES: readonly TestPage[] = [...HELDOUT117_A, ...HELDOUT117_B, ...HELDOUT117_C, ...HELDOUT117_D, ...HELDOUT117_E, ...HELDOUT117_F];
