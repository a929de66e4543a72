import type { TestPage } from './page-kit.js';
import { HELDOUT194_A } from './pages-heldout194-a.js';
import { HELDOUT194_B } from './pages-heldout194-b.js';
import { HELDOUT194_C } from './pages-heldout194-c.js';
import { HELDOUT194_D } from './pages-heldout194-d.js';
import { HELDOUT194_E } from './pages-heldout194-e.js';
import { HELDOUT194_F } from './pages-heldout194-f.js';

/**
 * Held-out batch 194, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Aeon essay (Next.js), a
 * Longreads feature (WordPress VIP), a Marginalian post, a Nautilus article, a Noema essay, a Public Domain Review essay with
 * notes, a Places Journal article with notes and a "Cite" box, an Orion magazine essay with its Trinity Audio placeholder, a
 * Granta "Online Only" piece in translation, a Lapham's Quarterly Roundtable essay (Drupal), a Believer magazine interview
 * and a university press blog post (OUPblog-style WordPress, an invented press).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or subtitle is body; quotations in blockquotes that belong to the
 * text are body, a pull quote that repeats a sentence of the text is in neither list; endnotes are body and their "Notes"
 * heading is a heading (footnote numbers stay in their paragraphs, back-link arrows are in neither list); "*" section-break
 * paragraphs are in neither list; an interview's bold speaker labels are part of their paragraphs, its opening list (lead-in
 * line and items) is body; editor, copy-editor, translator and "Interviewed by" lines are bylines, and so is a byline line
 * written as the first paragraph of the post content; author bios, image and "Lead image" / "Featured image" credits,
 * audio-player placeholders, member and donation appeals inside the text, and "Cite this article" boxes are furniture; a
 * short furniture text that is also a word of a short gold line (a title, a heading, a short paragraph) is left out.
 */
export const HELDOUT194_PAGES: readonly TestPage[] = [...HELDOUT194_A, ...HELDOUT194_B, ...HELDOUT194_C, ...HELDOUT194_D, ...HELDOUT194_E, ...HELDOUT194_F];
