import type { TestPage } from './page-kit.js';
import { dailyStar } from './pages-heldout198-d1.js';
import { taipeiTimes } from './pages-heldout198-d2.js';

/**
 * Held-out batch 198, file d: a Daily Star (Bangladesh) Drupal news story (breadcrumb, "Last update on", related topics) and a Taipei Times story (h2
 * subhead, "By ... / Staff reporter", page line, comments policy).
 */
export const HELDOUT198_D: readonly TestPage[] = [dailyStar, taipeiTimes];
