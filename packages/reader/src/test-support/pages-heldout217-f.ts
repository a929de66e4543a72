import type { TestPage } from './page-kit.js';
import { committeeReport } from './pages-heldout217-f1.js';
import { xenforoThread } from './pages-heldout217-f2.js';

/** Held-out batch 217, file f: a parliamentary select committee report chapter (file f1) and a XenForo legal advice forum thread (file f2). */
export const HELDOUT217_F: readonly TestPage[] = [committeeReport, xenforoThread];
