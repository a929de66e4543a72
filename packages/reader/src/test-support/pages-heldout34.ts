import type { TestPage } from './page-kit.js';
import { HELDOUT34_A } from './pages-heldout34-a.js';
import { HELDOUT34_B } from './pages-heldout34-b.js';
import { HELDOUT34_C } from './pages-heldout34-c.js';
import { HELDOUT34_D } from './pages-heldout34-d.js';
import { HELDOUT34_E } from './pages-heldout34-e.js';
import { HELDOUT34_F } from './pages-heldout34-f.js';

/**
 * Held-out batch 34, written in session 16 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wix blog post, a
 * Webflow CMS blog post, a WordPress.com post with Jetpack sharing, likes, related posts and comments, a LiveJournal entry
 * with comments, a Patreon public post, a hospital newsroom story (Drupal), a museum exhibition page, a school district news
 * post (Finalsite), a Klaviyo email newsletter viewed in the browser (table layout), a HackerNoon story, a Thread Reader App
 * unrolled X thread and an Mbin link thread with threaded comments.
 * Not yet measured.
 */
export const HELDOUT34_PAGES: readonly TestPage[] = [...HELDOUT34_A, ...HELDOUT34_B, ...HELDOUT34_C, ...HELDOUT34_D, ...HELDOUT34_E, ...HELDOUT34_F];
