import type { TestPage } from './page-kit.js';
import { wikipediaSoftware } from './pages-heldout157-b1.js';
import { fandomLevel } from './pages-heldout157-b2.js';

/**
 * Held-out batch 157, file b: a Wikipedia article about a software product (helper b1, Vector 2022 chrome of helper a0) and a
 * Fandom wiki article about a video game level (helper b2).
 */
export const HELDOUT157_B: readonly TestPage[] = [wikipediaSoftware, fandomLevel];
