import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 16, file c: a Zendesk Guide help-center article in the Copenhagen theme (header with "Submit a request",
 * breadcrumbs, "Articles in this section" sidebar, article-body with note and tip callouts and numbered steps, vote widget,
 * "Recently viewed" and "Related articles", closed comments) and a Jira Cloud issue in its shared view (top nav, breadcrumbs
 * with parent key, status and watch buttons, description with h3s, the details panel, activity tabs and comments).
 */
const zdTitle = 'Export approved timesheets to your payroll provider';
const zdIntro = [
  'Once a manager has approved the timesheets for a pay period, you can send the hours straight to your payroll provider ' +
    'instead of retyping them. Tallyhour builds the export in the format your provider expects, including overtime, ' +
    'holiday pay and unpaid breaks.',
  'This article explains what to check before exporting, how to run the export, and what to do if your provider rejects the file.',
];
const zdBefore = [
  'You need the Payroll admin or Account owner role to export timesheets.',
  'Every timesheet in the pay period must be approved. Timesheets that are still pending are left out of the export.',
  'Each team member needs a payroll ID in their profile that matches the ID used by your provider.',
];
const zdNote =
  '<strong>Note:</strong> Exports use the pay period settings in <strong>Settings &gt; Payroll</strong>. If you change the pay period ' +
  'length, exports for periods that have already closed are not affected.';
const zdSteps = [
  'Go to <strong>Reports &gt; Payroll export</strong>.',
  'Choose the pay period you want to export from the <strong>Period</strong> menu.',
  'Check the summary. The number of approved timesheets and the total hours should match what your managers signed off.',
  'Select your payroll provider. If it is not listed, choose <strong>Generic CSV</strong>.',
  'Click <strong>Export</strong>. The file downloads to your computer and a copy is kept in the export history for 90 days.',
];
const zdTrouble = [
  'If your provider rejects the file, the most common cause is a missing or mistyped payroll ID. Open the export history, ' +
    'click the failed export and look for rows marked in red: each one names the team member whose profile needs fixing.',
  'Rejections can also happen when a pay code in Tallyhour does not match any code at your provider, for example a new type ' +
    'of leave that was added in the middle of a pay period. Map the code under Settings > Payroll > Pay codes and export again.',
];
const zdTip =
  '<strong>Tip:</strong> Exporting the same pay period twice does not create duplicate hours in Tallyhour, but it may at your provider. ' +
  'Delete the first import there before uploading the corrected file.';
