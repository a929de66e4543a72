import type { TestPage } from './page-kit.js';
import { HELDOUT200_A } from './pages-heldout200-a.js';
import { HELDOUT200_B } from './pages-heldout200-b.js';
import { HELDOUT200_C } from './pages-heldout200-c.js';
import { HELDOUT200_D } from './pages-heldout200-d.js';
import { HELDOUT200_E } from './pages-heldout200-e.js';
import { HELDOUT200_F } from './pages-heldout200-f.js';

/**
 * Held-out batch 200, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a BBC Bitesize GCSE revision
 * page, a Quizlet study set with its description, a SparkNotes chapter summary and analysis, a CliffsNotes subject study
 * guide page, a Study.com lesson page with its transcript, a Chegg expert Q&A page, a Course Hero document preview, a
 * university department's course syllabus on Drupal, a school district news announcement on Finalsite, a university
 * library research guide on LibGuides, a Khan Academy review article and a teacher's classroom blog post on Edublogs.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's description (a Quizlet set's, a LibGuide's) is body; a Quizlet
 * set's terms and definitions are body, its flashcard viewer (a copy of the first card) in neither list; table data cells
 * are body, header cells and table captions in neither list; a "Key points" box at the top of a revision page is part of
 * the text (heading and body); a Chegg answer's step headings and "Final answer" are headings, and the question and the
 * answer are both posts (body); on the Course Hero page the h1 is the file name, the document's own title and section
 * labels are headings and the student's name line inside the document is a byline; a syllabus's course-information list
 * is body and its instructor line a byline; a LibGuide's content-box titles are the headings and its librarian's name a
 * byline; Khan Academy's posted questions are furniture (the discussion is not the article); quote-block cite lines are in
 * neither list; a short furniture text that is also a word of a short gold line (the title, a heading, a short list item
 * or cell) is left out, and contents lists that repeat the headings are left out.
 */
export const HELDOUT200_PAGES: readonly TestPage[] = [...HELDOUT200_A, ...HELDOUT200_B, ...HELDOUT200_C, ...HELDOUT200_D, ...HELDOUT200_E, ...HELDOUT200_F];
