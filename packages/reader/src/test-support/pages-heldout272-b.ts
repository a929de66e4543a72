import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout272-kit.js';
import { bugzillaBug } from './pages-heldout272-b2.js';

/**
 * Held-out batch 272, file b: a Jira Cloud issue page (Atlassian top navigation with Create, project sidebar, breadcrumbs,
 * the summary heading, "Add"/"Apps" quick actions, the rendered description, the Activity section with its Show tabs, the
 * comment box and pro tip, comments with author and time and Edit / Delete links, the status button and the Details panel)
 * and, from file b2, a Bugzilla bug page.
 */
const jTitle = 'Invoice PDF totals are rounded twice for lines with a percentage discount';
const jDesc = [
  j(
    'Customers on the Teal plan have reported that the total on their invoice PDF is one cent higher than the amount charged to',
    'their card. It only happens for invoices with at least one line that carries a percentage discount.',
  ),
  j(
    'The billing service rounds each discounted line to two decimals, and the PDF renderer then rounds the sum of the unrounded',
    'values again with a different rule (half up instead of half even). The two paths disagree whenever the discount produces a',
    'half cent.',
  ),
];
const jAcceptance = [
  'The PDF total always equals the charged amount, for every currency we bill in.',
  'Rounding happens in one place only, in the billing service.',
  'Existing invoices are not re-issued; only new invoices use the fixed renderer.',
];
const jC1 = [
  j(
    'Pulled the last ninety days of invoices: 212 of them show the one-cent difference, all with discounts between 12.5% and 17.5%.',
    'No customer has been charged the wrong amount, it is only the document that is wrong.',
  ),
];
const jC2 = [
  j(
    'Agreed with moving rounding into the billing service. I would rather the renderer receive the final line amounts and never',
    'do arithmetic at all. Support has asked for a short note they can send to the customers who raised tickets, so please add',
    'one to the release notes when this ships.',
  ),
];
const jC2b = [
  j(
    'For the currencies without minor units the old renderer was already correct by accident, because it never had a half',
    'unit to round. I would still include them in the test matrix so the behaviour is pinned down. The same goes for the three',
    'currencies we bill with three decimals, where the rounding rule matters even more.',
  ),
];
const jC3 = [
  j(
    'The change is up for review. The renderer now prints the amounts it is given, and a new check in the invoice job fails the',
    'run if the document total and the ledger total differ by any amount.',
  ),
];
const jTop = ['Your work', 'Projects', 'Filters', 'Dashboards', 'Teams', 'Plans', 'Apps'];
const jSide = ['Timeline', 'Backlog', 'Board', 'Reports', 'Releases', 'Components', 'Project settings'];
const jComment = (id: string, name: string, time: string, body: string): string => `<div data-testid="issue-comment-base.ui.comment.ak-comment.${id}"
class="css-1s3bjq4"><div class="css-avatar"><span role="img" aria-label="${name}" class="css-13ep12v"></span></div><div class="css-comment-body">
<div class="css-comment-header"><span data-testid="issue-comment-base.ui.comment.ak-comment.${id}-author" class="css-author">${name}</span>
<span data-testid="issue-comment-base.ui.comment.ak-comment.${id}-time" class="css-time">${time}</span></div>
<div class="ak-renderer-wrapper is-comment"><div class="ak-renderer-document">${body}</div></div>
<div class="css-actions"><button class="css-action">Edit</button> · <button class="css-action">Delete</button> · <span role="button"
aria-label="Add reaction" class="css-react">Add reaction</span></div></div></div>`;
const field = (label: string, value: string): string => `<div data-testid="issue-field-inline-edit-read-view-container.ui.container"
class="css-field"><h2 class="css-label">${label}</h2><div class="css-value">${value}</div></div>`;
const jHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>[BILL-2417] ${jTitle} - Jira</title>
<meta name="application-name" content="JIRA" data-name="jira" data-version="1001.0.0-SNAPSHOT">
<meta name="ajs-issue-key" content="BILL-2417"><link rel="shortcut icon" href="/s/-3a8b/favicon-software.png">
<script nonce="x7">window.__SSR_ENABLED__=true;window.__TENANT_CONTEXT__={"cloudId":"f00d","product":"jira-software"};</script>
<script defer src="https://jira-frontend-bifrost.prod-east.frontend.public.atl-paas.example/assets/async-issue-app.js"></script></head>
<body id="jira" class="aui-layout aui-theme-default"><div id="jira-frontend"><a href="#main-content" class="css-skip">Skip to main content</a>
<header data-testid="atlassian-navigation--header" class="css-nav"><nav aria-label="Primary"><a href="/jira" aria-label="Jira" class="css-logo"></a>
<ul class="css-primary-items">${links(jTop, 'css-item')}</ul><button data-testid="atlassian-navigation--create-button" class="css-create">Create</button>
</nav><div role="search"><input placeholder="Search" aria-label="Search"></div></header>
<div data-testid="page-layout.sidebar" class="css-sidebar"><nav aria-label="Project navigation"><div class="css-project"><span>Billing Platform</span>
<span class="css-proj-type">Software project</span></div><ul>${links(jSide, 'css-side')}</ul></nav></div>
<main id="main-content" data-testid="page-layout.main"><div data-testid="issue.views.issue-details.issue-layout.container-left">
<nav aria-label="Breadcrumbs" data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"><ol class="css-crumbs">
${links(['Projects', 'Billing Platform', 'BILL-2390', 'BILL-2417'], 'css-crumb')}</ol></nav>
<h1 data-testid="issue.views.issue-base.foundation.summary.heading" class="css-summary">${jTitle}</h1>
<div data-testid="issue.views.issue-base.foundation.quick-add.quick-add-container"><button>Add</button> <button>Apps</button></div>
<div data-testid="issue.views.field.rich-text.description"><h2 class="css-section-heading">Description</h2>
<div class="ak-renderer-wrapper"><div class="ak-renderer-document">
${ps(jDesc, ' data-renderer-start-pos="1"')}
<h3 data-renderer-start-pos="480">Acceptance criteria</h3>
<ul class="ak-ul" data-indent-level="1">${lis(jAcceptance)}</ul></div></div></div>
<div data-testid="issue.views.issue-base.content.linked-issues"><h2 class="css-section-heading">Linked work items</h2>
<div class="css-linked"><span>relates to</span> <a href="/browse/BILL-2299">BILL-2299 Currency formatting on credit notes</a>
<span class="css-status">DONE</span></div></div>
<div data-testid="issue-activity-feed.heading"><h2 class="css-section-heading">Activity</h2><div role="group" aria-label="Show"><span>Show:</span>
<button aria-pressed="false">All</button><button aria-pressed="true">Comments</button><button aria-pressed="false">History</button>
<button aria-pressed="false">Work log</button></div><button class="css-sort">Newest first</button></div>
<div data-testid="issue.activity.comments-list"><div class="css-add-comment"><span class="css-placeholder">Add a comment…</span>
<p class="css-protip"><strong>Pro tip:</strong> press <kbd>M</kbd> to comment</p></div>
${jComment('40233', 'Ines Whitcombe', 'February 26, 2026 at 4:02 PM', ps(jC3))}
${jComment('40198', 'Rafael Osei-Lund', 'February 24, 2026 at 11:37 AM', ps([...jC2, ...jC2b]))}
${jComment('40171', 'Mette Castellano', 'February 23, 2026 at 9:14 AM', ps(jC1))}</div></div>
<div data-testid="issue.views.issue-details.issue-layout.container-right"><div class="css-status-row"><button
data-testid="issue-field-status.ui.status-view.status-button.status-button">In Progress</button><button>Actions</button></div>
<details open class="css-details"><summary><h2>Details</h2></summary>
${field('Assignee', 'Ines Whitcombe')}${field('Reporter', 'Mette Castellano')}${field('Labels', 'invoices rounding')}
${field('Priority', 'High')}${field('Sprint', 'Billing 26.4')}${field('Fix versions', 'billing-2026.03')}</details>
<div class="css-created">Created <span>February 20, 2026 at 2:48 PM</span></div><div class="css-updated">Updated <span>5 days
ago</span></div><button class="css-configure">Configure</button></div></main>
<div role="dialog" aria-label="Cookie preferences" class="css-consent"><p>Atlassian uses cookies to improve your browsing experience, perform
analytics and research, and conduct advertising.</p><button>Accept all cookies</button><button>Only necessary</button></div></div></body></html>`;
const jiraIssue: TestPage = {
  name: 'heldout272-jira-cloud-issue-forum',
  kind: 'forum',
  html: jHtml,
  title: jTitle,
  headings: ['Acceptance criteria'],
  body: texts([...jDesc, ...jAcceptance, ...jC3, ...jC2, ...jC2b, ...jC1]),
  bylines: [
    'Ines Whitcombe',
    'February 26, 2026 at 4:02 PM',
    'Rafael Osei-Lund',
    'February 24, 2026 at 11:37 AM',
    'Mette Castellano',
    'February 23, 2026 at 9:14 AM',
    'Created February 20, 2026 at 2:48 PM',
    'Updated 5 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...jTop, 'Create', 'Billing Platform', 'Software project', ...jSide, 'BILL-2390', 'BILL-2417', 'Description',
    'Linked work items', 'relates to', 'BILL-2299 Currency formatting on credit notes', 'DONE', 'Activity', 'Show:', 'Comments', 'History',
    'Work log', 'Newest first', 'Add a comment…', 'Pro tip: press M to comment', 'Edit', 'Delete', 'Add reaction', 'In Progress', 'Actions', 'Details',
    'Assignee', 'Reporter', 'Labels', 'invoices rounding', 'Priority', 'Sprint', 'Billing 26.4', 'Fix versions', 'billing-2026.03', 'Configure',
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.', 'Accept all cookies',
    'Only necessary',
  ],
};

export const HELDOUT272_B: readonly TestPage[] = [jiraIssue, bugzillaBug];
