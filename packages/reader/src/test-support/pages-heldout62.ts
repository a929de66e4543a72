import type { TestPage } from './page-kit.js';
import { HELDOUT62_A } from './pages-heldout62-a.js';
import { HELDOUT62_B } from './pages-heldout62-b.js';
import { HELDOUT62_C } from './pages-heldout62-c.js';
import { HELDOUT62_D } from './pages-heldout62-d.js';
import { HELDOUT62_E } from './pages-heldout62-e.js';
import { HELDOUT62_F } from './pages-heldout62-f.js';

/**
 * Held-out batch 62, written in session 20 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: forum and community
 * threads, one of each: a Discourse topic on the 2025 theme with replies, a NodeBB 4 topic (Harmony theme), a Vanilla Forums
 * Q&A discussion, an Invision Community 4.7 topic, a Lemmy post with comments, a new-Reddit (shreddit) comments page, a
 * Server Fault question with answers, a phpBB 3.3 prosilver topic, a GitHub Discussions thread, a Microsoft Tech Community
 * thread (Khoros Aurora), a Khoros classic community thread and a Circle.so community post with comments.
 * Every post, reply and comment is body; posters' names, handles, post times and "edited" lines are bylines; quoted posts,
 * repeated "best answer" copies and code blocks are in neither list; ranks, signatures, counts, reactions and buttons are
 * furniture. Held out: measured once, on the round-42 rules, as a set only: 95.1 % / 97.6 %, 0 / 101 bylines, 14 / 632
 * furniture, 2 / 12 summaries with any.
 */
export const HELDOUT62_PAGES: readonly TestPage[] = [...HELDOUT62_A, ...HELDOUT62_B, ...HELDOUT62_C, ...HELDOUT62_D, ...HELDOUT62_E, ...HELDOUT62_F];
