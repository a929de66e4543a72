import type { TestPage } from './page-kit.js';
import { answersCom } from './pages-heldout182-e2.js';
import { rePost } from './pages-heldout182-e3.js';

/** Held-out batch 182, file e: an Answers.com question page (file e2) and an AWS re:Post question (file e3). */
export const HELDOUT182_E: readonly TestPage[] = [answersCom, rePost];
