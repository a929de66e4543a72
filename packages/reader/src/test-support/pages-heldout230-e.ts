import type { TestPage } from './page-kit.js';
import { university } from './pages-heldout230-e2.js';
import { labBlog } from './pages-heldout230-e3.js';

/**
 * Held-out batch 230, file e: a university press office story on Drupal (file e2) and a research lab blog post on Jekyll al-folio (file e3).
 */
export const HELDOUT230_E: readonly TestPage[] = [university, labBlog];
