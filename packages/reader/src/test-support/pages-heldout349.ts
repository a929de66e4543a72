import type { TestPage } from './page-kit.js';
import { HELDOUT349_A } from './pages-heldout349-a.js';
import { HELDOUT349_B } from './pages-heldout349-b.js';
import { HELDOUT349_C } from './pages-heldout349-c.js';
import { HELDOUT349_D } from './pages-heldout349-d.js';
import { HELDOUT349_E } from './pages-heldout349-e.js';
import { HELDOUT349_F } from './pages-heldout349-f.js';

/**
 * Held-out batch 349, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a SparkNotes chapter summary
 * (chapters 4–6 of a novel), a CliffsNotes character analysis with a short main text, a BBC Bitesize GCSE revision page with
 * a key-points box, a table and a "Test yourself" quiz box, a Quizlet study set built with Next.js markup whose terms are the
 * body, a LitCharts theme page with quotes and a locked explanation, a Course Hero literature study guide "Context" page, a
 * Chegg chemistry Q&A with a step-by-step expert answer, a Shmoop poem analysis, a teacher's revision blog post built with
 * WordPress and Elementor, a The Student Room exam-help thread, an AQA specification page ("Scheme of assessment") and a
 * Seneca revision course page rendered by a React app with generated class names.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the platform's h1 is the book's title (SparkNotes) that h1 is the title and
 * the section's own h2 ("Chapters 4–6") is the first heading; the studied book's author shown beside the book title
 * (SparkNotes, CliffsNotes, LitCharts, Shmoop) is furniture, not a byline, since the guide's writer is not named; a "Test
 * yourself" quiz box and its question, options and button are furniture (a widget), while a key-points box inside the
 * article is body with its label as a heading; Quizlet terms and definitions are body, one entry each, in page order;
 * LitCharts quotations and open explanations are body, the quote labels, page citations and the locked A+ text furniture;
 * a pull quote inside the Course Hero article is body, its attribution furniture; the Chegg question text under the h1 and
 * every step of the expert answer are body, the step labels headings, the "Explanation:" label furniture; on The Student
 * Room the opening post and all replies are body, the usernames and relative times bylines, and a quoted excerpt of an
 * earlier post (inside a reply) is in neither list because it repeats body text; table header cells are in neither list
 * and data cells of one or two characters are skipped; a text that is both a menu, chip or crumb item and part of a body
 * text (a subject name like "GCSE") is left out of the furniture list; the Seneca course's "What you'll learn" items and
 * its chapter list are body (the listing is the page's content), the progress labels and Start buttons furniture; comments
 * under the teacher's blog post are furniture, as on any article.
 */
export const HELDOUT349_PAGES: readonly TestPage[] = [...HELDOUT349_A, ...HELDOUT349_B, ...HELDOUT349_C, ...HELDOUT349_D, ...HELDOUT349_E, ...HELDOUT349_F];
