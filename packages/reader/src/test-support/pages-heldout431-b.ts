import { links, ps, type TestPage, texts } from './page-kit.js';
import { bugzilla } from './pages-heldout431-b2.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file b: a Jira (cloud) story saved from the browser (Atlaskit top navigation, project sidebar,
 * breadcrumbs with the issue key, the summary h1, a description rendered by the Atlassian renderer with h2 sections, a
 * list and a table, the activity feed with its tabs and two comments, the fields panel with status, assignee, reporter,
 * labels, sprint, story points and the created / updated lines) and, from file b2, a Bugzilla (BMO bug_modal) bug.
 */
const jTitle = 'Split holiday accrual into statutory and contractual balances';
const jBackground = [
  j(
    'The payroll system keeps one holiday balance per employee. Since the new collective agreement came into force, most customers',
    'grant more leave than the statutory minimum, and the extra days follow different rules: they may be carried over for longer,',
    'they can be paid out on request, and they are not protected when an employee is on long sick leave.',
  ),
  j(
    'Today payroll officers track the difference in spreadsheets next to the system. Three customers reported errors at year end',
    'because the wrong days were paid out. This story splits the balance in two so that each part can follow its own rules.',
  ),
];
const jCriteria = [
  'Every employee has a statutory balance and a contractual balance, shown separately on the leave overview.',
  'Accrual fills the statutory balance first and puts any further days into the contractual balance.',
  'Leave that is taken is deducted from the statutory balance first, unless the officer chooses otherwise on the request.',
  'Only contractual days can be paid out, and the payout screen shows how many are available.',
  'Existing balances are migrated by treating up to twenty days as statutory and the rest as contractual.',
];
const jCells = [
  'Full-time, 25 days a year',
  '20 days',
  '5 days',
  'Part-time, three days a week',
  '12 days',
  '3 days',
  'Joined mid-year in July',
  '10 days',
  '2.5 days',
];
const jScope = [
  j(
    'Reporting changes are out of scope and will follow in a separate story. The year-end carry-over job keeps its current',
    'behaviour until the rules for each balance have been agreed with the customers in the pilot group.',
  ),
];
const jC1 = [
  j(
    'For part-time staff the statutory minimum is pro-rated by contracted days, not hours. Please check the second row of the',
    'table against the agreement once more before we refine this, because the hours-based figure would give 11.5 days.',
  ),
];
const jC2 = [
  j(
    'Checked with the pilot customers: days are correct, and the table is right as it stands. I added the migration rule to the',
    'acceptance criteria so that support can explain the new figures when the first customers see them.',
  ),
];
const jSide = ['For you', 'Recent', 'Starred', 'Apps', 'Plans', 'Projects', 'Filters', 'Dashboards', 'Teams'];
const jProj = ['Summary', 'Timeline', 'Backlog', 'Active sprints', 'Reports', 'Releases', 'Components', 'Project pages'];
const jCell = (t: string, th = false): string => (th ? `<th class="pm-table-header-content-wrap"><p>${t}</p></th>` : `<td><p>${t}</p></td>`);
const jComment = (id: string, who: string, when: string, paras: string[]): string => `<div data-testid="issue-comment-base.ui.comment.ak-comment.${id}"
class="css-1hzqb5w"><div class="css-k1p8cb"><div class="css-1iy6ypy" data-testid="issue-comment-base.ui.comment.ak-comment.${id}-author">
<span class="css-16lcx0s">${who}</span></div><div class="css-18e7vqt" data-testid="issue-comment-base.ui.comment.ak-comment.${id}-created-date">
<span role="presentation">${when}</span></div></div><div class="ak-renderer-wrapper is-comment css-1jfnjeo"><div class="ak-renderer-document">
${ps(paras, ' data-renderer-start-pos="1"')}</div></div><div class="css-1dr9hsz"><button class="css-qcxco2">Edit</button>
<button class="css-qcxco2">Delete</button></div></div>`;
const jRow = (cells: string[]): string => `<tr>${cells.map((c) => jCell(c)).join('')}</tr>`;
const jHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-color-mode="light" data-theme="light:light dark:dark"><head><meta charset="utf-8">
<title>[HPY-812] ${jTitle} - Jira</title><meta name="application-name" content="JIRA" data-name="jira" data-version="1001.0.0-SNAPSHOT">
<meta property="og:title" content="[HPY-812] ${jTitle}"><meta property="og:site_name" content="Jira">
<meta name="ajs-issue-key" content="HPY-812"><link rel="stylesheet"
href="https://jira-frontend-bifrost.prod-east.frontend.public.atl-paas.example/assets/vendor.css">
<script>window.__SSR_RENDERED__=true;window.__BUILD_KEY__="jira-spa-1.8312";window.SPA_STATE={"issue":{"key":"HPY-812","projectKey":"HPY"}};</script>
</head><body id="jira" class="aui-layout aui-theme-default"><div id="jira-frontend"><div class="css-1f5a0kl" data-testid="page-layout.root">
<div data-testid="atlassian-navigation--horizontal" class="css-1jpssde"><header role="banner" class="css-1v6vx1r"><nav aria-label="Primary" class="css-6t5w0a">
<a href="/jira/your-work" class="css-18o7ekr">Your work</a><ul class="css-1vn8n1g">${links(jSide)}</ul>
<button class="css-1l4j2co" data-testid="atlassian-navigation--create-button">Create</button></nav>
<div class="css-18u4ohi" role="search"><input placeholder="Search" aria-label="Search"></div></header></div>
<div data-testid="page-layout.sidebar" class="css-1x2y0dw"><nav aria-label="Project navigation"><div class="css-v5u8b2"><span
class="css-1xbffdv">Halden Payroll</span><span class="css-1h8j0yh">Software project</span></div>
<ul class="css-1q6kcaz">${links(jProj)}</ul><div class="css-1m0r2n3">You're in a team-managed project</div></nav></div>
<main data-testid="page-layout.main" class="css-1c7i8x1" id="ak-main-content"><div data-testid="issue.views.issue-details.issue-layout.issue-layout">
<div data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"><nav aria-label="Breadcrumbs"><ol
class="css-1p2dq2a"><li><a href="/jira/software/projects/HPY/boards/4">Projects</a></li><li><a href="/jira/software/projects/HPY">Halden
Payroll</a></li><li><a href="/browse/HPY-790">HPY-790</a></li><li><a href="/browse/HPY-812">HPY-812</a></li></ol></nav></div>
<div data-testid="issue.views.issue-details.issue-layout.container-left"><h1 data-testid="issue.views.issue-base.foundation.summary.heading"
class="css-1rgjsxm">${jTitle}</h1>
<div class="css-1kzaqmm"><button class="css-1dh5v1f">Add</button> <button class="css-1dh5v1f">Apps</button></div>
<h2 class="css-1j3u5bu" data-testid="issue.views.issue-base.common.description.label">Description</h2>
<div data-testid="issue.views.field.rich-text.description"><div class="ak-renderer-wrapper css-1jfnjeo"><div class="ak-renderer-document">
<h2 data-renderer-start-pos="1" id="Background">Background</h2>
${ps(jBackground, ' data-renderer-start-pos="12"')}
<h2 id="Acceptance-criteria">Acceptance criteria</h2>
<ol class="ak-ol" data-indent-level="1">${lis(jCriteria.map((c) => `<p>${c}</p>`))}</ol>
<h2 id="Examples">Examples</h2>
<div class="pm-table-container" data-layout="default"><div class="pm-table-wrapper"><table data-number-column="false"><tbody>
<tr>${['Employee', 'Statutory', 'Contractual'].map((c) => jCell(c, true)).join('')}</tr>
${jRow(jCells.slice(0, 3))}
${jRow(jCells.slice(3, 6))}
${jRow(jCells.slice(6, 9))}
</tbody></table></div></div>
<h2 id="Out-of-scope">Out of scope</h2>
${ps(jScope)}
</div></div></div>
<div data-testid="issue.views.issue-base.content.attachment.heading" class="css-8dq3p9"><h2>Attachments (1)</h2><span>agreement-2026-leave.pdf</span></div>
<div data-testid="issue.activity.common.component.activity-heading"><h2 class="css-1j3u5bu">Activity</h2><div role="tablist"><button role="tab">All</button>
<button role="tab" aria-selected="true">Comments</button><button role="tab">History</button><button role="tab">Work log</button></div>
<div class="css-3mcz8v" data-testid="canned-comments.common.ui.comment-text-area-placeholder">Add a comment...</div>
<div class="css-1y0k9r3">Pro tip: press M to comment</div>
${jComment('20417', 'Lotte Haugen', 'March 4, 2026 at 10:12 AM', jC1)}
${jComment('20433', 'Anders Fjell', 'March 5, 2026 at 2:47 PM', jC2)}
</div></div>
<div data-testid="issue.views.issue-details.issue-layout.container-right"><div class="css-1oarc8c">
<button data-testid="issue-field-status.ui.status-view.status-button" class="css-370xbg">In Progress</button>
<button class="css-1y0k9r3">Actions</button></div><details open class="css-1l4ij5c"><summary>Details</summary><div class="css-1u2mrcd">
${[
  ['Assignee', 'Anders Fjell'],
  ['Reporter', 'Lotte Haugen'],
  ['Labels', 'leave-rules'],
  ['Sprint', 'HPY Sprint 41'],
  ['Story point estimate', '8'],
  ['Priority', 'High'],
  ['Fix versions', '2026.2'],
]
  .map(
    ([k, v]) => `<div data-testid="issue-field-heading-styled-field-heading.${k}"><h3 class="css-1r3v5ko">${k}</h3></div>
<div data-testid="issue.views.field.${k}.read-view" class="css-1dq6s9n"><span>${v}</span></div>`,
  )
  .join('\n')}
