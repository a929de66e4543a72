import type { TestPage } from './page-kit.js';
import { HELDOUT368_A } from './pages-heldout368-a.js';
import { HELDOUT368_B } from './pages-heldout368-b.js';
import { HELDOUT368_C } from './pages-heldout368-c.js';
import { HELDOUT368_D } from './pages-heldout368-d.js';
import { HELDOUT368_E } from './pages-heldout368-e.js';
import { HELDOUT368_F } from './pages-heldout368-f.js';

/**
 * Held-out batch 368, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Coursera-style course page, an
 * edX-style course about page (Next.js), an MIT OpenCourseWare-style lecture notes page, a university syllabus page on
 * Canvas, a Moodle 4 course page in topics format, a Udemy-style course landing page, a YouTube lecture page with its
 * transcript panel open, a Teachable-style lesson with comments, a Khan-style exercise page with its hints shown (React
 * markup, short main text), a MOOC community thread on Discourse, a Thinkific course landing page with its outline, and a
 * lecture's slides rendered by reveal.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on course product pages (Coursera, edX, Udemy) the course's own description,
 * its "What you'll learn" items, syllabus or requirement items and, on Coursera, the module names (headings) and module
 * descriptions are the article; ratings, enrolment counts, prices, "This course includes" items, skill chips, the
 * collapsed Udemy curriculum panel, instructor bios and reviews are furniture, and the instructor's name is a byline; a
 * hero's one-line headline or short description is body. On the Thinkific outline page the chapter titles are headings
 * and the lesson titles body (the outline is what the page is about), the lesson type labels and the platform's
 * boilerplate FAQ furniture. On the Moodle course page the course summary and section summaries are body, section names
 * headings, and the activity links under each section furniture, like the course index. On the YouTube page the video
 * description and the transcript segments are body, the transcript's chapter headers headings, timestamps furniture, the
 * channel name and upload date bylines. On the Khan-style page the problem, the table's data cells and the hint steps are
 * body, the "Hints" h2 a heading, the "Hint #n" labels furniture. On reveal.js slides the slide titles are headings, the
 * title slide's presenter and date bylines, its course subtitle furniture, and speaker notes (aside.notes, not shown on
 * the slide) are in neither list; on the forum thread the posts, including a quote of an earlier post inside a reply,
 * are the body, usernames, full names and post dates bylines. Table header cells are in neither list everywhere; table
 * data cells in the article are body. "Instructor: ..." lines of the OCW and Canvas pages are bylines, the Canvas
 * office-hours line furniture.
 */
export const HELDOUT368_PAGES: readonly TestPage[] = [...HELDOUT368_A, ...HELDOUT368_B, ...HELDOUT368_C, ...HELDOUT368_D, ...HELDOUT368_E, ...HELDOUT368_F];
