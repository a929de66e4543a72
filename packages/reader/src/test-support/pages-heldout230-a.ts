import type { TestPage } from './page-kit.js';
import { ieeeSpectrum } from './pages-heldout230-a2.js';
import { hwReview } from './pages-heldout230-a3.js';

/**
 * Held-out batch 230, file a: an IEEE Spectrum news story (file a2) and an AnandTech-style CPU review, page 1 of 5 (file a3).
 */
export const HELDOUT230_A: readonly TestPage[] = [ieeeSpectrum, hwReview];
