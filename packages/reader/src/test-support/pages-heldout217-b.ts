import type { TestPage } from './page-kit.js';
import { lawfareArticle } from './pages-heldout217-b1.js';
import { avvoQuestion } from './pages-heldout217-b2.js';

/** Held-out batch 217, file b: a Lawfare article (file b1) and an Avvo legal question with lawyers' answers (file b2). */
export const HELDOUT217_B: readonly TestPage[] = [lawfareArticle, avvoQuestion];