</div></details><div class="css-cuq0c6"><span data-testid="created-date.ui.read.meta-date">Created March 2, 2026 at 9:05 AM</span>
<span data-testid="updated-date.ui.read.meta-date">Updated March 5, 2026 at 2:47 PM</span></div>
<button class="css-1l4j2co">Configure</button></div></div></main>
<div id="atlassian-cookie-banner" role="dialog" aria-label="Cookie notice"><p>Atlassian uses cookies to improve your browsing experience, perform analytics
and research, and conduct advertising.</p><button>Accept all cookies</button> <button>Only necessary cookies</button> <a href="/legal/cookies">Cookie
preferences</a></div></div></div><script src="https://jira-frontend-bifrost.prod-east.frontend.public.atl-paas.example/assets/issue-app.js" async></script>
</body></html>`;
const jira: TestPage = {
  name: 'heldout431-jira-cloud-issue-docs',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: ['Background', 'Acceptance criteria', 'Examples', 'Out of scope'],
  body: texts([...jBackground, ...jCriteria, ...jCells, ...jScope, ...jC1, ...jC2]),
  bylines: [
    'Lotte Haugen',
    'March 4, 2026 at 10:12 AM',
    'Anders Fjell',
    'March 5, 2026 at 2:47 PM',
    'Created March 2, 2026 at 9:05 AM',
    'Updated March 5, 2026 at 2:47 PM',
  ],
  furniture: [
    'Your work',
    ...jSide.filter((s) => s !== 'Projects'),
    'Projects',
    'Create',
    'Halden Payroll',
    'Software project',
    ...jProj.filter((s) => s !== 'Summary'),
    "You're in a team-managed project",
    'HPY-790',
    'HPY-812',
    'Description',
    'Attachments (1)',
    'agreement-2026-leave.pdf',
    'Activity',
    'Comments',
    'History',
    'Work log',
    'Add a comment...',
    'Pro tip: press M to comment',
    'Edit',
    'Delete',
    'In Progress',
    'Actions',
    'Details',
    'Assignee',
    'Reporter',
    'leave-rules',
    'Sprint',
    'HPY Sprint 41',
    'Story point estimate',
    'Priority',
    'Fix versions',
    '2026.2',
    'Configure',
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.',
    'Accept all cookies',
    'Only necessary cookies',
    'Cookie preferences',
  ],
};
export const HELDOUT431_B: readonly TestPage[] = [jira, bugzilla];
