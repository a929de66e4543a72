import type { TestPage } from './page-kit.js';
import { HELDOUT182_A } from './pages-heldout182-a.js';
import { HELDOUT182_B } from './pages-heldout182-b.js';
import { HELDOUT182_C } from './pages-heldout182-c.js';
import { HELDOUT182_D } from './pages-heldout182-d.js';
import { HELDOUT182_E } from './pages-heldout182-e.js';
import { HELDOUT182_F } from './pages-heldout182-f.js';

/**
 * Held-out batch 182, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Cross Validated question with
 * answers, a Travel Stack Exchange question with answers, an Academia Stack Exchange question with answers, a Home
 * Improvement Stack Exchange question with answers, a Seasoned Advice question with answers, a Super User question with an
 * open bounty notice, a Brainly question page, a JustAnswer question page, an Answers.com question page, an AWS re:Post
 * question, an Apple Developer Forums thread and a Stack Overflow question closed as a duplicate.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Stack Exchange pages every post and comment is body and a post's own h2s
 * are headings; "asked" / "answered" / "edited" lines, the Asked and Modified values, user names and comment dates are
 * bylines; vote counts, reputation, badge texts, tags, post menus, the answers header with its sort menu, the answer form
 * with its hidden help and the sidebar widgets are furniture; a blockquote quoting a document (not a post) is body; the
 * bounty notice (with the starter's custom message) and the duplicate notice are furniture, and the "[duplicate]" suffix
 * stays in the title as the h1 shows it. On Brainly the question is the h1 (title) and its second line is body; answer
 * labels ("Final answer:", "Explanation:") stay in their paragraphs. On JustAnswer the "Customer Question" text and every
 * turn of the conversation (the blurred, paywalled one too) are body, the turn labels bylines. Answer badges (Expert-Verified,
 * Best Answer, Accepted Answer, EXPERT, AWS, DTS Engineer) are furniture.
 */
export const HELDOUT182_PAGES: readonly TestPage[] = [...HELDOUT182_A, ...HELDOUT182_B, ...HELDOUT182_C, ...HELDOUT182_D, ...HELDOUT182_E, ...HELDOUT182_F];
