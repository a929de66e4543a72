import { links, type TestPage, texts } from './page-kit.js';
import { sourcehutTicket } from './pages-heldout50-f2.js';

/**
 * Held-out batch 50, file f: an Azure DevOps Boards work item (a Bug) in the full-page form, saved after the React app had
 * drawn it (the blue header with organization / project breadcrumbs and search, the project's left nav, the form header
 * with the type and id, the title text area, assignee, comment count and tags, "Save" and "Follow", the State / Reason /
 * Area / Iteration row, the Details / History / Links / Attachments tabs, the "Repro Steps", "System Info" and "Acceptance
 * Criteria" rich-text fields, the "Discussion" box with two comments, and the right column's Planning, Development and
 * Related Work groups).
 */
const adTitle = 'Export to CSV drops rows when a column filter value contains a comma';
const adRepro = [
  'The CSV export from the transactions grid silently leaves out rows whenever one of the active column filters has a value ' +
    'with a comma in it. The grid itself shows the right rows; only the exported file is short. We found it when a customer ' +
    'reconciled an export against the screen and was missing 212 of 1,480 rows.',
  'Steps to reproduce:',
];
const adSteps = [
  'Open Reports, then Transactions, for any account with more than one counterparty.',
  'Filter the Counterparty column to a value that contains a comma, for example "Harlow, Finch &amp; Co".',
  'Check that the grid shows the matching rows and note the count in the footer.',
  'Select Export, then CSV, and open the downloaded file.',
];
const adResult = [
  'Expected: the file has the same rows as the grid. Actual: the file has only the rows whose counterparty matches the part ' +
    'of the value before the comma, or no rows at all if nothing matches that part.',
];
const adSys = ['Ledgerly web 4.12.1, export service 2.8.0. Reproduced in Chrome 133 and Firefox 136 on Windows 11 and macOS 15.'];
const adAccept = [
  'Exported rows always match the rows shown in the grid, for any filter value, including commas, quotes and line breaks.',
  'An automated test covers filter values with each of those characters.',
  'Customers who exported with a comma filter since version 4.11 are identified so support can contact them.',
];
type AdComment = { who: string; when: string; paras: string[] };
const adComments: AdComment[] = [
  {
    who: 'Liang Zhou',
    when: 'Mar 6',
    paras: [
      'Found it. The grid sends the filter to the export service as a single query parameter, and the service splits ' +
        'multi-value filters on commas. So "Harlow, Finch &amp; Co" becomes two values, "Harlow" and "Finch &amp; Co", and ' +
        'only exact matches on either survive. Fix is to send filters as a JSON body instead of a query string; PR is up.',
    ],
  },
  {
    who: 'Mira Castellanos',
    when: 'Mar 5',
    paras: [
      '@Liang Zhou can you take this one for the current sprint? Support has two more customers asking about short exports, ' +
        'and I would like to know how far back it goes before we reply to them.',
    ],
  },
];
const adNav = ['Overview', 'Boards', 'Work items', 'Backlogs', 'Sprints', 'Queries', 'Delivery Plans', 'Repos', 'Pipelines', 'Test Plans', 'Artifacts'];
const adRelated = ['Parent', 'User Story 4790: Self-service exports for reconciliation', 'Related', 'Bug 4466: PDF export truncates long counterparty names'];
const adFields = ['State', 'Active', 'Reason', 'Approved', 'Area', 'Ledgerly\\Reporting', 'Iteration', 'Ledgerly\\Sprint 58'];
const adPlan = ['Priority', '1', 'Severity', '2 - High', 'Activity', 'Development', 'Found in Build', '4.12.1'];
const label = (t: string): string => `<div class="work-item-control-label"><label class="bolt-formitem-label">${t}</label></div>`;
const rich = (html: string, aria: string): string =>
  `<div class="html-editor rooster-editor" role="textbox" aria-label="${aria}" contenteditable="true" spellcheck="true">${html}</div>`;
const adHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>Bug 4821: ${adTitle} - Boards</title>
<link rel="stylesheet" href="https://cdn.vsassets.io/v/M255_20250304.2/_content/Bundles/vss-bundle-ext-core-css.css">
<script type="application/json" id="dataProviders">{"data":{"ms.vss-work-web.work-item-data-provider":{"id":4821,"rev":9,"workItemType":"Bug"}}}</script>
<style>.work-item-form-title textarea{font-size:20px;font-weight:600}</style></head>
<body class="bolt-page"><div id="skip-to-main-content" class="bolt-skip"><a href="#__bolt-main">Skip to main content</a></div>
<div class="region-header"><header class="bolt-header" role="banner"><a class="vss-HeaderItem commandbar-item" href="https://dev.azure.com/northwind-labs/" \
aria-label="Azure DevOps">Azure DevOps</a>
<nav class="bolt-breadcrumb" aria-label="Breadcrumb"><ol>${links(['northwind-labs', 'Ledgerly', 'Boards', 'Work items'], 'bolt-breadcrumb-item')}</ol></nav>
<div class="search-box"><input type="text" placeholder="Search" aria-label="Search"></div>
<button class="bolt-button" aria-label="Help">?</button><button class="bolt-button user-button" aria-label="Account manager for Mira Castellanos">MC\
</button></header></div>
<div class="region-navigation"><nav class="navigation-container" aria-label="Project navigation"><div class="project-name">Ledgerly</div>
<ul>${links(adNav, 'navigation-icon')}</ul><a href="/northwind-labs/Ledgerly/_settings/">Project settings</a></nav></div>
<main id="__bolt-main" class="region-content"><div class="work-item-form" role="main" aria-label="Bug 4821">
<div class="work-item-form-header"><div class="work-item-type-icon-wrapper"><span class="work-item-type-name">BUG</span> <span class="work-item-id">4821\
</span></div>
<div class="work-item-form-title"><textarea aria-label="Title field" class="bolt-textfield-input flex-grow" rows="1" spellcheck="true">${adTitle}\
</textarea></div>
<div class="work-item-form-header-controls"><div class="identity-picker"><span class="identity-name">Liang Zhou</span></div>
<a class="discussion-count" href="#discussion">2 comments</a><div class="tags-items-container"><span class="tag-box">export</span>\
<span class="tag-box">customer-reported</span><button class="tag-add-button" aria-label="Add tag">Add tag</button></div></div>
<div class="work-item-form-toolbar"><button class="bolt-button primary">Save</button><button class="bolt-button">Follow</button>\
<button class="bolt-button icon-only" aria-label="Refresh"></button><button class="bolt-button icon-only" aria-label="More actions">...</button></div>
<div class="work-item-form-header-fields">${adFields
  .map((f, i) =>
    i % 2 === 0
      ? `<div class="field-pair">${label(f)}`
      : `<span class="field-value">${f}\
</span></div>`,
  )
  .join('')}
<span class="work-item-form-updated">Updated by <a href="#history">Liang Zhou</a>: 3/6/2025</span></div></div>
<div class="bolt-tabbar" role="tablist"><a role="tab" aria-selected="true">Details</a><a role="tab">History</a><a role="tab">Links (2)</a>\
<a role="tab">Attachments (1)</a></div>
<div class="work-item-form-page"><div class="work-item-form-column col-wide">
<section class="work-item-form-group"><h3 class="group-header">Repro Steps</h3>${rich(
  `${adRepro.map((p) => `<div>${p}</div>`).join('')}<ol>${adSteps.map((s) => `<li>${s}</li>`).join('')}</ol>${adResult.map((p) => `<div>${p}</div>`).join('')}\
<div><img src="/_apis/wit/attachments/7c1e0b2d?fileName=grid-vs-export.png" alt="grid-vs-export.png" width="480"></div>`,
  'Repro Steps',
)}</section>
<section class="work-item-form-group"><h3 class="group-header">System Info</h3>${rich(`<div>${adSys[0]}</div>`, 'System Info')}</section>
<section class="work-item-form-group"><h3 class="group-header">Acceptance Criteria</h3>${rich(
  `<ul>${adAccept.map((a) => `<li>${a}</li>`).join('')}\
</ul>`,
  'Acceptance Criteria',
)}</section>
<section class="work-item-form-group" id="discussion"><h3 class="group-header">Discussion</h3>
<div class="discussion-editor">${rich('', 'Discussion')}\
<span class="placeholder">Add a comment. Use # to link a work item, @ to mention a person, or ! to link a pull request.</span></div>
<div class="comment-list">${adComments
  .map(
    (c) => `<div class="comment-item" role="listitem"><div class="comment-header"><span class="comment-author identity-name">${c.who}</span>
<span class="comment-timestamp" title="${c.when}, 2025">commented ${c.when}</span><button class="bolt-button icon-only" aria-label="Comment actions">\
</button></div>
<div class="comment-content">${c.paras.map((p) => `<div>${p}</div>`).join('')}</div>
<div class="comment-reactions"><button aria-label="Add reaction">☺</button></div></div>`,
  )
  .join('\n')}</div></section></div>
