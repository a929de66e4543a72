import type { TestPage } from './page-kit.js';
import { gvpWeekly } from './pages-heldout212-e2.js';
import { bgsBlog } from './pages-heldout212-e3.js';

/**
 * Held-out batch 212, file e: a Smithsonian Global Volcanism Program weekly volcanic activity report (file e2) and a British
 * Geological Survey blog post (file e3).
 */
export const HELDOUT212_E: readonly TestPage[] = [gvpWeekly, bgsBlog];
