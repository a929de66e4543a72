import type { TestPage } from './page-kit.js';
import { bailiiJudgment } from './pages-heldout217-a1.js';
import { lawFirmAlert } from './pages-heldout217-a2.js';

/** Held-out batch 217, file a: a BAILII judgment page (file a1) and a law firm's client alert (file a2). */
export const HELDOUT217_A: readonly TestPage[] = [bailiiJudgment, lawFirmAlert];
