import type { TestPage } from './page-kit.js';
import { texinfoPage } from './pages-heldout150-c2.js';
import { man7Page } from './pages-heldout150-c3.js';

/**
 * Held-out batch 150, file c: a section node of a GNU manual split into HTML by makeinfo (file c2) and a man page as rendered on man7.org (file c3).
 */
export const HELDOUT150_C: readonly TestPage[] = [texinfoPage, man7Page];
