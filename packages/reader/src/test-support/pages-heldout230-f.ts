import type { TestPage } from './page-kit.js';
import { societyFeature } from './pages-heldout230-f2.js';
import { hackster } from './pages-heldout230-f3.js';

/**
 * Held-out batch 230, file f: an engineering society magazine feature (file f2) and a Hackster.io project page (file f3).
 */
export const HELDOUT230_F: readonly TestPage[] = [societyFeature, hackster];
