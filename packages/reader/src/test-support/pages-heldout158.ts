import type { TestPage } from './page-kit.js';
import { HELDOUT158_A } from './pages-heldout158-a.js';
import { HELDOUT158_B } from './pages-heldout158-b.js';
import { HELDOUT158_C } from './pages-heldout158-c.js';
import { HELDOUT158_D } from './pages-heldout158-d.js';
import { HELDOUT158_E } from './pages-heldout158-e.js';
import { HELDOUT158_F } from './pages-heldout158-f.js';

/**
 * Held-out batch 158, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Stack Overflow question with a
 * closed notice, an Ask Ubuntu question with a comment-heavy answer, a new-Reddit thread with an AutoModerator comment, a
 * Discourse topic with a poll, a GitHub Discussions thread with a marked answer, a GitLab merge request discussion, a Steam
 * Community guide's comments page, a Microsoft Tech Community thread, a Salesforce Trailblazer Community question, a
 * Spiceworks-like IT forum thread on Khoros, a phpBB topic with a poll and a Hacker News Show HN thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a closed notice on a question is furniture; a bot's comment (AutoModerator) is a
 * comment and so body; poll questions and options written in a post are body, the poll's counts, percentages, end date,
 * instructions and buttons furniture; on the Steam guide comments page the guide's title is the page title and the comments
 * are the body; a merge request's description (its h2s the headings) and its discussion notes are body, its system notes
 * ("added 2 commits", "approved this merge request") furniture, with their actors' names as bylines; GitHub's "Answered by"
 * box that repeats the start of the marked answer is furniture but its cut-short text is in neither list.
 */
export const HELDOUT158_PAGES: readonly TestPage[] = [...HELDOUT158_A, ...HELDOUT158_B, ...HELDOUT158_C, ...HELDOUT158_D, ...HELDOUT158_E, ...HELDOUT158_F];
