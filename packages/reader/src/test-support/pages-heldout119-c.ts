import type { TestPage } from './page-kit.js';
import { stackOverflowQuestion } from './pages-heldout119-c2.js';
import { discourseTopic } from './pages-heldout119-c3.js';

/**
 * Held-out batch 119, file c: a Stack Overflow question with an accepted and a second answer and their comments (file c2, on
 * the shared Stack Exchange helpers of file se, its texts in file c4) and a Discourse troubleshooting topic solved with the
 * Solved plugin (file c3).
 */
export const HELDOUT119_C: readonly TestPage[] = [stackOverflowQuestion, discourseTopic];
