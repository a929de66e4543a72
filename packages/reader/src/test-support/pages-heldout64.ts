import type { TestPage } from './page-kit.js';
import { HELDOUT64_A } from './pages-heldout64-a.js';
import { HELDOUT64_B } from './pages-heldout64-b.js';
import { HELDOUT64_C } from './pages-heldout64-c.js';
import { HELDOUT64_D } from './pages-heldout64-d.js';
import { HELDOUT64_E } from './pages-heldout64-e.js';
import { HELDOUT64_F } from './pages-heldout64-f.js';

/**
 * Held-out batch 64, written in session 20 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: forum and Q&A thread pages, one of
 * each family: a XenForo 2.2 thread, a MyBB 1.8 thread, a Simple Machines Forum 2.1 topic, a FluxBB topic, a Discuz! X3.4
 * thread (in Chinese, as the family is), a vBulletin 5 Connect topic, an Ask Ubuntu question with answers, a Stack Overflow
 * question with a long accepted answer and comments, a Hacker News "Show HN" item with comments, a Lobsters story with comments,
 * a Tildes topic with nested comments and an Mbin (kbin-style) thread.
 * Golds follow the thread convention: every post, reply and comment is body, names, post times and "edited" lines are bylines,
 * quotes of earlier posts and code blocks are in neither list. Not yet measured.
 */
export const HELDOUT64_PAGES: readonly TestPage[] = [...HELDOUT64_A, ...HELDOUT64_B, ...HELDOUT64_C, ...HELDOUT64_D, ...HELDOUT64_E, ...HELDOUT64_F];
