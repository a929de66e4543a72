import type { TestPage } from './page-kit.js';
import { jaxaPress } from './pages-heldout212-b2.js';
import { esoPress } from './pages-heldout212-b3.js';

/** Held-out batch 212, file b: a JAXA press release in English on global.jaxa.jp (file b2) and an ESO press release on eso.org (file b3). */
export const HELDOUT212_B: readonly TestPage[] = [jaxaPress, esoPress];
