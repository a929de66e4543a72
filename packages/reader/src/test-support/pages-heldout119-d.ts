import type { TestPage } from './page-kit.js';
import { githubDiscussion } from './pages-heldout119-d2.js';
import { quoraQuestion } from './pages-heldout119-d3.js';

/**
 * Held-out batch 119, file d: a GitHub Discussions Q&A thread with a marked answer, threaded replies and a minimized comment
 * (file d2, its texts in file d4) and a Quora question page with three answers, an ad card and related questions (file d3).
 */
export const HELDOUT119_D: readonly TestPage[] = [githubDiscussion, quoraQuestion];