const zdSection = [zdTitle, 'Add or change a team member’s payroll ID', 'Set up pay codes for overtime and leave', 'Schedule automatic exports'];
const zdRelated = ['Approve or reject a timesheet', 'Why are some hours missing from my export?', 'Supported payroll providers'];
const zdRecent = ['Set up a pay period', 'Invite managers to approve timesheets'];
const zdCrumbs = ['Tallyhour Help Center', 'Payroll & exports', 'Exporting data'];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zdTitle} – Tallyhour Help Center</title>
<meta name="description" content="Once a manager has approved the timesheets for a pay period, you can send the hours straight to your payroll provider">
<link rel="canonical" href="https://help.tallyhour.example/hc/en-us/articles/15032297741843-Export-approved-timesheets-to-your-payroll-provider">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-2b9e4d.css" media="all">
<script>window.HelpCenter={account:{"subdomain":"tallyhour"},user:{"role":"anonymous"},locale:"en-us"};</script>
<script src="https://static.zdassets.example/hc/assets/en-us.f41c2b.js"></script></head>
<body><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theming_assets/logo.png" alt="Tallyhour Help Center home page"></a>
</div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zdCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"></button>
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(zdSection, 'sidenav-item')}</ul>
<a href="/hc/en-us/sections/8801" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://tallyhour.zendesk.example/system/photos/ramanathan.png" alt=""
class="user-avatar"></div><div class="article-meta"><a href="/hc/en-us/profiles/3921-Priya-Ramanathan">Priya Ramanathan</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2025-03-14T09:12:40Z" title="2025-03-14 09:12" data-datetime="calendar">Updated March
14, 2025 09:12</time></li></ul></div></div>
<a class="button article-subscribe" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zdIntro)}
<h2 id="h_01HQ7B0W5Y">Before you start</h2>
<ul>${zdBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="callout callout--note"><p>${zdNote}</p></div>
<h2 id="h_01HQ7B1KQ2">Export a pay period</h2>
<ol>${zdSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<p><img src="/hc/article_attachments/15032297745555" alt="The Payroll export page with the Period menu open"></p>
<h2 id="h_01HQ7B2F8N">If your provider rejects the file</h2>
${ps(zdTrouble)}
<div class="callout callout--tip"><p>${zdTip}</p></div>
</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<a href="#article-comments" class="article-comment-count">0 comments</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful" title="Yes">Yes</button><button type="button" class="button article-vote article-vote-down" title="No">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">12 out of 15 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="recent-articles"><h2>Recently viewed articles</h2><ul>${links(zdRecent)}</ul></section>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zdRelated)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p><p class="comment-callout">Article is closed for comments.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Tallyhour Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div></footer></body></html>`;
const zendesk: TestPage = {
  html: zdHtml,
  name: 'heldout16-zendesk-help-article',
  kind: 'docs',
  // the article-body is the article: its paragraphs, list items, numbered steps and both callouts (their "Note:" and
  // "Tip:" leads stay in the text) are body, its h2s the headings; the author name and "Updated ..." stamp are bylines;
  // the sidebar's first entry is the title itself (left out); "Follow", share links, comment count, the vote widget,
  // "Have more questions?", recently viewed and related lists, breadcrumbs, search and footer are furniture; the
  // screenshot has only alt text
  title: zdTitle,
  headings: ['Before you start', 'Export a pay period', 'If your provider rejects the file'],
  body: texts([...zdIntro, ...zdBefore, zdNote, ...zdSteps, ...zdTrouble, zdTip]),
  bylines: ['Priya Ramanathan', 'Updated March 14, 2025 09:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zdCrumbs, 'Articles in this section', ...zdSection.slice(1), 'See more', 'Follow',
    'Facebook', 'X Corp', 'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', 'No', '12 out of 15 found this helpful',
    'Have more questions?', 'Return to top', 'Recently viewed articles', ...zdRecent, 'Related articles', ...zdRelated, 'Comments',
    'Article is closed for comments.', 'English (US)',
  ],
};

const jrTitle = 'Offline edits are lost when the app is backgrounded during sync on Android 14';
const jrDesc = [
  'Field technicians on Android 14 devices report that inspection notes and photos captured while offline sometimes never ' +
    'reach the server. The edits appear as saved in the app, but after the next sync they are gone from both the device and the web dashboard.',
  'It only happens when the app is sent to the background while a sync is running, for example when the technician ' +
    'switches to the camera app or takes a call. We have not been able to reproduce it on Android 13 or on iOS.',
];
const jrSteps = [
  'Put the device in airplane mode and edit two or three inspection records.',
  'Turn airplane mode off and, as soon as the sync banner appears, press the home button.',
  'Wait thirty seconds, then reopen the app and open the same records.',
];
const jrExpected = 'The edits are on the device and on the server, and the sync banner shows “All changes saved”.';
const jrActual = 'The records still have their old values, and the server never received the edits. No error is shown to the user.';
const jrComments = [
  {
    who: 'Dmitri Kovač',
    when: 'February 13, 2025 at 9:02 AM',
    text: [
      'Reproduced on a Pixel 8 and a Galaxy S23, both on Android 14. The sync job is started as a foreground service without a ' +
        'declared service type, and on 14 the system stops it a few seconds after the app leaves the screen.',
      'The real problem is on our side: we drop the pending queue from memory before the upload is acknowledged, so when the ' +
        'job is killed the edits are gone. I will declare the dataSync type and only clear the queue after the server confirms.',
    ],
  },
  {
    who: 'Lena Osei',
    when: 'February 13, 2025 at 11:47 AM',
    text: [
      'Support has linked 37 tickets to this in the last week, most of them from two utility customers whose crews work in ' +
        'areas without signal. Raising to High. Can we get this into 4.18 rather than waiting for the April release?',
    ],
  },
  {
    who: 'Aisha Bello',
    when: 'February 18, 2025 at 3:15 PM',
    text: [
      'Verified on 4.18.0-rc2 with the steps above on four devices, including the S23 that failed every time before. Edits ' +
        'survive backgrounding, a forced stop and a reboot. One thing to note: edits queued by 4.17 are not migrated, so ' +
        'anyone who upgrades with a pending queue will still lose those.',
    ],
  },
  {
    who: 'Dmitri Kovač',
    when: 'February 19, 2025 at 4:40 PM',
    text: [
      'Good catch. I have added a one-time migration that reads the old queue file on first launch after the upgrade and ' +
        'replays it before the normal sync starts. The pull request is merged and the fix is in the 4.18.0 build going to the store on Monday.',
    ],
  },
];
const jrNav = ['Your work', 'Projects', 'Filters', 'Dashboards', 'Teams', 'Plans', 'Apps'];
const jrFields = [
  'Assignee',
  'Reporter',
  'Priority',
  'High',
  'Labels',
  'android',
  'offline-sync',
  'regression',
  'Sprint',
  'HMB Sprint 42',
  'Fix versions',
  '4.18.0',
  'Components',
  'Sync engine',
  'Development',
  '1 branch',
  '1 pull request',
];
const jrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>[HMB-1432] ${jrTitle} - Jira</title>
<meta name="application-name" content="JIRA" data-name="jira" data-version="1001.0.0-SNAPSHOT">
<meta name="ajs-issue-key" content="HMB-1432"><meta property="og:title" content="[HMB-1432] ${jrTitle}">
<link rel="stylesheet" href="https://jira-frontend-bifrost.prod-east.frontend.public.atl-paas.example/assets/async-issue-view.css">
<script>window.SPA_STATE={"issueKey":"HMB-1432","projectKey":"HMB","isAnonymous":true};</script></head>
<body id="jira" class="aui-layout aui-theme-default"><div id="jira-frontend">
<header data-testid="page-layout.top-nav" role="banner"><a href="/jira" aria-label="Go to your Jira homepage">Jira</a>
<nav aria-label="Primary"><ul>${links(jrNav, 'css-1pd7hcx')}</ul></nav><button data-testid="atlassian-navigation--create-button">Create</button>
<div role="search"><input placeholder="Search" aria-label="Search"></div><a href="/login">Log in</a></header>
<main data-testid="issue.views.issue-details.issue-layout.container-left"><nav aria-label="Breadcrumbs"
data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"><ol>
<li><a href="/jira/projects">Projects</a></li><li><a href="/jira/software/c/projects/HMB/boards/12">Harbor Mobile</a></li>
<li><a href="/browse/HMB-1380">HMB-1380</a></li><li><a href="/browse/HMB-1432">HMB-1432</a></li></ol></nav>
<div data-testid="issue.views.issue-base.foundation.summary.heading.container">
<h1 data-testid="issue.views.issue-base.foundation.summary.heading">${jrTitle}</h1></div>
<div class="css-quick-add"><button>Add</button><button aria-label="Apps">Apps</button></div>
<div data-testid="issue.views.issue-base.content.description"><h2 class="css-field-heading">Description</h2>
<div class="ak-renderer-document" data-testid="issue.views.field.rich-text.description">${ps(jrDesc)}
<h3 data-renderer-start-pos="512">Steps to reproduce</h3><ol class="ak-ol">${jrSteps.map((t) => `<li><p>${t}</p></li>`).join('')}</ol>
<h3 data-renderer-start-pos="801">Expected result</h3><p>${jrExpected}</p>
<h3 data-renderer-start-pos="904">Actual result</h3><p>${jrActual}</p></div></div>
<div data-testid="issue.activity.container"><h2 class="css-field-heading">Activity</h2><div role="group" aria-label="Activity"><span>Show:</span>
<button aria-pressed="false">All</button><button aria-pressed="true">Comments</button><button>History</button><button>Work log</button>
<button data-testid="issue-activity-feed.ui.buttons.sort">Newest first</button></div>
<div data-testid="canned-comments.common.ui.comment-text-area-placeholder.textarea"><span>Add a comment…</span></div>
<p class="css-pro-tip"><strong>Pro tip:</strong> press <kbd>M</kbd> to comment</p>
${jrComments
  .map(
    (c, i) => `<div data-testid="issue-comment-base.ui.comment.ak-comment.${10481 + i}"><div class="css-comment-header">
<span data-testid="issue-comment-base.ui.comment.ak-comment.author">${c.who}</span><a href="?focusedCommentId=${10481 + i}"
data-testid="issue-comment-base.ui.comment.ak-comment.timestamp">${c.when}</a></div>
<div class="ak-renderer-document">${ps(c.text)}</div><div class="css-comment-actions"><button>Reply</button><button aria-label="Add reaction">
</button></div></div>`,
  )
  .join('\n')}</div></main>
<aside data-testid="issue.views.issue-details.issue-layout.container-right"><div class="css-status-row">
<button data-testid="issue-field-status">In Progress</button>
<button data-testid="issue.watchers.action-button">Watch</button><span data-testid="issue.watchers.count">6</span><button>Share</button>
<button aria-label="Actions">Actions</button></div>
<details open data-testid="issue.views.issue-details.issue-layout.right-panel"><summary><h2>Details</h2></summary>
<dl><dt>Assignee</dt><dd>Dmitri Kovač</dd><dt>Reporter</dt><dd>Lena Osei</dd><dt>Priority</dt><dd>High</dd>
<dt>Labels</dt><dd><a>android</a> <a>offline-sync</a> <a>regression</a></dd><dt>Sprint</dt><dd>HMB Sprint 42</dd>
<dt>Fix versions</dt><dd>4.18.0</dd><dt>Components</dt><dd>Sync engine</dd>
<dt>Development</dt><dd><a>1 branch</a> <a>1 pull request</a></dd></dl></details>
<div class="css-dates"><div>Created February 12, 2025 at 10:14 AM</div><div>Updated February 19, 2025 at 4:40 PM</div></div>
<button class="css-configure">Configure</button></aside>
<div data-testid="feedback-button"><button>Give feedback</button></div></div>
<script src="https://jira-frontend-bifrost.prod-east.frontend.public.atl-paas.example/assets/async-issue-app.js" defer></script></body></html>`;
const jira: TestPage = {
  html: jrHtml,
  name: 'heldout16-jira-issue',
  kind: 'forum',
  // an issue is a thread: its description (with the h3 parts) and every comment are body, as the GitHub discussion of
  // batch 14 did; "Description" and "Activity" head the two parts and count as headings with the h3s; the reporter and
  // the comment authors and times, and the Created/Updated stamps are bylines; the assignee (a field value, also a
  // comment author: counted once, as byline), every other field label and value, status, watch, nav, breadcrumbs
  // (keys, project), activity tabs, the comment box, "Pro tip" and comment actions are furniture; the field values and
  // labels that are words of the title or text ("android", "Priority", "High", "Sprint", "4.18.0"), and the tab "All" (in
  // "All changes saved") are left out
  title: jrTitle,
  headings: ['Description', 'Steps to reproduce', 'Expected result', 'Actual result', 'Activity'],
  body: [...jrDesc, ...jrSteps, jrExpected, jrActual, ...jrComments.flatMap((c) => c.text)],
  bylines: [
    'Dmitri Kovač',
    'Lena Osei',
    'Aisha Bello',
    ...jrComments.map((c) => c.when),
    'Created February 12, 2025 at 10:14 AM',
    'Updated February 19, 2025 at 4:40 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jira', ...jrNav, 'Create', 'Log in', 'Harbor Mobile', 'HMB-1380', 'HMB-1432', 'Add', 'Show:', 'Comments', 'History',
    'Work log', 'Newest first', 'Add a comment…', 'Pro tip: press M to comment', 'Reply', 'In Progress', 'Watch', '6', 'Share', 'Actions',
    'Details', ...jrFields.filter((t) => !['android', 'Priority', 'High', 'Sprint', '4.18.0'].includes(t)), 'Configure', 'Give feedback',
  ],
};

export const HELDOUT16_C: readonly TestPage[] = [zendesk, jira];
