import type { TestPage } from './page-kit.js';
import { britannicaBio } from './pages-heldout157-d1.js';
import { healthlineArticle } from './pages-heldout157-d2.js';

/** Held-out batch 157, file d: a Britannica biography (helper d1) and a Healthline article with a medical review line (helper d2). */
export const HELDOUT157_D: readonly TestPage[] = [britannicaBio, healthlineArticle];
