import type { TestPage } from './page-kit.js';
import { scholarpediaPage } from './pages-heldout163-b2.js';
import { iepPage } from './pages-heldout163-b3.js';

/**
 * Held-out batch 163, file b: a Scholarpedia article (file b2) and an Internet Encyclopedia of Philosophy article (file b3).
 */
export const HELDOUT163_B: readonly TestPage[] = [scholarpediaPage, iepPage];
