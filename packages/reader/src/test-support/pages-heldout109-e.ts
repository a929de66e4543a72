import type { TestPage } from './page-kit.js';
import { xenforoThread } from './pages-heldout109-e2.js';
import { hnThread } from './pages-heldout109-e3.js';

/**
 * Held-out batch 109, file e: a XenForo 2.3 thread (file e2) and a Hacker News "Ask HN" item page (file e3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_E: readonly TestPage[] = [once(xenforoThread), once(hnThread)];
