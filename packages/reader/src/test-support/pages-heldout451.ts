import type { TestPage } from './page-kit.js';
import { HELDOUT451_A } from './pages-heldout451-a.js';
import { HELDOUT451_B } from './pages-heldout451-b.js';
import { HELDOUT451_C } from './pages-heldout451-c.js';
import { HELDOUT451_D } from './pages-heldout451-d.js';
import { HELDOUT451_E } from './pages-heldout451-e.js';
import { HELDOUT451_F } from './pages-heldout451-f.js';

/**
 * Held-out batch 451, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional newspaper's print
 * view on BLOX (TownNews), a blog post saved to Pocket and opened in its web reader, a news story in Instapaper's text view,
 * a WordPress blog post clipped with the Evernote Web Clipper and exported as HTML, an engineering blog post saved from
 * Safari Reader, a WordPress block-theme blog post saved from the browser's print preview with its comments, an essay
 * exported from Readwise Reader with its highlights and notes, a WP Recipe Maker recipe card's print view (card only, no
 * h1), a GOV.UK guide's "print entire guide" version, a blog post in Omnivore's reader with its notebook, a news story in a
 * Mercury Reader page from Postlight Parser output, and a Sphinx singlehtml manual on the Alabaster theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a newspaper's subheadline (dek) and a fact box's label are in neither list, the
 * fact box's items are body; a read-later app's source-domain line, reading time, labels and tags are furniture, the author
 * and date lines bylines, and a "Saved" date is a byline; highlight texts repeated in a notebook or highlights panel are in
 * neither list (they repeat body text), the reader's own notes on them are furniture; Evernote's Created and Updated labels
 * and values are bylines, its Source and Tags rows furniture; comment authors and dates are bylines, comment texts
 * furniture; on the recipe card, which has no h1, the title is the recipe name (an h2), the summary, ingredients,
 * instructions and notes are body, the "Ingredients", ingredient group, "Instructions" and "Notes" headers are headings, and
 * the rating, course, cuisine, times, servings and nutrition block are furniture; a table's caption, header and data cells
 * (Safari Reader page) are in neither list; code blocks and admonition titles in the Sphinx manual are in neither list, the
 * admonition's text is body; sidebar table-of-contents items that repeat the article's own headings, and a logo text that
 * occurs inside the body (Sphinx's "Larkspur" logo h1), are not listed as furniture; the GOV.UK guide's numbered part titles
 * are headings, its inset and warning texts body, "Last updated" a byline.
 */
export const HELDOUT451_PAGES: readonly TestPage[] = [...HELDOUT451_A, ...HELDOUT451_B, ...HELDOUT451_C, ...HELDOUT451_D, ...HELDOUT451_E, ...HELDOUT451_F];
