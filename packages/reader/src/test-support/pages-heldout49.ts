import type { TestPage } from './page-kit.js';
import { HELDOUT49_A } from './pages-heldout49-a.js';
import { HELDOUT49_B } from './pages-heldout49-b.js';
import { HELDOUT49_C } from './pages-heldout49-c.js';
import { HELDOUT49_D } from './pages-heldout49-d.js';
import { HELDOUT49_E } from './pages-heldout49-e.js';
import { HELDOUT49_F } from './pages-heldout49-f.js';

/**
 * Held-out batch 49, written in session 18 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a Quora answer permalink, a Reddit
 * comment permalink on new Reddit (shreddit), a Mastodon 4.3 post with its replies, a Bluesky post with replies, a Threads
 * post with replies, a LinkedIn article, a YouTube watch page (description and top comments), a Goodreads review page with
 * comments, a Google Maps place page with its reviews, a Product Hunt forum thread, a Hacker News comment permalink with its
 * children and a Discord thread as a public archive renders a message link (Answer Overflow style).
 * Not yet measured. Social posts without a title of their own have their first line as the gold title (not repeated in the
 * body); the video page's and the Goodreads review's comments are furniture (reader comments under a publication), the
 * thread pages' are body.
 */
export const HELDOUT49_PAGES: readonly TestPage[] = [...HELDOUT49_A, ...HELDOUT49_B, ...HELDOUT49_C, ...HELDOUT49_D, ...HELDOUT49_E, ...HELDOUT49_F];
