import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file a2: a GitLab issue (top bar, super sidebar with the project menu, breadcrumbs, issuable header
 * with the status badge and "created" line, a bug-template description with h2 sections and a code block, the activity
 * feed with system notes and three comments, the right sidebar with assignee, labels, milestone, due date, time tracking
 * and participants, and the cookie banner).
 */
const lTitle = 'Departure board shows stale platform numbers after the live feed reconnects';
const lSummary = [
  j(
    'After the connection to the live running feed drops and comes back, the departure boards at Fennmoor Central keep showing the',
    'platform numbers that were valid before the outage. New departures are added with the right times, but any train whose',
    'platform changed while the feed was down stays on its old platform until the board is restarted by hand.',
  ),
  j(
    'On Tuesday morning this sent passengers for the 07:42 service to platform 4 while the train was waiting at platform 6. The',
    'station staff noticed after a few minutes and made an announcement, but the board stayed wrong for almost an hour.',
  ),
];
const lSteps = [
  'Start the board service against the staging feed with <code>FEED_URL=wss://feed-staging.fennmoor.example</code>.',
  'Block the feed host with the firewall rule from the runbook for ninety seconds.',
  'While the feed is blocked, send a platform change for any departure from the staging console.',
  'Remove the firewall rule and wait for the service to log that it has reconnected.',
];
const lCurrent = [
  j(
    'The service logs the reconnect and then applies only the messages that arrive afterwards. The platform change sent during the',
    'outage is never applied, and the board keeps the old platform for that departure.',
  ),
];
const lExpected = [
  j(
    'On reconnect the service should request a snapshot of all departures for the next two hours and replace its local state, as',
    'it already does at start-up, before it starts applying the incremental messages again.',
  ),
];
const lLog = j(
  '2026-03-17 06:58:31 WARN feed: connection lost (status 1006), retrying in 5s',
  '2026-03-17 07:00:02 INFO feed: connected, resuming from sequence 884213',
);
const lFixes = [
  j(
    'The reconnect handler in <code>feed/session.ts</code> resumes from the last sequence number it saw, but the feed only keeps',
    'sixty seconds of history, so anything older is silently skipped. Comparing the resume sequence with the oldest sequence the',
    'feed still offers, and falling back to a full snapshot when there is a gap, should be enough.',
  ),
];
const lN1 = [
  j(
    'Confirmed on staging with the steps above. The feed answers the resume request with a gap marker that we log at debug level',
    'and otherwise ignore, so the service has everything it needs to notice the problem.',
  ),
];
const lN2 = [
  j(
    'Please make sure the snapshot does not blank the boards while it loads. At the larger stations a board that goes empty for',
    'even ten seconds gets reported as a fault by the staff, and the snapshot can take that long at the morning peak.',
  ),
];
const lN3 = [
  j(
    'The merge request loads the snapshot into a separate table and swaps it in once it is complete, so the boards keep showing',
    'the old state until the new one is ready. I also raised the gap marker to a warning so that it shows up on the dashboard.',
  ),
];
const lMenu = ['Manage', 'Plan', 'Code', 'Build', 'Deploy', 'Operate', 'Monitor', 'Analyze', 'Settings'];
const lCrumbs = ['Fennmoor Transit', 'departure-board', 'Issues', '#318'];
const lHtml = `<!DOCTYPE html><html class="gl-light ui-neutral with-top-bar with-header" lang="en"><head><meta charset="utf-8">
<title>${lTitle} (#318) · Issues · Fennmoor Transit / departure-board · GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${lTitle} (#318) · Issues · Fennmoor Transit / departure-board" property="og:title">
<meta content="After the connection to the live running feed drops and comes back, the departure boards keep old platform numbers." property="og:description">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" href="/assets/application-8c1e0d.css">
<script>window.gon={"relative_url_root":"","current_user_id":null,"features":{"workItemsViewPreference":true,"notificationsTodosButtons":true}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Fennmoor Transit"},{"@type":"ListItem","position":2,"name":"departure-board"},{"@type":"ListItem","position":3,"name":"Issues"}]}</script></head>
<body class="tab-width-8 gl-browser-firefox page-initialised" data-page="projects:issues:show" data-project="departure-board" data-project-id="412">
<div id="js-cookie-consent" class="gl-broadcast-message"><p>We use cookies to keep you signed in and to understand how the site is used.</p>
<button class="btn gl-button btn-confirm">Accept cookies</button> <a href="/help/privacy">Learn more</a></div>
<header class="header-logged-out"><nav class="header-logged-out-nav" aria-label="Explore GitLab"><ul>${links(['Explore', 'Help'])}</ul>
<a class="gl-button btn btn-default" href="/users/sign_in?redirect_to_referer=yes">Sign in</a></nav></header>
<div class="layout-page page-with-super-sidebar"><aside id="super-sidebar" class="super-sidebar" aria-label="Project navigation">
<div class="super-sidebar-context-header">Project</div><ul class="gl-list-style-none">${links(lMenu, 'nav-item')}</ul></aside>
<div class="content-wrapper"><div class="top-bar-fixed container-fluid" data-testid="top-bar"><nav aria-label="Breadcrumbs" class="gl-breadcrumbs">
<ol class="gl-breadcrumb-list breadcrumb js-breadcrumbs-list">${links(lCrumbs, 'gl-breadcrumb-item')}</ol></nav></div>
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode">
<div class="issue-details issuable-details js-issue-details"><div class="detail-page-header"><div class="detail-page-header-body">
<span class="badge badge-pill gl-badge badge-info issuable-status-badge">Closed</span>
<div class="issuable-meta">Issue created <time class="js-timeago" datetime="2026-03-17T07:31:10Z" title="Mar 17, 2026 7:31am UTC">Mar 17, 2026</time>
by <a class="author-link js-user-link" href="/ines.rauch"><strong class="author">Ines Rauch</strong></a></div></div>
<div class="detail-page-header-actions"><a class="btn gl-button" href="/fennmoor/departure-board/-/issues/new">New issue</a></div></div>
<div class="detail-page-description content-block js-detail-page-description"><div class="title-container">
<h1 class="title qa-title" dir="auto" data-testid="issue-title">${lTitle}</h1></div>
<div class="description js-task-list-container is-task-list-enabled"><div class="md" data-testid="gfm-content">
<h2 data-sourcepos="1:1-1:10" dir="auto">Summary</h2>
${ps(lSummary, ' dir="auto"')}
<h2 dir="auto">Steps to reproduce</h2>
<ol dir="auto">${lis(lSteps)}</ol>
<h2 dir="auto">What is the current bug behavior?</h2>
${ps(lCurrent, ' dir="auto"')}
<h2 dir="auto">What is the expected correct behavior?</h2>
${ps(lExpected, ' dir="auto"')}
<h2 dir="auto">Relevant logs</h2>
<div class="gl-relative markdown-code-block js-markdown-code"><pre class="code highlight js-syntax-highlight language-plaintext" lang="plaintext"
><code>${lLog}</code></pre><copy-code><button class="btn btn-default btn-sm gl-button btn-icon" title="Copy to clipboard"></button></copy-code></div>
<h2 dir="auto">Possible fixes</h2>
${ps(lFixes, ' dir="auto"')}
</div><small class="edited-text">Edited <time datetime="2026-03-17T08:02:44Z">Mar 17, 2026</time> by Ines Rauch</small></div>
<div class="awards js-awards-block"><button class="btn gl-button award-control" title="thumbsup"><span class="js-counter">7</span></button></div></div>
<section class="issuable-discussion js-vue-notes-event"><div id="notes"><div class="notes-activity-header">
<h2 class="gl-font-size-h1 gl-m-0">Activity</h2><button class="gl-button btn btn-default btn-sm">Sort or filter</button></div>
<ul id="notes-list" class="notes main-notes-list timeline">
<li class="note system-note note-wrapper" id="note_9001"><div class="note-header"><span class="system-note-message">Ines Rauch added
<span class="gl-label">bug::functional</span> <span class="gl-label">priority::1</span> labels</span></div></li>
<li class="note system-note note-wrapper" id="note_9002"><div class="note-header"><span class="system-note-message">Piet Solberg assigned to
Piet Solberg</span></div></li>
${[
  ['9010', 'Piet Solberg', '@p.solberg', 'Mar 17, 2026 8:15am', lN1],
  ['9014', 'Maud Erskine', '@maud.e', 'Mar 17, 2026 9:40am', lN2],
  ['9031', 'Piet Solberg', '@p.solberg', 'Mar 18, 2026 4:05pm', lN3],
]
  .map(
    ([id, name, handle, when, paras]) => `<li class="note note-wrapper note-comment timeline-entry" id="note_${id}"><div class="timeline-entry-inner">
