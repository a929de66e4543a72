import type { TestPage } from './page-kit.js';
import { kadenceRecipe } from './pages-heldout109-c2.js';
import { astraTravel } from './pages-heldout109-c3.js';

/**
 * Held-out batch 109, file c: a recipe post on WordPress with Kadence and WP Recipe Maker (file c2) and a travel post on WordPress with Astra (file c3).
 * Each page lives in its own helper file; a byline or furniture text listed twice (a name, count or button shown in two places) is kept once.
 */
const once = (p: TestPage): TestPage => ({ ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)] });

export const HELDOUT109_C: readonly TestPage[] = [once(kadenceRecipe), once(astraTravel)];
