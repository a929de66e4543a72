import type { TestPage } from './page-kit.js';
import { ansiblePage } from './pages-heldout150-d2.js';
import { gitbookPage } from './pages-heldout150-d3.js';

/**
 * Held-out batch 150, file d: an Ansible collection module page from the community docs (file d2) and a GitBook
 * page of a PostgreSQL-compatible database's docs (file d3).
 */
export const HELDOUT150_D: readonly TestPage[] = [ansiblePage, gitbookPage];
