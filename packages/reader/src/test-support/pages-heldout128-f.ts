import type { TestPage } from './page-kit.js';
import { quoraQuestion } from './pages-heldout128-f2.js';
import { msCommunityThread } from './pages-heldout128-f3.js';

/**
 * Held-out batch 128, file f: two Q&A pages. From file f2, a Quora question page (header with icon navigation, "Try
 * Quora+" and "Sign In", the question title as a styled div, Answer / Follow / Request buttons, "All related" with its
 * sort, answers with credentials, times, view counts and upvote bars, a sponsored answer and a related-question answer
 * card between the answers, "Continue Reading", the related questions rail, footer links and a hidden error toast);
 * from file f3, a Microsoft Community thread (consent banner, Universal Header, a notice about the move to Microsoft
 * Q&A, the category bar, breadcrumbs, question with "I have the same question", replies with badges and an "Answer"
 * tag, helpful-vote widgets with hidden feedback texts, the "Question Info" box and the Universal Footer).
 */
export const HELDOUT128_F: readonly TestPage[] = [quoraQuestion, msCommunityThread];