<div class="timeline-avatar gl-float-left"><img class="avatar s32" alt="" src="/uploads/-/system/user/avatar/${id}/avatar.png"></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/${handle}"><span class="note-header-author-name
gl-font-weight-bold">${name}</span> <span class="author-username">${handle}</span></a> <span class="note-headline-light">·
<time class="js-timeago" datetime="2026-03-17T08:15:00Z">${when}</time></span></div>
<div class="note-actions"><span class="note-role user-access-role">Maintainer</span></div></div>
<div class="note-body"><div class="note-text md">${ps(paras as string[], ' dir="auto"')}</div></div></div></div></li>`,
  )
  .join('\n')}
<li class="note system-note note-wrapper" id="note_9032"><div class="note-header"><span class="system-note-message">Piet Solberg mentioned in merge
request !207</span></div></li>
<li class="note system-note note-wrapper" id="note_9040"><div class="note-header"><span class="system-note-message">Piet Solberg closed via merge
request !207</span></div></li></ul>
<div class="disabled-comment gl-text-center">Please <a href="/users/sign_in">register</a> or <a href="/users/sign_in">sign in</a> to reply</div></div>
</section></div></main>
<aside class="right-sidebar js-right-sidebar js-issuable-sidebar right-sidebar-expanded" aria-label="issue"><div class="issuable-sidebar">
<div class="block assignee"><div class="title hide-collapsed">Assignee</div><span class="author">Piet Solberg</span></div>
<div class="block labels"><div class="title hide-collapsed">Labels</div><span class="gl-label">bug::functional</span>
<span class="gl-label">priority::1</span> <span class="gl-label">station-displays</span></div>
<div class="block milestone"><div class="title hide-collapsed">Milestone</div><span>Spring timetable 2026</span></div>
<div class="block due_date"><div class="title hide-collapsed">Due date</div><span>Mar 20, 2026</span></div>
<div class="block time-tracking"><div class="title hide-collapsed">Time tracking</div><span>Spent: 6h</span></div>
<div class="block confidentiality"><div class="title hide-collapsed">Confidentiality</div><span>Not confidential</span></div>
<div class="block participants"><div class="title hide-collapsed">3 Participants</div></div>
<div class="block reference"><div class="title hide-collapsed">Reference:</div><span>fennmoor/departure-board#318</span></div>
</div></aside></div></div><script src="/assets/webpack/pages.projects.issues.show.chunk.js" defer></script></body></html>`;
export const gitlabIssue: TestPage = {
  name: 'heldout431-gitlab-issue-forum',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: ['Summary', 'Steps to reproduce', 'What is the current bug behavior?', 'What is the expected correct behavior?', 'Relevant logs', 'Possible fixes'],
  body: texts([...lSummary, ...lSteps, ...lCurrent, ...lExpected, lLog, ...lFixes, ...lN1, ...lN2, ...lN3]),
  bylines: [
    'Mar 17, 2026',
    'Ines Rauch',
    'Edited',
    'Piet Solberg',
    '@p.solberg',
    'Mar 17, 2026 8:15am',
    'Maud Erskine',
    '@maud.e',
    'Mar 17, 2026 9:40am',
    'Mar 18, 2026 4:05pm',
  ],
  furniture: [
    'We use cookies to keep you signed in and to understand how the site is used.',
    'Accept cookies',
    'Learn more',
    'Explore',
    'Help',
    'Sign in',
    'Project',
    ...lMenu,
    ...lCrumbs.slice(0, 3),
    'Closed',
    'Issue created',
    'New issue',
    'Activity',
    'Sort or filter',
    'bug::functional',
    'priority::1',
    'assigned to',
    'Maintainer',
    'mentioned in merge request !207',
    'closed via merge request !207',
    'register',
    'to reply',
    'Assignee',
    'Labels',
    'station-displays',
    'Milestone',
    'Spring timetable 2026',
    'Due date',
    'Mar 20, 2026',
    'Time tracking',
    'Spent: 6h',
    'Confidentiality',
    'Not confidential',
    '3 Participants',
    'Reference:',
    'fennmoor/departure-board#318',
  ],
};
