import type { TestPage } from './page-kit.js';
import { HELDOUT289_A } from './pages-heldout289-a.js';
import { HELDOUT289_B } from './pages-heldout289-b.js';
import { HELDOUT289_C } from './pages-heldout289-c.js';
import { HELDOUT289_D } from './pages-heldout289-d.js';
import { HELDOUT289_E } from './pages-heldout289-e.js';
import { HELDOUT289_F } from './pages-heldout289-f.js';

/**
 * Held-out batch 289, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Khan Academy-style article
 * with key points, a figure and a comparison table; a Moodle 4.4 course section page with its summary, a "Text and media
 * area" and the activity list; a Canvas LMS course page with the ENV script and the module sequence footer; a university
 * course catalogue entry on a Modern Campus (Acalog) template, its description written as bare text between line breaks;
 * a LibreTexts-style (MindTouch) textbook page with objectives, example and exercise boxes; an OpenStax-style (REX, React)
 * chapter section with a learning objectives note, a numbered figure and key terms; a W3Schools-style tutorial page with
 * example boxes, ads and an exercise; a GeeksforGeeks-style article with code and "Similar Reads"; a language-learning app's
 * blog post built with Elementor; a school district's parent guide on Finalsite; an Open edX-style MOOC discussion thread
 * (the posts are the body); and a BBC Bitesize-style revision guide page (server-rendered React).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: key points / learning objectives boxes and their items are body, their label a
 * heading when it is an h2 or h3 (Khan's "Key points:", the textbooks' "Learning Objectives", Bitesize's "Key points" and
 * "Exam tip"); the data cells of a table inside the article are body, its header cells in neither list; key terms written as
 * a definition list are body, term and definition each an entry; code examples inside a tutorial are body, the example box
 * labels ("Example", "Add an item:", "Try it Yourself »") and a separate multiple-choice exercise furniture, a program's
 * "Output" label in neither list and its output body; MindTouch box legends ("Example 1: ...", "Exercise 1") and a hidden
 * answer's "Answer" label are in neither list, the exercise question and answer body; the Moodle section summary and the
 * "Text and media area" are body and the activity names furniture, the activity dates (Opened, Due, Closes) bylines; the
 * catalogue entry's data fields (prerequisites, credits, hours, fee) and its outcomes label are body, the catalogue's own
 * note under the entry furniture; the MindTouch licence line that names the author is a byline, as are the OpenStax
 * attribution's "Authors" and "Publish Date" lines and Canvas's "Last edited by" line; a pull quote's attribution inside the
 * post is body; in the MOOC thread the question, the responses and the comments on a response are body, the author names,
 * relative times and the "Endorsed by" line bylines, the role badges furniture; on the blog, comments under the post are
 * furniture and their authors and times bylines, the author box's name a byline and its bio furniture.
 */
export const HELDOUT289_PAGES: readonly TestPage[] = [...HELDOUT289_A, ...HELDOUT289_B, ...HELDOUT289_C, ...HELDOUT289_D, ...HELDOUT289_E, ...HELDOUT289_F];
