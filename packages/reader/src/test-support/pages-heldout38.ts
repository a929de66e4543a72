import type { TestPage } from './page-kit.js';
import { HELDOUT38_A } from './pages-heldout38-a.js';
import { HELDOUT38_B } from './pages-heldout38-b.js';
import { HELDOUT38_C } from './pages-heldout38-c.js';
import { HELDOUT38_D } from './pages-heldout38-d.js';
import { HELDOUT38_E } from './pages-heldout38-e.js';
import { HELDOUT38_F } from './pages-heldout38-f.js';

/**
 * Held-out batch 38, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: an old Reddit
 * (old.reddit.com) comments page of a self post, a Lobsters story with nested comments, a Tildes topic with comments, a
 * Flarum discussion (the rendered app with its <noscript> copy), a Simple Machines Forum 2.1 topic, a Mozilla Bugzilla bug
 * with comments, a GitLab issue with discussion notes, an Apache Jira issue with comments, a Microsoft Q&A question with
 * answers, a PieFed post with nested comments, a Hugging Face Hub model Community discussion and a Kaggle discussion topic.
 * All twelve are thread or tracker pages: every post, reply and comment is body, names and post times are bylines.
 * Not yet measured.
 */
export const HELDOUT38_PAGES: readonly TestPage[] = [...HELDOUT38_A, ...HELDOUT38_B, ...HELDOUT38_C, ...HELDOUT38_D, ...HELDOUT38_E, ...HELDOUT38_F];