<div class="work-item-form-column col-narrow"><section class="work-item-form-group"><h3 class="group-header">Planning</h3>\
${adPlan.map((f, i) => (i % 2 === 0 ? label(f) : `<span class="field-value">${f}</span>`)).join('')}</section>
<section class="work-item-form-group"><h3 class="group-header">Development</h3><a href="#">Create a branch</a>
<div class="development-link"><span class="link-type">Pull request</span> \
<a href="/northwind-labs/Ledgerly/_git/web/pullrequest/3391">!3391 Send export filters as JSON</a>\
<span class="pr-status">Active</span></div></section>
<section class="work-item-form-group"><h3 class="group-header">Related Work</h3><button class="bolt-button">Add link</button>
<ul>${adRelated.map((r) => `<li>${r}</li>`).join('')}</ul></section></div></div></div></main></body></html>`;
const azureDevops: TestPage = {
  html: adHtml,
  name: 'heldout50-azure-devops-work-item',
  kind: 'forum',
  // an issue-tracker page: the bug's text fields (Repro Steps with its steps list and result, System Info, the Acceptance
  // Criteria list) and both comments are body, in page order (newest comment first, as the Discussion shows them); the
  // group labels "Repro Steps", "System Info", "Acceptance Criteria" are form field labels (furniture, as the portal's
  // "Description" in this batch), not headings; comment authors and "commented ..." times and the "Updated by" line are
  // bylines; the assignee ("Liang Zhou", also a commenter) stays a byline; type and id, tags, "Save", "Follow", field
  // labels and values, tabs, "Discussion" with its placeholder, Planning, Development, Related Work, header, breadcrumbs
  // and the project nav are furniture; the project name "Ledgerly", the state "Active", the priority "1" and the build
  // "4.12.1" are words of the body (left out)
  title: adTitle,
  headings: [],
  body: [...texts(adRepro), ...texts(adSteps), ...texts(adResult), ...adSys, ...adAccept, ...adComments.flatMap((c) => texts(c.paras))],
  bylines: ['Liang Zhou', 'commented Mar 6', 'Mira Castellanos', 'commented Mar 5', 'Updated by Liang Zhou: 3/6/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Azure DevOps', 'northwind-labs', 'MC', ...adNav, 'Project settings', 'BUG', '4821', '2 comments',
    'customer-reported', 'Add tag', 'Save', 'Follow', ...adFields.filter((f) => f !== 'Active'), 'Details', 'History', 'Links (2)',
    'Attachments (1)', 'Repro Steps', 'System Info', 'Acceptance Criteria', 'Discussion',
    'Add a comment. Use # to link a work item, @ to mention a person, or ! to link a pull request.', 'Planning',
    ...adPlan.filter((f) => f !== '1' && f !== '4.12.1'), 'Create a branch',
    'Pull request', '!3391 Send export filters as JSON', 'Related Work', 'Add link', ...adRelated,
  ])],
};

export const HELDOUT50_F: readonly TestPage[] = [azureDevops, sourcehutTicket];
