import type { TestPage } from './page-kit.js';
import { wordpressGp } from './pages-heldout109-a2.js';
import { ghostPost } from './pages-heldout109-a3.js';

/**
 * Held-out batch 109, file a: a WordPress blog post on the GeneratePress theme (file a2) and a Ghost post on the Casper theme (file a3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_A: readonly TestPage[] = [once(wordpressGp), once(ghostPost)];
