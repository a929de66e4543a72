import type { TestPage } from './page-kit.js';
import { githubIssue } from './pages-heldout128-e2.js';
import { githubDiscussion } from './pages-heldout128-e3.js';

/**
 * Held-out batch 128, file e: two GitHub threads on the shared chrome of file e4 (marketing header with menus, the
 * repository header with its sign-in tooltip and counters, the repository tabs and the footer). From file e2, a closed
 * issue in the React issue viewer (issue-form body with h3 sections, a YAML block with its copy button, comments with
 * association labels and reactions, timeline events, the sign-up notice and the metadata pane); from file e3, an
 * answered Discussions Q&A thread ("Answered" state, the converted-from-issue notice, the "Answered by" excerpt box,
 * upvote buttons, "Marked as answer", a threaded reply, the sort bar and the side bar).
 */
export const HELDOUT128_E: readonly TestPage[] = [githubIssue, githubDiscussion];
