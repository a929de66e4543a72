import type { TestPage } from './page-kit.js';
import { microsoftQna } from './pages-heldout119-f2.js';
import { askUbuntuQuestion } from './pages-heldout119-f3.js';

/**
 * Held-out batch 119, file f: a Microsoft Q&A question on the Learn platform with an accepted moderator answer (file f2) and
 * an Ask Ubuntu question with two answers on the shared Stack Exchange helpers of file se (file f3).
 */
export const HELDOUT119_F: readonly TestPage[] = [microsoftQna, askUbuntuQuestion];
