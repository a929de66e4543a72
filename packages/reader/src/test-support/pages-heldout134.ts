import type { TestPage } from './page-kit.js';
import { HELDOUT134_A } from './pages-heldout134-a.js';
import { HELDOUT134_B } from './pages-heldout134-b.js';
import { HELDOUT134_C } from './pages-heldout134-c.js';
import { HELDOUT134_D } from './pages-heldout134-d.js';
import { HELDOUT134_E } from './pages-heldout134-e.js';
import { HELDOUT134_F } from './pages-heldout134-f.js';

/**
 * Held-out batch 134, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a new Reddit (shreddit) link post
 * with comments, an Ask Ubuntu question with answers, a Server Fault question with an open bounty and answers, a solved
 * Discourse support topic in a product community, a vBulletin 4 thread, a solved Invision Community topic, a Tom's Hardware
 * forum question thread (XenForo 2.2), a Steam Community discussion with a developer reply, a Lemmy link post with comments,
 * a GitLab issue with comments, a Hacker News story with comments and a Microsoft Q&A question with answers.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a link post's own text (Lemmy) is body and its link card (the linked page's title
 * and description) furniture; when a platform repeats a post's text as an excerpt (Discourse's "Solved by" aside, XenForo's
 * Solution block) or repeats the title (the breadcrumb's last item, vBulletin's first post title), the repeat is in neither
 * list; a thread-title prefix label ("Question") and vBulletin's "Thread:" are furniture and left out of the title; system
 * and small-action notes (Discourse auto-close, GitLab label / assignment / mention notes) are furniture; a bot-written Q&A
 * Assist answer is body like any other answer; the question comments and answer comments of Stack Exchange are body; a
 * short furniture text that is also a word of a short gold line is left out (each page says which); the Hacker News page
 * keeps HN's missing doctype.
 */
export const HELDOUT134_PAGES: readonly TestPage[] = [...HELDOUT134_A, ...HELDOUT134_B, ...HELDOUT134_C, ...HELDOUT134_D, ...HELDOUT134_E, ...HELDOUT134_F];
