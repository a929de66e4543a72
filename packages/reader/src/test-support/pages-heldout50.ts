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
 * and a SourceHut todo ticket. Measured once in session 18 on the round-39 rules (96.4 / 90.5 %); training since
 * (rounds 40 and 41), in ALL_PAGES since session 19.
 */
export const HELDOUT50_PAGES: readonly TestPage[] = [...HELDOUT50_A, ...HELDOUT50_B, ...HELDOUT50_C, ...HELDOUT50_D, ...HELDOUT50_E, ...HELDOUT50_F];

/**
 * The byline and furniture texts of batch 50 the round-41 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT50_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // MHonArc's thread-navigation headings under the message
  'heldout50-mhonarc-debian-list': ['Reply to:'],
  // the asker's name in the question's header card, and its "Question" type label
  'heldout50-atlassian-community-question': ['Hannah Kowalczyk', 'Question'],
  // the request's field labels and values (one label and one value to a box), and the "Agent" badge on a reply
  'heldout50-jira-service-management-portal-request': [
    'Description',
    'Company laptop (Windows)',
    'Office location',
    'Lisbon, Avenida da Liberdade',
    'Urgency',
    'High: I cannot do my job',
    'Agent',
  ],
  // the badge over the staff reply
  'heldout50-zendesk-community-post': ['Official comment'],
  // the epic's widget headings and the linked-items help line
  'heldout50-gitlab-epic': ['Child items', 'Linked items', "Link items together to show that they're related or that one is blocking others.", 'Activity'],
  // the work item's form-group headings (its comments and its description are read as an issue's discussion since round 100, and the
  // right column's planning, development and related-work boxes go with the comments' box names)
  'heldout50-azure-devops-work-item': ['Repro Steps', 'System Info', 'Acceptance Criteria'],
  // the commenters' ~handles set as links at the head of each event line
  'heldout50-sourcehut-todo-ticket': ['~tmueller', '~ksato'],
};
