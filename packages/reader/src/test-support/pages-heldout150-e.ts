import type { TestPage } from './page-kit.js';
import { mintlifyPage } from './pages-heldout150-e2.js';
import { readmePage } from './pages-heldout150-e3.js';

/**
 * Held-out batch 150, file e: a Mintlify guide page (file e2) and a guide page on a ReadMe.com developer hub (file e3).
 */
export const HELDOUT150_E: readonly TestPage[] = [mintlifyPage, readmePage];
