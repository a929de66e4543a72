import type { TestPage } from './page-kit.js';
import { lemmyThread } from './pages-heldout109-f2.js';
import { quoraAnswer } from './pages-heldout109-f3.js';

/**
 * Held-out batch 109, file f: a Lemmy post with nested comments (file f2) and a Quora answer page (file f3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_F: readonly TestPage[] = [once(lemmyThread), once(quoraAnswer)];
