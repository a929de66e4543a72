import type { TestPage } from './page-kit.js';
import { HELDOUT441_A } from './pages-heldout441-a.js';
import { HELDOUT441_B } from './pages-heldout441-b.js';
import { HELDOUT441_C } from './pages-heldout441-c.js';
import { HELDOUT441_D } from './pages-heldout441-d.js';
import { HELDOUT441_E } from './pages-heldout441-e.js';
import { HELDOUT441_F } from './pages-heldout441-f.js';

/**
 * Held-out batch 441, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Pressbooks chapter with its
 * learning objectives and key takeaways textboxes, a LibreTexts (MindTouch) page with its toolbar and licence box, an
 * OpenStax-style book section in a React reader with figures and review questions, a university's Jupyter Book chapter
 * (sphinx-book-theme), a GitBook course reader (Next.js markup), an Open University-style OpenLearn unit page with an activity,
 * a Manifold-style reader page (React, with annotation markers and drawer), a bookdown (R) chapter in the gitbook output, a
 * Wikibooks page (Vector 2022), Sphinx lecture notes in the Read the Docs theme, an mdBook chapter of a course reader, and an
 * OER Commons resource page with its metadata (a data page whose main text is short).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the items of learning-objectives and key-takeaways boxes, worked examples, admonition
 * and hint texts, callouts, exercises and review questions with their answer choices, and an activity's question and revealed
 * discussion are body, while the box labels themselves ("Learning Objectives", "Key Takeaways", "Example 7.3.1: ...", "Note",
 * "Warning", "Link to Learning", "Activity 3 ...", "Discussion") are in neither list; a textbook's lead or description line
 * under the h1 (GitBook) is body; a tab panel hidden behind an unselected tab is in the saved page and is body, the tab labels
 * furniture; a definition list's terms and definitions are body; code cells, R chunks and their printed output, math blocks,
 * tables' header and data cells and table captions are in neither list; a chapter number shown apart from the h1 (Pressbooks)
 * is left out, while a number inside the h1 (OpenStax, bookdown, OpenLearn, LibreTexts) is part of the title; a book or site
 * title shown in its own h1 outside the article (bookdown's book header, mdBook's menu title) is furniture; on-page tables of
 * contents and sidebar, breadcrumb or title-bar entries that repeat the title or a heading are in neither list; figure captions,
 * credits and margin notes are furniture; the chapter author line, a lecture's "Delivered ... by" line, GitBook's "Last
 * updated", Wikibooks' "last edited" line, Jupyter Book's "By ..." and "Last updated on" footer lines, OpenStax's authors and
 * publication date, and OER Commons' author and date-added values are bylines (their metadata labels furniture); licence
 * and attribution texts, reader annotations and their authors, and resource reviews are furniture.
 */
export const HELDOUT441_PAGES: readonly TestPage[] = [...HELDOUT441_A, ...HELDOUT441_B, ...HELDOUT441_C, ...HELDOUT441_D, ...HELDOUT441_E, ...HELDOUT441_F];
