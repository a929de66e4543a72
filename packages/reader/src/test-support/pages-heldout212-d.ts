import type { TestPage } from './page-kit.js';
import { nwsAfd } from './pages-heldout212-d2.js';
import { bomExplainer } from './pages-heldout212-d3.js';

/** Held-out batch 212, file d: a US National Weather Service area forecast discussion (file d2) and an Australian Bureau of Meteorology explainer (file d3). */
export const HELDOUT212_D: readonly TestPage[] = [nwsAfd, bomExplainer];
