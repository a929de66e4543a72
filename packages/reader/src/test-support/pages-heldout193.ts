import type { TestPage } from './page-kit.js';
import { HELDOUT193_A } from './pages-heldout193-a.js';
import { HELDOUT193_B } from './pages-heldout193-b.js';
import { HELDOUT193_C } from './pages-heldout193-c.js';
import { HELDOUT193_D } from './pages-heldout193-d.js';
import { HELDOUT193_E } from './pages-heldout193-e.js';
import { HELDOUT193_F } from './pages-heldout193-f.js';

/**
 * Held-out batch 193, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Real Python tutorial, a
 * TutorialsPoint SQL tutorial chapter, a How-To Geek Windows how-to (Valnet template), a MakeUseOf numbered list article
 * (Valnet template), a Towards Data Science post on its WordPress block theme, an Analytics Vidhya Blogathon blog post, a
 * Smashing Magazine article, a CSS-Tricks article with reader comments, a SitePoint article with key takeaways and FAQs,
 * an Android Authority how-to guide with a quick answer and FAQs, an It's FOSS tutorial on Ghost and a JavaScript.info
 * chapter with tasks.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or "quick summary" under the title is body (its label, if any,
 * furniture); key-takeaway, summary and quick-answer boxes written for the article are body (a box's own heading element
 * is a heading, a label in a div or p is furniture); FAQ sections are part of the article (h3 questions are headings,
 * bold-paragraph questions body); notes and callouts inside the text are body, except a separate "Please note:" label,
 * which is in neither list; promos inside the text (download offers, quizzes, newsletter boxes, workshop panels, related
 * cards, "Further Reading" lists, sponsor lines, "this article was published as part of" notices, CodePen fallback text)
 * are furniture; table data cells are body; "Output" headings above result blocks are headings; JavaScript.info tasks
 * (titles and statements) are part of the chapter, their importance notes, solution buttons and hidden solutions are
 * not; tables of contents, "Quick Links" and lesson-navigation entries that repeat the headings are left out, and so is a
 * short furniture text that is also a word or words of a short gold line (noted on each page).
 */
export const HELDOUT193_PAGES: readonly TestPage[] = [...HELDOUT193_A, ...HELDOUT193_B, ...HELDOUT193_C, ...HELDOUT193_D, ...HELDOUT193_E, ...HELDOUT193_F];
