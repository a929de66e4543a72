import type { TestPage } from './page-kit.js';
import { prosecutorRelease } from './pages-heldout217-e1.js';
import { professorBlog } from './pages-heldout217-e2.js';

/** Held-out batch 217, file e: a U.S. Attorney's Office press release (file e1) and a law professor's Typepad blog post (file e2). */
export const HELDOUT217_E: readonly TestPage[] = [prosecutorRelease, professorBlog];
