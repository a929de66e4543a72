import type { TestPage } from './page-kit.js';
import { HELDOUT164_A } from './pages-heldout164-a.js';
import { HELDOUT164_B } from './pages-heldout164-b.js';
import { HELDOUT164_C } from './pages-heldout164-c.js';
import { HELDOUT164_D } from './pages-heldout164-d.js';
import { HELDOUT164_E } from './pages-heldout164-e.js';
import { HELDOUT164_F } from './pages-heldout164-f.js';

/**
 * Held-out batch 164, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Bogleheads phpBB (prosilver)
 * topic, a Physics Forums XenForo 2 thread, a DPReview forum thread in flat view, an AVS Forum thread on the VerticalScope
 * XenForo theme, a Something Awful vBulletin thread, a Head-Fi XenForo thread, a Fark comments page, a Godot Forum
 * (Discourse) topic, a Kaggle competition discussion thread (solution write-up), a Hugging Face model discussion page, a
 * Mailman 3 HyperKitty mailing-list thread and a Debian mailing-list archive message page (MHonArc).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: per-post "Re:" subjects are furniture; screen-reader "Thread starter" / "Start
 * date" labels and "opened ... by" / "Posted ... by" / "First post" / "Last post" / "In reply to" lines are bylines; a
 * quote's attribution ("X said:", "X wrote:", "X posted:") is in neither list, like the quote; status-change events,
 * solved notices and participant lists are furniture; a Discourse system closing post is body; in the Kaggle write-up its
 * own h2s are the headings; the Fark headline is the title; the Debian message text, although in a pre block, is body (one
 * entry a paragraph, its hard-wrapped lines joined), its From and Date header lines bylines and its other header lines
 * furniture; a short furniture text that is also a word of a gold line or another list is listed once.
 */
export const HELDOUT164_PAGES: readonly TestPage[] = [...HELDOUT164_A, ...HELDOUT164_B, ...HELDOUT164_C, ...HELDOUT164_D, ...HELDOUT164_E, ...HELDOUT164_F];
