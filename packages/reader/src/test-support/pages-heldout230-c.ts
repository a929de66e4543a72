import type { TestPage } from './page-kit.js';
import { eurekAlert } from './pages-heldout230-c2.js';
import { physOrg } from './pages-heldout230-c3.js';

/**
 * Held-out batch 230, file c: an EurekAlert! news release (file c2) and a Phys.org news article (file c3).
 */
export const HELDOUT230_C: readonly TestPage[] = [eurekAlert, physOrg];
