import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file e2: a Gitea issue in the Fomantic UI markup (navbar with Explore / Help / Register / Sign In,
 * the repository header with Watch / Star / Fork and the repository tabs, the issue title h1 with its index, the state label
 * and "opened" line, the timeline with the first comment, label and milestone events, four further comments with role
 * labels, the sidebar with labels, milestone, projects, assignees, participants, notifications, due date, dependencies and
 * reference, and the "Powered by Gitea" footer).
 */
const eTitle = 'Firing log stops recording when a firing runs through a daylight saving change';
const eFirst = [
  j(
    'Our glaze firing on Saturday night ran from eight in the evening to half past six in the morning, and the clocks went',
    'forward at two. Kilnlog recorded the first six hours and then nothing: the graph ends at 01:59 and the log file has no',
    'further lines, although the controller kept running and the firing finished normally.',
  ),
  j(
    'The logger runs on a small single-board computer next to the kiln, with the time zone set to local time. Nothing was',
    'written to the error log. Once the service was brought up again the logging resumed, but the missing hours are gone.',
  ),
];
const eCode = 'ERROR sample scheduler: next run 02:00:00 does not exist in Europe/Tallmark, waiting';
const eFirst2 = ['This line showed up only when I ran the service in the foreground the next day and moved the system clock by hand.'];
const eC1 = [
  j(
    'Thanks for the log line, that is the culprit. The scheduler computes the next sample time in local time, and a time that',
    'falls into the skipped hour does not exist, so it waits for a moment that never comes.',
  ),
];
const eC2 = [
  j(
    'The same thing would happen in autumn in a different way: the hour from two to three is repeated, so every sample in that',
    'hour would be written twice with the same timestamps, and the graph would draw a loop.',
  ),
];
const eC3 = [
  j(
    'Right, both cases go away if we schedule in UTC and only convert to local time when writing the log and drawing the graph.',
    'That is also what the export to the spreadsheet format expects, so it simplifies that part too. I will also add a test that',
    'runs a whole night through both clock changes.',
  ),
];
const eC4 = [
  j(
    'Merged. Samples are now scheduled and stored in UTC, the graph shows local time with a marker at the clock change, and the',
    'CSV export has a new column with the UTC offset. Please reopen if it happens again in October.',
  ),
];
const eTabs = ['Issues', 'Pull Requests', 'Actions', 'Packages', 'Projects', 'Releases', 'Wiki', 'Activity'];
const eItem = (id: string, who: string, when: string, role: string, paras: string[], first = false): string => `<div class="timeline-item comment${
  first ? ' first' : ''
}" id="issuecomment-${id}"><a class="timeline-avatar" href="/${who}"><img loading="lazy" class="ui avatar tw-align-middle" src="/avatars/${id}"
title="${who}" width="40" height="40"></a><div class="content comment-container"><div class="ui top attached header comment-header tw-flex
tw-items-center tw-justify-between" role="heading" aria-level="3"><div class="comment-header-left tw-flex tw-items-center"><span class="text grey
muted-links"><a class="author" href="/${who}">${who}</a> commented <a class="muted" href="#issuecomment-${id}"><relative-time class="time-since"
prefix="" tense="past" datetime="2026-03-30T08:00:00Z" data-tooltip-content data-tooltip-interactive="true">${when}</relative-time></a></span></div>
<div class="comment-header-right actions tw-flex tw-items-center"><div class="ui basic label role-label">${role}</div></div></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup">${paras.join('\n')}</div></div></div></div>`;
const eEvent = (who: string, what: string, when: string): string => `<div class="timeline-item event"><span class="badge"><svg class="svg octicon-tag"
width="16" height="16"></svg></span><span class="text grey muted-links"><a class="author" href="/${who}">${who}</a> ${what} <a class="time"
href="#"><relative-time class="time-since" datetime="2026-03-30T09:00:00Z">${when}</relative-time></a></span></div>`;
const eHtml = `<!DOCTYPE html><html lang="en-US" data-theme="gitea-auto"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} · Issue #57 · ostrander/kilnlog - Gitea: Git with a cup of tea</title><link rel="manifest" href="data:application/json;base64,eyJuYW1lIjoi">
<meta name="author" content="ostrander"><meta name="description" content="kilnlog - Temperature logger for electric kilns">
<meta property="og:title" content="${eTitle}"><meta property="og:url" content="https://code.ostrander.example/ostrander/kilnlog/issues/57">
<meta property="og:type" content="object"><meta property="og:site_name" content="Gitea: Git with a cup of tea">
<script>window.config = {appUrl: 'https:\\/\\/code.ostrander.example\\/', appSubUrl: '', assetVersionEncoded: encodeURIComponent('1.22.3'),
pageData: {}, notificationSettings: {"EventSourceUpdateTime":10000,"MaxTimeout":60000}, enableTimeTracking: true, i18n: {copy_success: "Copied!"}};</script>
<link rel="stylesheet" href="/assets/css/index.css?v=1.22.3"><link rel="stylesheet" href="/assets/css/theme-gitea-auto.css?v=1.22.3"></head>
<body hx-headers='{"x-csrf-token": ""}' hx-swap="outerHTML"><div class="full height"><nav id="navbar" aria-label="Navigation Bar"><div class="navbar-left ui
secondary menu"><a class="item" id="navbar-logo" href="/" aria-label="Home"><img width="30" height="30" src="/assets/img/logo.svg" alt="Logo"></a>
<a class="item" href="/explore/repos">Explore</a><a class="item" target="_blank" href="https://docs.gitea.example">Help</a></div><div class="navbar-right ui
secondary menu"><a class="item" rel="nofollow" href="/user/sign_up">Register</a><a class="item" rel="nofollow" href="/user/login">Sign In</a></div></nav>
<div role="main" aria-label="${eTitle}" class="page-content repository view issue pull"><div class="secondary-nav"><div class="ui container"><div
class="repo-header"><div class="flex-item tw-items-center"><div class="flex-item-main"><div class="flex-item-title"><a class="muted tw-font-normal"
href="/ostrander">ostrander</a>/<a class="muted" href="/ostrander/kilnlog">kilnlog</a></div></div><div class="flex-item-trailing"><div class="ui labeled
button"><a class="ui basic button">Watch</a><a class="ui basic label">3</a></div><div class="ui labeled button"><a class="ui basic button">Star</a><a
class="ui basic label">41</a></div><div class="ui labeled button"><a class="ui basic button">Fork</a><a class="ui basic label">6</a></div></div></div></div>
<div class="ui container"><overflow-menu class="ui secondary pointing tabular borderless menu"><div class="overflow-menu-items"><a class="item"
href="/ostrander/kilnlog">Code</a>${links(eTabs).replace(/<\/?li>/g, '')}</div></overflow-menu></div></div>
<div class="ui container"><div class="issue-title-header"><div class="issue-title" id="issue-title-display"><h1 class="tw-break-anywhere"><span
id="issue-title">${eTitle}</span> <span class="index">#57</span></h1><div class="issue-title-buttons"><a class="ui small primary button"
href="/ostrander/kilnlog/issues/new">New Issue</a></div></div>
<div class="issue-title-meta"><div class="ui red label issue-state-label">Closed</div><span class="time-desc"><a class="author"
href="/maren-ilves">maren-ilves</a>
opened this issue <relative-time class="time-since" datetime="2026-03-30T07:41:00Z">2026-03-30 07:41:00 +00:00</relative-time> · 5 comments</span></div></div>
<div class="issue-content"><div class="issue-content-left comment-list prevent-before-timeline"><div class="ui timeline">
${eItem('2210', 'maren-ilves', '2026-03-30 07:41:00 +00:00', 'Poster', [ps(eFirst), `<pre class="code-block"><code>${eCode}</code></pre>`, ps(eFirst2)], true)}
${eEvent('ostrander', 'added the <span class="ui label">Kind/Bug</span> label', '2026-03-30 09:12:37 +00:00')}
${eItem('2214', 'ostrander', '2026-03-30 09:15:02 +00:00', 'Owner', [ps(eC1)])}
${eItem('2219', 'tove-hallik', '2026-03-30 12:48:19 +00:00', 'Collaborator', [ps(eC2)])}
${eItem('2223', 'ostrander', '2026-03-31 18:02:54 +00:00', 'Owner', [ps(eC3)])}
${eEvent('ostrander', 'added this to the <a href="/milestone/4">v0.9.1</a> milestone', '2026-03-31 18:03:10 +00:00')}
${eEvent('ostrander', 'referenced this issue from a commit <a href="/commit/8d2f6a1">Schedule samples in UTC (#57)</a>', '2026-04-02 20:11:45 +00:00')}
${eItem('2231', 'ostrander', '2026-04-02 20:14:08 +00:00', 'Owner', [ps(eC4)])}
${eEvent('ostrander', 'closed this issue', '2026-04-02 20:14:09 +00:00')}
<div class="timeline-item comment form"><div class="ui warning message"><a href="/user/login">Sign in</a> to join this conversation.</div></div>
</div></div>
<div class="issue-content-right ui segment"><div class="ui dropdown select-label"><span class="text"><strong>Labels</strong></span></div><div class="ui
labels list"><span class="ui label">Kind/Bug</span> <span class="ui label">Priority/High</span> <span class="ui label">Area/Scheduler</span></div>
<div class="divider"></div><span class="text"><strong>Milestone</strong></span><div class="ui select-milestone list"><a class="item muted"
href="/milestone/4">v0.9.1</a></div><div class="divider"></div><span class="text"><strong>Projects</strong></span><div class="ui list"><span
class="no-select item">No project</span></div><div class="divider"></div><span class="text"><strong>Assignees</strong></span><div class="ui
assignees list"><a class="item muted" href="/ostrander">ostrander</a></div><div class="divider"></div><span class="text">3 participants</span>
<div class="divider"></div><span class="text"><strong>Notifications</strong></span><button class="ui basic button">Subscribe</button>
<div class="divider"></div><span class="text"><strong>Due date</strong></span><p>No due date set.</p><div class="divider"></div><span
class="text"><strong>Dependencies</strong></span><p>No dependencies set.</p><div class="divider"></div><div class="ui equal width
compact grid"><div class="row tw-items-center"><span class="text column truncated-item-container">Reference: ostrander/kilnlog#57</span></div></div></div>
</div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links" role="contentinfo" aria-label="About Software"><a target="_blank"
href="https://about.gitea.example">Powered by Gitea</a> Version: 1.22.3 Page: <strong>38ms</strong> Template: <strong>6ms</strong></div>
<div class="right-links" role="group" aria-label="Links"><div class="ui dropdown upward language"><span class="flex-text-inline">English</span></div><a
href="/assets/licenses.txt">Licenses</a><a href="/api/swagger">API</a></div></footer><script src="/assets/js/index.js?v=1.22.3" onerror="alert('Failed to
load asset
files from ' + this.src + '. Please make sure the asset files can be accessed.')"></script></body></html>`;
export const gitea: TestPage = {
  name: 'heldout431-gitea-issue-forum',
  kind: 'forum',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eFirst, eCode, ...eFirst2, ...eC1, ...eC2, ...eC3, ...eC4]),
  bylines: [
    'maren-ilves',
    '2026-03-30 07:41:00 +00:00',
    'ostrander',
    '2026-03-30 09:15:02 +00:00',
    'tove-hallik',
    '2026-03-30 12:48:19 +00:00',
    '2026-03-31 18:02:54 +00:00',
    '2026-04-02 20:14:08 +00:00',
  ],
  furniture: [
    'Explore',
    'Help',
    'Register',
    'Sign In',
    'Watch',
    'Star',
    'Fork',
    'Code',
    ...eTabs,
    '#57',
    'New Issue',
    'Closed',
    'opened this issue',
    '5 comments',
    'Poster',
    'Owner',
    'Collaborator',
    'added the',
    'Kind/Bug',
    '2026-03-30 09:12:37 +00:00',
    'added this to the',
    'v0.9.1',
    'referenced this issue from a commit',
    'Schedule samples in UTC (#57)',
    '2026-03-31 18:03:10 +00:00',
    '2026-04-02 20:11:45 +00:00',
    'closed this issue',
    '2026-04-02 20:14:09 +00:00',
    'to join this conversation.',
    'Labels',
    'Priority/High',
    'Area/Scheduler',
    'Milestone',
    'No project',
    'Assignees',
    '3 participants',
    'Notifications',
    'Subscribe',
    'Due date',
    'No due date set.',
    'Dependencies',
    'No dependencies set.',
    'Reference: ostrander/kilnlog#57',
    'Powered by Gitea',
    'Version: 1.22.3',
    'English',
    'Licenses',
  ],
};
