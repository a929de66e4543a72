import type { TestPage } from './page-kit.js';
import { physicsWorld } from './pages-heldout230-b2.js';
import { chemistryWorld } from './pages-heldout230-b3.js';

/**
 * Held-out batch 230, file b: a Physics World research update (file b2) and a Chemistry World news story (file b3).
 */
export const HELDOUT230_B: readonly TestPage[] = [physicsWorld, chemistryWorld];
