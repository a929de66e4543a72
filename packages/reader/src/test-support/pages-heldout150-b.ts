import type { TestPage } from './page-kit.js';
import { javadocPage } from './pages-heldout150-b2.js';
import { rustdocPage } from './pages-heldout150-b3.js';

/**
 * Held-out batch 150, file b: a Javadoc (JDK 21) class page (files b2 and b4) and a rustdoc struct page on docs.rs (file b3).
 */
export const HELDOUT150_B: readonly TestPage[] = [javadocPage, rustdocPage];
