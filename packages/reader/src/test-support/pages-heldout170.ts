import type { TestPage } from './page-kit.js';
import { HELDOUT170_A } from './pages-heldout170-a.js';
import { HELDOUT170_B } from './pages-heldout170-b.js';
import { HELDOUT170_C } from './pages-heldout170-c.js';
import { HELDOUT170_D } from './pages-heldout170-d.js';
import { HELDOUT170_E } from './pages-heldout170-e.js';
import { HELDOUT170_F } from './pages-heldout170-f.js';

/**
 * Held-out batch 170, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Ars Technica OpenForum
 * (XenForo) thread, a CivFanatics (XenForo) thread, a Bitcointalk (SMF 1.1) topic, a Blender Artists (Discourse) topic, a
 * Proxmox Support Forum (XenForo) thread, a TrueNAS Community (Discourse) topic, a Cisco Community (Khoros) discussion, a Dell
 * Community (Khoros) thread, an Unraid forums (Invision Community) topic, a Codidact question with answers (QPixel), an Arduino
 * Forum (Discourse) topic and a Raspberry Pi Forums (phpBB) topic.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: no page has section headings (posts carry none), so `headings` is empty; thread
 * prefixes and status labels inside the h1 ("Discussion", "[SOLVED]") are furniture; reply subject lines ("Re: ...", in
 * Khoros h2s, phpBB h3s and SMF subject cells) are furniture; signatures are furniture; the Discourse Solved plugin's
 * "Solved by ... in post #N" line is furniture and its excerpt, like every quote, is in neither list; XenForo thread starter
 * and start date, Invision's "By ..." line and "(edited)" marker, and Codidact's "asked" / "answered" / "edited" lines are
 * bylines; image file names and sizes under Discourse images are furniture; Codidact comment-thread titles are furniture
 * while the comments are body; registration dates and post counts in author panes are furniture.
 */
export const HELDOUT170_PAGES: readonly TestPage[] = [...HELDOUT170_A, ...HELDOUT170_B, ...HELDOUT170_C, ...HELDOUT170_D, ...HELDOUT170_E, ...HELDOUT170_F];
