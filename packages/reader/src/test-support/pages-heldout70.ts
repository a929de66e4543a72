import type { TestPage } from './page-kit.js';
import { HELDOUT70_A } from './pages-heldout70-a.js';
import { HELDOUT70_B } from './pages-heldout70-b.js';
import { HELDOUT70_C } from './pages-heldout70-c.js';
import { HELDOUT70_D } from './pages-heldout70-d.js';
import { HELDOUT70_E } from './pages-heldout70-e.js';
import { HELDOUT70_F } from './pages-heldout70-f.js';

/**
 * Held-out batch 70, help-centre and support articles, written in session 20 without reading the reader's rules (src/html),
 * its scripts, README or extract tests and without running the extractor (or the CLI, or any test) on these pages: a Zendesk
 * Guide article on the Copenhagen theme, an Intercom help-centre article, a Help Scout Docs article, a Freshdesk solution
 * article, a Document360 knowledge-base article, a ReadMe.com guide page, a Salesforce Help topic, an Apple Support article, a
 * Google Help Center answer, a Mozilla Support (SUMO) article, a Microsoft Support article and a HubSpot Knowledge Base article.
 * Not wired into any test or script, not yet measured.
 */
export const HELDOUT70_PAGES: readonly TestPage[] = [...HELDOUT70_A, ...HELDOUT70_B, ...HELDOUT70_C, ...HELDOUT70_D, ...HELDOUT70_E, ...HELDOUT70_F];
