import type { TestPage } from './page-kit.js';
import { csaFaq } from './pages-heldout212-f2.js';
import { planetariumPost } from './pages-heldout212-f3.js';

/**
 * Held-out batch 212, file f: a Canadian Space Agency mission FAQ page on canada.ca (file f2) and a planetarium night-sky guide
 * post on WordPress (file f3).
 */
export const HELDOUT212_F: readonly TestPage[] = [csaFaq, planetariumPost];
