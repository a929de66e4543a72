import type { TestPage } from './page-kit.js';
import { wikihowArticle } from './pages-heldout119-b2.js';
import { redditThread } from './pages-heldout119-b3.js';

/**
 * Held-out batch 119, file b: a wikiHow how-to article in three parts with Expert Q&A, Tips and Warnings (file b2) and a new
 * Reddit (shreddit) self-post thread with nested comments (file b3).
 */
export const HELDOUT119_B: readonly TestPage[] = [wikihowArticle, redditThread];
