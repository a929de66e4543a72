import type { TestPage } from './page-kit.js';
import { charityGuide } from './pages-heldout217-d1.js';
import { tribunalDecision } from './pages-heldout217-d2.js';

/**
 * Held-out batch 217, file d: a legal aid charity's advice guide (file d1) and an employment tribunal (Workplace Relations
 * Commission) decision page (file d2).
 */
export const HELDOUT217_D: readonly TestPage[] = [charityGuide, tribunalDecision];
