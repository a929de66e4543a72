import type { TestPage } from './page-kit.js';
import { HELDOUT341_A } from './pages-heldout341-a.js';
import { HELDOUT341_B } from './pages-heldout341-b.js';
import { HELDOUT341_C } from './pages-heldout341-c.js';
import { HELDOUT341_D } from './pages-heldout341-d.js';
import { HELDOUT341_E } from './pages-heldout341-e.js';
import { HELDOUT341_F } from './pages-heldout341-f.js';

/**
 * Held-out batch 341, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a MadCap Flare HTML5
 * side-navigation topic with its TOC, breadcrumbs and mini-TOC, a RoboHelp Frameless topic, an Oxygen WebHelp Responsive task
 * topic, a DITA-OT XHTML concept topic with a company header and footer, a Paligo-published help center topic, a car maker's
 * owner's manual page with a warning box and a numbered procedure, a ManualsLib-style manual page (page navigation, "Related
 * Manuals", the page text as a PDF text layer), an Apple-style user guide topic, a printer's online manual page, a camera's
 * help guide page, a router's admin help page rendered by a Vue single-page app, and a Document360 knowledge-base article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * The hard kinds here are the ManualsLib-style page (a product page whose text is a PDF text layer cut into one div a printed
 * line, between a manual's TOC, "Summary of Contents" excerpts and related manuals) and the router page (JavaScript framework
 * markup with no article-like containers); the Apple-style and camera pages have short main texts.
 * Gold conventions beyond the usual ones: a help topic's short description (DITA shortdesc, the camera's lead) is body; a
 * note, tip, important or attention text is body, with its label when the label sits inline in the same paragraph, while a
 * label standing alone as a heading or a box title ("Note", "Important", "Hint", "WARNING") is in neither list; a warning
 * box's items are body; table data cells are body, table header cells in neither list; on the ManualsLib-style page each
 * paragraph of the text layer is one body entry although its lines are separate divs, the page's larger-type headings are
 * headings, the page number is skipped, and the "Summary of Contents" excerpts of other pages are furniture; a mini-TOC or
 * "On this page" list whose items repeat the headings is left out of furniture (its label is furniture); menu, TOC or
 * breadcrumb items whose text also occurs inside a body text (a menu path such as "Contacts", a product name such as
 * "Slate") are left out of furniture; figure and screen captions, a help system's build date, version and document code
 * lines, reading time, contributor labels and an AI-written article summary are furniture; "Updated on" and "Published on"
 * lines and a topic's "Last Modified" line are bylines; texts hidden until an action (feedback thanks) are in neither list.
 */
export const HELDOUT341_PAGES: readonly TestPage[] = [...HELDOUT341_A, ...HELDOUT341_B, ...HELDOUT341_C, ...HELDOUT341_D, ...HELDOUT341_E, ...HELDOUT341_F];
