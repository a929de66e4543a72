import type { TestPage } from './page-kit.js';
import { HELDOUT231_A } from './pages-heldout231-a.js';
import { HELDOUT231_B } from './pages-heldout231-b.js';
import { HELDOUT231_C } from './pages-heldout231-c.js';
import { HELDOUT231_D } from './pages-heldout231-d.js';
import { HELDOUT231_E } from './pages-heldout231-e.js';
import { HELDOUT231_F } from './pages-heldout231-f.js';

/**
 * Held-out batch 231, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mathematics Stack Exchange
 * question with comments and two answers, a Stack Overflow en español question with code blocks and an accepted answer, a
 * Quora Spaces post with comments, an Ask MetaFilter question with its "more inside" text and answers, a Physics Forums
 * (XenForo) thread with a TL;DR summary and a quoted reply, a Microsoft Q&A question on Microsoft Learn with an accepted
 * answer, a JustAnswer car question with the customer / expert conversation, a Brainly question with an expert-verified and
 * a community answer, a Chegg-style homework Q&A page with a step-by-step answer under a paywall blur, a university
 * library's Ask a Librarian answer on LibAnswers, a state revenue department's FAQ answer page on the U.S. Web Design
 * System, and a question on a Zhihu-style English Q&A site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a page whose h1 is the question itself (Brainly, Chegg's "Question:" h1, LibAnswers'
 * "Q." h1) has that h1 text as its title, and the question's further text as body; a question's summary field written by the
 * asker (Physics Forums' TL;DR) is body, its label furniture; answer steps blurred under a paywall overlay are in the saved
 * page and are body, the overlay furniture; the h2 step labels of a step-by-step answer are headings; an answerer's request
 * to accept the answer, written inside the answer, is body; a collapsed question detail behind "Show all" is body; figure
 * captions inside answers are furniture; on the docs pages a summary box's items and a table's caption and data cells are
 * body, the summary box label and table header cells in neither list; the library FAQ's "Last Updated" and "Answered By"
 * labels and values are bylines; bare vote and reputation counts are furniture, and answer counts that repeat elsewhere
 * are listed once.
 */
export const HELDOUT231_PAGES: readonly TestPage[] = [...HELDOUT231_A, ...HELDOUT231_B, ...HELDOUT231_C, ...HELDOUT231_D, ...HELDOUT231_E, ...HELDOUT231_F];
