import type { TestPage } from './page-kit.js';
import { bloggerPost } from './pages-heldout109-b2.js';
import { devtoPost } from './pages-heldout109-b3.js';

/**
 * Held-out batch 109, file b: a Blogger post on the Contempo theme (file b2) and a dev.to (Forem) post (file b3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_B: readonly TestPage[] = [once(bloggerPost), once(devtoPost)];
