import type { TestPage } from './page-kit.js';
import { HELDOUT207_A } from './pages-heldout207-a.js';
import { HELDOUT207_B } from './pages-heldout207-b.js';
import { HELDOUT207_C } from './pages-heldout207-c.js';
import { HELDOUT207_D } from './pages-heldout207-d.js';
import { HELDOUT207_E } from './pages-heldout207-e.js';
import { HELDOUT207_F } from './pages-heldout207-f.js';

/**
 * Held-out batch 207, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Help Community thread
 * (Chrome), a Samsung Community thread on Khoros, a Spotify Community idea on Khoros Ideas, an HP Support Community thread
 * on Khoros, a Mozilla Support (Kitsune) forum question, a Salesforce Trailblazer Community question, a Zendesk Community
 * feedback post on the help center, a Shopify Community thread on Discourse, a Home Assistant Community topic on Discourse,
 * a Unity Discussions topic on Discourse, a Figma Forum question on Gainsight (inSided) and a Notion users' thread on a
 * self-hosted Discourse with topic voting and nested replies.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the forums have no section headings; a copy of a post's text that the platform
 * repeats in a "Recommended Answer", "Chosen solution", "Best answer" or solved-plugin box (or a quoted reply) is in neither
 * list, the post itself is body; a moderator's status explanation on an idea is a comment and so body, the status labels
 * furniture; user titles, ranks, levels, badges, job-title lines and staff signatures are furniture; "Submitted by",
 * "Asked by ..." and "Last reply by ..." lines are bylines; hidden system-details tables are in neither list, their
 * headings furniture; related-topic reply counts (bare numbers) are left out, their view counts and dates are furniture.
 */
export const HELDOUT207_PAGES: readonly TestPage[] = [...HELDOUT207_A, ...HELDOUT207_B, ...HELDOUT207_C, ...HELDOUT207_D, ...HELDOUT207_E, ...HELDOUT207_F];
