import type { TestPage } from './page-kit.js';
import { wikipediaAthlete } from './pages-heldout157-a1.js';
import { wikipediaRiver } from './pages-heldout157-a2.js';

/**
 * Held-out batch 157, file a: a Wikipedia biography of an athlete (helper a1) and a Wikipedia article about a river (helper a2),
 * both on the Vector 2022 chrome of helper a0.
 */
export const HELDOUT157_A: readonly TestPage[] = [wikipediaAthlete, wikipediaRiver];
