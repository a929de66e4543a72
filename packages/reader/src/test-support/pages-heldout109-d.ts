import type { TestPage } from './page-kit.js';
import { wixPost } from './pages-heldout109-d2.js';
import { phpbbTopic } from './pages-heldout109-d3.js';

/**
 * Held-out batch 109, file d: a Wix Blog post on a free Wix site (file d2) and a phpBB 3.3 prosilver topic (file d3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_D: readonly TestPage[] = [once(wixPost), once(phpbbTopic)];
