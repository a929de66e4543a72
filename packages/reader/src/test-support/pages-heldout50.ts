import type { TestPage } from './page-kit.js';
import { HELDOUT50_A } from './pages-heldout50-a.js';
import { HELDOUT50_B } from './pages-heldout50-b.js';
import { HELDOUT50_C } from './pages-heldout50-c.js';
import { HELDOUT50_D } from './pages-heldout50-d.js';
import { HELDOUT50_E } from './pages-heldout50-e.js';
import { HELDOUT50_F } from './pages-heldout50-f.js';

/**
 * Held-out batch 50, written in session 18 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: thread, Q&A and issue-tracker
 * pages, one of each family: a MHonArc mailing-list message on a lists.debian.org-style archive, an Apache Pony Mail (Foal)
 * thread, an Atlassian Community question, a Salesforce Trailblazer Community question, a Codidact question with answers,
 * a Mathematics Stack Exchange question with its TeX for MathJax, a Tapatalk-hosted forum topic, a Jira Service Management
 * customer portal request, a Zendesk help-center community post with comments, a GitLab epic, an Azure DevOps work item
 * and a SourceHut todo ticket. Not yet measured; not wired into any test or script.
 */
export const HELDOUT50_PAGES: readonly TestPage[] = [...HELDOUT50_A, ...HELDOUT50_B, ...HELDOUT50_C, ...HELDOUT50_D, ...HELDOUT50_E, ...HELDOUT50_F];
