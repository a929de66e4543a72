import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file a2: a GitLab issue (super sidebar, breadcrumbs, the issue header with state badge and "Issue
 * created ... by", the description with a table, award emoji, system notes such as "added ~label" and "mentioned in merge
 * request", the discussion notes, the comment box, and the right sidebar with Assignee, Labels, Milestone, Due date, Time
 * tracking, Participants and Notifications).
 */
const lTitle = 'Night bus trips vanish from the export when a service day crosses midnight';
const lIntro = [
  j(
    'Since the importer moved to the new calendar parser, trips that start after 23:00 and finish after midnight are missing from',
    'the weekday export. The trips are present in the source feed and in the staging database, so they are dropped somewhere',
    'between the calendar expansion and the writer.',
  ),
];
const lTable = ['N12 Harbour loop', '14', '0', 'N30 Airport shuttle', '9', '0', 'Route 7 (last run)', '3', '1'];
const lAfter = [
  j(
    'The pattern is the same for every route: any stop time of 24:00:00 or later makes the whole trip disappear. My guess is that',
    'the parser now turns those times into real clock times and then fails the check that arrival must be after departure.',
  ),
];
const lSteps = ['Import the sample feed from the fixtures folder.', 'Run the weekday export for the first Monday of the month.', 'Count the N12 trips.'];
const lN1 = [
  j(
    'Confirmed. The service-day offset is applied to departure times but not to arrival times, so a trip from 23:40 to 00:25 looks',
    'like it arrives before it leaves. The validator was always there, it just never saw these values before the parser change.',
  ),
];
const lN2 = [
  j(
    'I have pushed a fix that keeps stop times as seconds since the start of the service day all the way to the writer, and only',
    'converts them at the end. Route 7 is a separate problem: its last run has a typo in the source feed, so I have reported it to',
    'the operator instead of working around it in our code.',
  ),
];
const lN2b = [
  j(
    'While testing the fix I also found that the export log printed the trip count before filtering, so the weekday report',
    'looked complete even when trips were dropped. The log line now reports both numbers, which would have made this bug obvious',
    'on the first night.',
  ),
];
const lN3 = [
  j(
    'Ran the merge request branch against last night&#39;s feed: all fourteen N12 trips and nine N30 trips are back, and the weekday',
    'totals now match the timetable book. Happy to close this once it is released.',
  ),
];
const lCrumbs = ['Northwind Transit Lab', 'timetable-importer', 'Issues', '#612'];
const lSide = ['Project', 'Issues', 'Merge requests', 'Pipelines', 'Wiki', 'Snippets', 'Settings'];
const lLabels = ['bug', 'priority::2', 'feed::gtfs'];
const note = (id: string, name: string, user: string, time: string, body: string): string => `<li id="note_${id}" class="note note-wrapper timeline-entry"
data-note-id="${id}"><div class="timeline-entry-inner"><div class="timeline-avatar gl-float-left"><a href="/${user}"><img class="avatar s32"
src="/uploads/-/system/user/avatar/${id}/avatar.png" alt="${name}" width="32"></a></div><div class="timeline-content"><div class="note-header">
<div class="note-header-info"><a href="/${user}" class="note-header-author-name gl-font-bold">${name}</a>
<span class="note-headline-light note-headline-meta"><span class="system-note-message"></span><a href="#note_${id}" class="note-timestamp"><time
class="js-timeago" datetime="2026-01-20T12:00:00Z">${time}</time></a></span></div>
<div class="note-actions"><span class="note-role user-access-role">Maintainer</span></div></div>
<div class="note-body"><div class="note-text md">
${body}
</div></div></div></div></li>`;
const sys = (name: string, html: string): string => `<li class="note system-note timeline-entry note-wrapper"><div class="timeline-entry-inner">
<div class="timeline-icon"><svg class="s16" data-testid="label-icon"></svg></div><div class="timeline-content"><div class="note-header">
<div class="note-header-info"><a href="#" class="note-header-author-name gl-font-bold">${name}</a>
<span class="system-note-message">${html}</span></div></div></div></div></li>`;
const lHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-top-bar" lang="en"><head><meta charset="utf-8"><title>${lTitle} (#612) · Issues · Northwind Transit Lab /
timetable-importer · GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${lTitle} (#612) · Issues" property="og:title">
<meta content="Since the importer moved to the new calendar parser, trips that start after 23:00..." property="og:description">
<link rel="stylesheet" href="/assets/application-5e1c.css"><script nonce="a1b2">gon={"api_version":"v4","relative_url_root":"",
"current_user_id":null};</script><script src="/assets/webpack/runtime.8f2a.bundle.js" defer></script></head>
<body class="tab-width-8 gl-browser-firefox page-initialised" data-page="projects:issues:show" data-project="timetable-importer">
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" aria-label="Primary navigation sidebar" id="super-sidebar">
<div class="user-bar"><a class="brand-logo" href="/"><span class="gl-sr-only">Homepage</span></a><a href="/users/sign_in"
class="gl-button btn btn-default">Sign in</a></div>
<nav class="contextual-nav"><ul class="gl-list-none">${links(lSide, 'nav-item')}</ul></nav>
<div class="super-sidebar-help-center"><a href="/help">Help</a></div></aside>
<div class="content-wrapper"><div class="top-bar-fixed container-fluid" data-testid="top-bar"><div class="top-bar-container">
<nav aria-label="Breadcrumbs" class="breadcrumbs gl-breadcrumbs"><ol class="breadcrumb gl-breadcrumb-list">${links(lCrumbs, 'gl-breadcrumb-item')}</ol></nav>
</div></div><div class="container-fluid container-limited project-highlight-puc"><main class="content" id="content-body" itemscope
itemtype="http://schema.org/SoftwareSourceCode">
<div class="flash-container flash-container-page sticky" data-testid="flash-container"></div>
<div class="issue-details issuable-details js-issue-details"><div class="detail-page-header"><div class="detail-page-header-body">
<span class="badge gl-badge badge-pill badge-success issuable-status-badge" data-testid="issue-state-badge">Open</span>
<div class="issuable-meta"><span class="gl-hidden sm:gl-inline">Issue created</span> <time class="js-timeago" datetime="2026-01-19T07:55:10Z">Jan 19,
2026</time> by <a class="author-link js-user-link" href="/tamsin.oyelaran"><strong class="author">Tamsin Oyelaran</strong></a></div></div>
<div class="detail-page-header-actions"><a class="gl-button btn btn-confirm" href="/users/sign_in">New issue</a></div></div>
<div class="detail-page-description content-block"><div class="title-container"><h1 class="title gl-heading-1 qa-title" dir="auto"
data-testid="issue-title">${lTitle}</h1></div>
<div class="description js-task-list-container"><div class="md" data-testid="gfm-content">
${ps(lIntro, ' data-sourcepos="1:1-1:200" dir="auto"')}
<table data-sourcepos="3:1-7:20"><thead><tr><th>Route</th><th>Trips in feed</th><th>Trips exported</th></tr></thead>
<tbody>${[0, 3, 6].map((i) => `<tr><td>${lTable[i]}</td><td>${lTable[i + 1]}</td><td>${lTable[i + 2]}</td></tr>`).join('\n')}</tbody></table>
${ps(lAfter, ' dir="auto"')}
<h2 data-sourcepos="11:1-11:14" dir="auto">How to check</h2>
<ol dir="auto">${lSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol></div></div>
<small class="edited-text">Edited Jan 19, 2026 by Tamsin Oyelaran</small></div>
<div class="awards js-awards-block" data-testid="award-list"><button class="gl-button btn btn-default award-control" title="Ferdi Kallas and 4 others"
type="button"><gl-emoji data-name="thumbsup">👍</gl-emoji> <span class="award-control-text js-counter">5</span></button>
<button class="gl-button btn btn-default award-control" type="button"><gl-emoji data-name="eyes">👀</gl-emoji> <span
class="award-control-text">2</span></button></div>
<div class="issuable-discussion js-vue-notes-event"><h2 class="gl-sr-only">Activity</h2><div class="gl-flex gl-justify-between"><h3
class="gl-text-lg">Activity</h3><button class="gl-button btn btn-default">Sort or filter</button></div>
<ul id="notes-list" class="notes main-notes-list timeline">
${sys('Ferdi Kallas', 'added <a class="gl-label-link" href="#"><span class="gl-label-text">priority::2</span></a> label <time>1 month ago</time>')}
${note('88120', 'Ferdi Kallas', 'fkallas', '1 month ago', ps(lN1))}
${sys('Joanna Breck', 'mentioned in merge request <a href="/northwind/timetable-importer/-/merge_requests/88">!88 (merged)</a>')}
${note('88347', 'Joanna Breck', 'jbreck', '3 weeks ago', ps([...lN2, ...lN2b]))}
${note('88502', 'Tamsin Oyelaran', 'tamsin.oyelaran', '2 weeks ago', ps(lN3))}
</ul><div class="disabled-comment gl-text-center gl-text-subtle">Please <a href="/users/sign_in">register</a> or <a href="/users/sign_in">sign in</a>
to reply</div></div></div></main></div></div>
<aside class="right-sidebar right-sidebar-expanded issuable-sidebar" aria-label="issue"><div class="issuable-sidebar">
<div class="block assignee"><div class="title hide-collapsed">Assignee</div><div class="value hide-collapsed"><a href="/jbreck"
class="author-link">Joanna Breck</a></div></div>
<div class="block labels"><div class="title hide-collapsed">Labels</div><div class="value">${lLabels
  .map((l) => `<span class="gl-label gl-label-sm"><span class="gl-label-text">${l}</span></span>`)
  .join('\n')}</div></div>
<div class="block milestone"><div class="title">Milestone</div><div class="value"><a href="#">Spring timetable 2026</a></div></div>
<div class="block due_date"><div class="title">Due date</div><div class="value"><span class="no-value">None</span></div></div>
<div class="block time-tracking"><div class="title">Time tracking</div><div class="value">No estimate or time spent</div></div>
<div class="block participants"><div class="title">3 Participants</div></div>
<div class="block subscriptions"><div class="title">Notifications</div><div class="value">Notifications are off</div></div>
<div class="block reference"><div class="title">Reference: northwind/timetable-importer#612</div></div></div></aside></div>
<div id="js-cookie-banner" class="gl-banner"><p>GitLab uses cookies to measure how the service is used. Choose which cookies to allow.</p>
<button class="gl-button btn btn-confirm">Allow all</button> <button class="gl-button btn btn-default">Essential only</button></div></body></html>`;
export const gitlabIssue: TestPage = {
  name: 'heldout272-gitlab-issue-forum',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: ['How to check'],
  body: texts([...lIntro, ...lTable, ...lAfter, ...lSteps, ...lN1, ...lN2, ...lN2b, ...lN3]),
  bylines: [
    'Issue created',
    'Jan 19, 2026',
    'Tamsin Oyelaran',
    'Edited Jan 19, 2026 by Tamsin Oyelaran',
    'Ferdi Kallas',
    '1 month ago',
    'Joanna Breck',
    '3 weeks ago',
    '2 weeks ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Homepage', 'Sign in', ...lSide, 'Help', 'Northwind Transit Lab', 'timetable-importer', '#612', 'Open', 'New issue', 'Maintainer',
    'Activity', 'Sort or filter', 'priority::2', 'mentioned in merge request', '!88 (merged)', 'Please register or sign in to reply', 'Assignee', 'Labels',
    'feed::gtfs', 'Milestone', 'Spring timetable 2026', 'Due date', 'None', 'Time tracking', 'No estimate or time spent', '3 Participants',
    'Notifications', 'Notifications are off', 'Reference: northwind/timetable-importer#612',
    'GitLab uses cookies to measure how the service is used. Choose which cookies to allow.', 'Allow all', 'Essential only',
  ],
};
