import type { TestPage } from './page-kit.js';
import { HELDOUT128_A } from './pages-heldout128-a.js';
import { HELDOUT128_B } from './pages-heldout128-b.js';
import { HELDOUT128_C } from './pages-heldout128-c.js';
import { HELDOUT128_D } from './pages-heldout128-d.js';
import { HELDOUT128_E } from './pages-heldout128-e.js';
import { HELDOUT128_F } from './pages-heldout128-f.js';

/**
 * Held-out batch 128, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a new Reddit (shreddit) thread
 * with nested comments, an old.reddit.com self-post with nested comments, a Stack Overflow question with answers and
 * comments, a Super User question with answers, a Discourse support topic with the Solved plugin, a Hacker News "Ask HN"
 * item with comments, a XenForo 2.3 thread, a phpBB 3.3 prosilver topic, a closed GitHub issue in the React issue viewer,
 * an answered GitHub Discussions Q&A thread, a Quora question page with answers and a Microsoft Community
 * (answers.microsoft.com) thread.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a thread's title is the question or topic title without a prefix label
 * (XenForo's "Question" label is furniture); the only headings are a post's own section headings (the GitHub issue form's
 * h3s), never per-post subjects (phpBB's "Re: ..." h3s are furniture, the first post's subject repeats the title and is
 * left out); where a forum keeps post text as <br>-separated lines (XenForo, phpBB) or leaves the first paragraph bare
 * (Hacker News), each block between the breaks is a body paragraph; the "X said:" / "X wrote:" titles of quotes go with
 * the quote in neither list, and so do "Solved by" / "Answered by" excerpts that repeat an answer; an edit note the poster
 * wrote inside the post ("Edit: ...") is body, a platform's edit line ("Edited 2d ago", "Last edited by ...") a byline;
 * timeline events, sponsored answers, answers to related questions, signatures, user titles and profile fields are
 * furniture; hidden texts (vote tooltips, feedback messages, collapsed menus) are furniture when they are in the saved
 * DOM, and banners rendered in a shadow root (GitHub's consent banner) are not in the page at all.
 */
export const HELDOUT128_PAGES: readonly TestPage[] = [...HELDOUT128_A, ...HELDOUT128_B, ...HELDOUT128_C, ...HELDOUT128_D, ...HELDOUT128_E, ...HELDOUT128_F];
