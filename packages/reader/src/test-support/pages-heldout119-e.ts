import type { TestPage } from './page-kit.js';
import { xenforoThread } from './pages-heldout119-e2.js';
import { vbulletinThread } from './pages-heldout119-e3.js';

/**
 * Held-out batch 119, file e: a XenForo 2.3 forum thread with a quote, reactions and signatures (file e2) and a vBulletin 4.2.5
 * thread in linear mode whose posts sit in postcontent blockquotes (file e3); their texts are in files e4 and e5.
 */
export const HELDOUT119_E: readonly TestPage[] = [xenforoThread, vbulletinThread];
