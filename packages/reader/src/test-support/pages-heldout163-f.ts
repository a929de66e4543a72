import type { TestPage } from './page-kit.js';
import { rfcPage } from './pages-heldout163-f2.js';
import { w3cSpecPage } from './pages-heldout163-f3.js';

/**
 * Held-out batch 163, file f: an RFC in HTML on rfc-editor.org (file f2) and a W3C Working Draft on w3.org/TR (file f3).
 */
export const HELDOUT163_F: readonly TestPage[] = [rfcPage, w3cSpecPage];
