import type { TestPage } from './page-kit.js';
import { xenforoThread } from './pages-heldout128-d2.js';
import { phpbbTopic } from './pages-heldout128-d3.js';

/**
 * Held-out batch 128, file d: two classic forum threads. From file d2, a XenForo 2.3 thread (header, navigation with its
 * search menu, section links, the hidden off-canvas menu, a guest notice, breadcrumbs, the "Question" prefix label in
 * the h1, the thread starter and start date line, messages with user title and extras, "#N" numbers, a quote with
 * "Click to expand...", a signature, reaction bars, "Last edited", the share bar, "Similar threads", the footer and the
 * cookie notice); from file d3, a phpBB 3.3 prosilver topic (the board name as h1 and the topic title as h2, quick links,
 * breadcrumbs, action bars with pagination, profile columns, per-post "Re:" subjects, a quote with "wrote:", a board ad,
 * signatures, "Last edited by" notice, jump box, "Who is online", footer and the cookieconsent banner).
 */
export const HELDOUT128_D: readonly TestPage[] = [xenforoThread, phpbbTopic];
