import type { TestPage } from './page-kit.js';
import { punch } from './pages-heldout198-b1.js';
import { theStar } from './pages-heldout198-b2.js';

/**
 * Held-out batch 198, file b: a Punch (Nigeria) news story on WordPress (inline "Related News" box, share lines, rights notice) and a Star (Malaysia)
 * news story ("Related stories:" links at the end of the story body, report form).
 */
export const HELDOUT198_B: readonly TestPage[] = [punch, theStar];
