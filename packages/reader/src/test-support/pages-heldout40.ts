import type { TestPage } from './page-kit.js';
import { HELDOUT40_A } from './pages-heldout40-a.js';
import { HELDOUT40_B } from './pages-heldout40-b.js';
import { HELDOUT40_C } from './pages-heldout40-c.js';
import { HELDOUT40_D } from './pages-heldout40-d.js';
import { HELDOUT40_E } from './pages-heldout40-e.js';
import { HELDOUT40_F } from './pages-heldout40-f.js';

/**
 * Held-out batch 40, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: an X (Twitter) thread by one author as the
 * logged-out web app renders it with replies, an Answer Overflow page of an indexed Discord help thread, a Telegram public post
 * web preview (t.me/<channel>/<id>, the post widget's frame inlined), a Substack Notes thread with replies, a Goodreads group
 * discussion topic, a Tripadvisor travel forum topic, a Mumsnet Talk thread, a Fandom Discussions post with replies, a Wikimedia
 * Phabricator task with comments, a lists.sr.ht (SourceHut) mailing-list thread, an IETF mail archive thread message and a
 * Launchpad Answers question.
 * Not yet measured.
 */
export const HELDOUT40_PAGES: readonly TestPage[] = [...HELDOUT40_A, ...HELDOUT40_B, ...HELDOUT40_C, ...HELDOUT40_D, ...HELDOUT40_E, ...HELDOUT40_F];
