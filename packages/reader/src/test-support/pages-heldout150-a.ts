import type { TestPage } from './page-kit.js';
import { furoPage } from './pages-heldout150-a2.js';
import { pydataPage } from './pages-heldout150-a3.js';

/**
 * Held-out batch 150, file a: a Sphinx user-guide page in the Furo theme (file a2) and a Read the Docs user-guide page in the PyData Sphinx theme (file a3).
 */
export const HELDOUT150_A: readonly TestPage[] = [furoPage, pydataPage];
