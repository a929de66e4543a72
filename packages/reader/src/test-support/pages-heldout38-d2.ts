import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file d2: an Apache Jira (issues.apache.org/jira, Jira Data Center 9) issue, seen logged out: the
 * AUI header with skip links, app switcher, Dashboards/Projects/Issues/Help menus, search and "Log In", the ASF announcement
 * banner, the issue header with project avatar, breadcrumbs and the operations toolbar, the Details module, the
 * description with h3 sections and a code panel, Issue Links, the Activity module with its tabs and the comments (each one
 * twice, in the expanded and the collapsed "concise" form Jira keeps in the page), the People and Dates modules on the right,
 * and the Atlassian footer.
 */
const jrTitle = 'Consumer rebalance stalls when onPartitionsRevoked blocks on a slow offset commit';
const jrH = ['Steps to reproduce', 'Observed behaviour'];
const jrIntro = [
  'With the new consumer group protocol, a rebalance can stall for up to max.poll.interval.ms when the application commits ' +
    'offsets synchronously inside ConsumerRebalanceListener.onPartitionsRevoked and the coordinator is slow to answer.',
];
const jrSteps = [
  'Start a three-member group using group.protocol=consumer.',
  'In onPartitionsRevoked, call commitSync() on the revoked partitions.',
  'Add latency of 2 seconds to the group coordinator, for example with a network delay on one broker.',
  'Scale the group to four members.',
];
const jrObserved = [
  'The revoking member does not send its next heartbeat until the commit returns, so the coordinator fences it and the ' +
    'group goes through a second rebalance. In our staging cluster the group needed 48 seconds to settle instead of about 3.',
];
const jrCode =
  'consumer.subscribe(List.of("orders"), new ConsumerRebalanceListener() {\n' +
  '    public void onPartitionsRevoked(Collection&lt;TopicPartition&gt; parts) {\n        consumer.commitSync(offsetsFor(parts));\n    }\n});';
interface JrComment {
  id: number;
  who: string;
  user: string;
  date: string;
  paras: string[];
}
const jrComments: JrComment[] = [
  {
    id: 17912345,
    who: 'Hiroshi Tanaka',
    user: 'htanaka',
    date: '15/Oct/25 08:41',
    paras: [
      'Thanks for the clear reproduction. In the new protocol the heartbeat is sent from the background thread, but the ' +
        'revocation callback runs on the application thread and the member cannot acknowledge the new assignment until the ' +
        'callback returns. So the heartbeat itself is not blocked; the acknowledgement is.',
      'That means the second rebalance is expected with the current design, but 48 seconds is far too long. Can you share ' +
        'the consumer logs at DEBUG for the membership manager?',
    ],
  },
  {
    id: 17912877,
    who: 'Elena Morozova',
    user: 'emorozova',
    date: '16/Oct/25 14:20',
    paras: [
      'Logs attached as consumer-debug.log.gz. The interesting part starts at 14:02:31, where the member receives the new ' +
        'assignment, and the acknowledgement goes out only at 14:02:57 because commitSync retried three times.',
      'I have a small patch that sends the acknowledgement for the partitions that are not being revoked before the callback ' +
        'runs. I will open a pull request.',
    ],
  },
  {
    id: 17913502,
    who: 'ASF GitHub Bot',
    user: 'githubbot',
    date: '18/Oct/25 09:03',
    paras: [
      'emorozova opened a new pull request, #20714: KAFKA-19432: Acknowledge retained partitions before running the revocation callback',
      'URL: https://github.com/apache/kafka/pull/20714',
    ],
  },
  {
    id: 17916044,
    who: 'Tomasz Wilk',
    user: 'twilk',
    date: '03/Nov/25 16:45',
    paras: [
      'Reviewed the pull request. The approach is sound, but it changes what the callback can observe, so it needs a short ' +
        'note in the upgrade guide. Targeting 4.2.0 once that is in.',
    ],
  },
];
const jrLink = (x: string): string => x.replace(/(https:\/\/\S+)/, '<a href="$1" class="external-link" rel="nofollow noopener">$1</a>');
const jrComment = (c: JrComment): string => `<div id="comment-${c.id}" class="issue-data-block activity-comment twixi-block expanded">
<div class="twixi-wrap verbose actionContainer"><div class="action-head"><button class="twixi icon-default aui-icon aui-icon-small aui-iconfont-expanded"
aria-expanded="true"><span class="hidden">Collapse comment: Comment ${c.id}</span></button><div class="action-details"><a class="user-hover user-avatar"
rel="${c.user}"
id="commentauthor_${c.id}_verbose" href="/jira/secure/ViewProfile.jspa?name=${c.user}"><span class="aui-avatar aui-avatar-xsmall"><span
class="aui-avatar-inner"><img
src="https://issues.apache.org/jira/secure/useravatar?size=xsmall&amp;avatarId=10123" alt="" loading="lazy"></span></span> ${c.who}</a> added a comment - <a
href="/jira/browse/KAFKA-19432?focusedCommentId=${c.id}#comment-${c.id}" class="commentdate_${c.id}_verbose subText comment-created-date-link"><span
class="date user-tz"
title="${c.date}"><time class="livestamp" datetime="2025-10-15T08:41:00+0000">${c.date}</time></span></a></div></div>
<div class="action-body flooded">${c.paras.map((x) => `<p>${jrLink(x)}</p>`).join('\n')}</div>
<div class="action-links action-comment-actions"></div></div>
<div class="twixi-wrap concise actionContainer"><div class="action-head"><button class="twixi icon-default aui-icon aui-icon-small aui-iconfont-collapsed"
aria-expanded="false"><span class="hidden">Expand comment: Comment ${c.id}</span></button><div class="action-details flooded"><a class="user-hover user-avatar"
rel="${c.user}" href="/jira/secure/ViewProfile.jspa?name=${c.user}">${c.who}</a> added a comment - ${c.date}
${(c.paras[0] ?? '').slice(0, 90)}...</div></div></div></div>`;
const jrDetails: [string, string][] = [
  ['Type:', 'Bug'],
  ['Status:', 'PATCH AVAILABLE'],
  ['Priority:', 'Major'],
  ['Resolution:', 'Unresolved'],
  ['Affects Version/s:', '4.0.0, 4.1.0'],
  ['Fix Version/s:', '4.2.0'],
  ['Component/s:', 'clients, consumer'],
  ['Labels:', 'None'],
];
const jrNav = ['Dashboards', 'Projects', 'Issues', 'Help'];
const jrOps = ['Export', 'Agile Board'];
const jrTabs = ['All', 'Comments', 'Work Log', 'History', 'Activity', 'Transitions'];
const jrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><title>[KAFKA-19432] ${jrTitle} - ASF JIRA</title>
<meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.24"><meta name="ajs-issue-key" content="KAFKA-19432">
<link rel="stylesheet" href="/jira/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-4b1xyz/9120024/_/download/contextbatch/css/_super/batch.css" media="all">
<script>window.WRM=window.WRM||{};window.WRM._unparsedData=window.WRM._unparsedData||{};
WRM._unparsedData["jira.core:user-message-flags-data.adminLockout"]="{}";</script>
</head><body id="jira" class="aui-layout aui-theme-default page-type-navigator" data-version="9.12.24" data-aui-version="9.2.4">
<div id="page"><header id="header" role="banner"><a class="aui-skip-link" href="/jira/login.jsp?os_destination=%2Fbrowse%2FKAFKA-19432">Log in</a><a
class="aui-skip-link"
href="#main">Skip to main content</a><a class="aui-skip-link" href="#sidebar">Skip to sidebar</a><nav class="aui-header aui-dropdown2-trigger-group"
role="navigation">
<div class="aui-header-inner"><div class="aui-header-before"><button class="aui-dropdown2-trigger app-switcher-trigger aui-dropdown2-trigger-arrowless"
aria-controls="app-switcher" aria-haspopup="true" role="button"><span class="aui-icon aui-icon-small aui-iconfont-appswitcher">Linked
Applications</span></button></div>
<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a
href="https://issues.apache.org/jira/secure/MyJiraHome.jspa"><img
src="/jira/s/-4b1xyz/9120024/_/images/jira-software.svg" alt="ASF JIRA"></a></span><ul class="aui-nav">${jrNav
  .map((t) => `<li><a href="#" class="aui-nav-link aui-dropdown2-trigger jira-dropdown2-ajax" aria-haspopup="true">${t}</a></li>`)
  .join('')}</ul></div><div class="aui-header-secondary"><ul class="aui-nav"><li><form action="/jira/secure/QuickSearch.jspa" method="get" id="quicksearch"
class="aui-quicksearch dont-default-focus ajs-dirty-warning-exempt"><input id="quickSearchInput" autocomplete="off" class="search" type="text" title="Search"
placeholder="Search" name="searchString" accesskey="q"><input type="submit" class="hidden" value="Search"></form></li><li id="user-options"><a
class="aui-nav-link
login-link" href="/jira/login.jsp?os_destination=%2Fbrowse%2FKAFKA-19432">Log In</a></li></ul></div></div></nav></header>
<div id="announcement-banner" class="alertHeader"><p>Apache Jira will be read-only for maintenance on Saturday 15 November from 08:00 to 12:00 UTC.</p></div>
<div id="content"><main role="main" id="main" class="aui-page-panel"><div class="issue-view">
<header id="stalker" class="issue-header js-stalker"><div class="issue-header-content"><div class="aui-page-header"><div class="aui-page-header-inner">
<div class="aui-page-header-image"><span id="12311720" class="aui-avatar aui-avatar-large aui-avatar-project jira-system-avatar"><span
class="aui-avatar-inner"><img
id="project-avatar" alt="Uploaded image for project: 'Kafka'" src="/jira/secure/projectavatar?pid=12311720&amp;avatarId=14511"></span></span></div>
<div class="aui-page-header-main"><ol class="aui-nav aui-nav-breadcrumbs"><li><a id="project-name-val" href="/jira/browse/KAFKA">Kafka</a></li><li><a
class="issue-link"
data-issue-key="KAFKA-19432" href="/jira/browse/KAFKA-19432" id="key-val" rel="3340121">KAFKA-19432</a></li></ol><h1
id="summary-val">${jrTitle}</h1></div></div></div>
<div class="command-bar"><div class="ops-cont"><div class="ops-menus aui-toolbar2"><div class="aui-toolbar2-inner"><div class="aui-toolbar2-primary">${jrOps
  .map((t) => `<div class="aui-buttons pluggable-ops"><a class="aui-button toolbar-trigger" href="#"><span class="trigger-label">${t}</span></a></div>`)
  .join('')}</div></div></div></div></div></div></header>
<div class="issue-body-content"><div class="aui-group issue-body"><div class="aui-item issue-main-column">
<div id="details-module" class="module toggle-wrap"><div id="details-module_heading" class="mod-header"><button class="aui-button toggle-title"
aria-label="Details"
aria-controls="details-module" aria-expanded="true"></button><h4 class="toggle-title">Details</h4></div><div class="mod-content"><ul id="issuedetails"
class="property-list two-cols">${jrDetails
  .map(([k, v]) => `<li class="item"><div class="wrap"><strong class="name">${k}</strong> <span class="value">${v}</span></div></li>`)
  .join('\n')}</ul></div></div>
<div id="descriptionmodule" class="module toggle-wrap"><div id="descriptionmodule_heading" class="mod-header"><h4 class="toggle-title">Description</h4></div>
<div class="mod-content"><div id="description-val" class="field-ignore-highlight"><div class="user-content-block">
<p>${jrIntro[0]}</p>
<h3><a name="Stepstoreproduce"></a>${jrH[0]}</h3>\n<ol>${jrSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<div class="code panel" style="border-width: 1px;"><div class="codeContent panelContent"><pre class="code-java">${jrCode}</pre></div></div>
<h3><a name="Observedbehaviour"></a>${jrH[1]}</h3>\n<p>${jrObserved[0]}</p></div></div></div></div>
<div id="linkingmodule" class="module toggle-wrap"><div class="mod-header"><h4 class="toggle-title">Issue Links</h4></div><div class="mod-content"><dl
class="links-list">
<dt title="relates to">relates to</dt><dd><div class="link-content"><p><span class="link-summary"><a href="/jira/browse/KAFKA-18211"
data-issue-key="KAFKA-18211"
class="issue-link">KAFKA-18211</a> New consumer: revocation callback timeouts are not reported</span></p><ul class="link-snapshot"><li class="status"><span
class="jira-issue-status-lozenge aui-lozenge jira-issue-status-lozenge-success">RESOLVED</span></li></ul></div></dd></dl></div></div>
<div id="activitymodule" class="module toggle-wrap"><div id="activitymodule_heading" class="mod-header"><h4 class="toggle-title">Activity</h4></div>
<div class="mod-content"><div class="tabwrap tabs2"><ul id="issue-tabs" class="tabs horizontal">${jrTabs
  .map((t) => (t === 'Comments' ? `<li class="menu-item active-tab active"><strong>${t}</strong></li>` : `<li class="menu-item"><a href="#">${t}</a></li>`))
  .join('')}</ul></div><div class="issuePanelWrapper"><div class="issuePanelProgress"></div><div class="issuePanelContainer" id="issue_actions_container">
<div class="sortwrap"><a class="issue-activity-sort-link ajax-activity-content" href="#">Newest first</a></div>
${jrComments.map(jrComment).join('\n')}
</div></div></div></div></div>
<div id="viewissuesidebar" class="aui-item issue-side-column"><div id="peoplemodule" class="module toggle-wrap"><div class="mod-header"><h4
class="toggle-title">People</h4>
</div><div class="mod-content"><ul class="item-details"><li class="people-details"><dl><dt>Assignee:</dt><dd><span class="view-issue-field"><span
class="user-hover"
rel="emorozova">Elena Morozova</span></span></dd></dl><dl><dt>Reporter:</dt><dd><span class="user-hover" rel="emorozova">Elena
Morozova</span></dd></dl></li></ul>
<ul class="item-details"><li><dl><dt>Votes:</dt><dd><aui-badge class="" id="vote-data">0</aui-badge> <span id="vote-label">Vote for this issue</span></dd></dl>
<dl><dt>Watchers:</dt><dd><aui-badge id="watcher-data">5</aui-badge> <span id="watch-label">Start watching this issue</span></dd></dl></li></ul></div></div>
<div id="datesmodule" class="module toggle-wrap"><div class="mod-header"><h4 class="toggle-title">Dates</h4></div><div class="mod-content"><ul
class="item-details">
<li><dl class="dates"><dt>Created:</dt><dd class="date user-tz" title="14/Oct/25 09:10"><span data-name="Created" id="created-val"><time class="livestamp"
datetime="2025-10-14T09:10:33+0000">14/Oct/25 09:10</time></span></dd></dl><dl class="dates"><dt>Updated:</dt><dd class="date user-tz"
title="03/Nov/25 16:45"><span
data-name="Updated" id="updated-val"><time class="livestamp" datetime="2025-11-03T16:45:02+0000">03/Nov/25 16:45</time></span></dd></dl></li></ul></div></div>
</div></div></div></div></main></div>
<footer id="footer" role="contentinfo"><section class="footer-body"><ul class="atlassian-footer"><li>Atlassian Jira <a class="seo-link" rel="nofollow"
href="https://www.atlassian.com/software/jira">Project Management Software</a></li><li><a id="about-link" rel="nofollow"
href="/jira/secure/AboutPage.jspa">About
Jira</a></li><li><a id="footer-report-problem-link" rel="nofollow" href="/jira/secure/CreateIssue!default.jspa">Report a problem</a></li></ul><p
class="atlassian-footer">
<span class="licensemessage">Powered by a free Atlassian Jira open source license for Apache Software Foundation.</span></p><div id="footer-logo"><a
rel="nofollow"
href="http://www.atlassian.com/">Atlassian</a></div></section></footer></div>
<script>require(["jira/issue"], function (issue) { issue.init({"issueKey": "KAFKA-19432", "loggedIn": false}); });</script></body></html>`;
export const jiraIssue: TestPage = {
  html: jrHtml,
  name: 'heldout38-apache-jira-issue',
  kind: 'forum',
  // the description (its two h3 sections are the headings) and every comment are body, the GitHub bot's pull-request
  // notice too (a comment on the issue); the Java code panel is in neither; commenters' names and comment dates are
  // bylines, and so are the reporter and the Created and Updated dates in the right column (the assignee is the same person);
  // each comment's collapsed "concise" copy (name, date and the first 90 characters) repeats it: in neither; the Details
  // module, Issue Links, Activity tabs and sort link, "added a comment -", the hidden twisty labels, the People labels, votes and watchers, the header
  // menus, skip links, the maintenance banner, breadcrumbs, toolbar and the Atlassian footer are furniture; the breadcrumbs'
  // "Kafka" and "KAFKA-19432" and the values "Bug", "None" and "4.2.0" are words of the body: left out
  title: jrTitle,
  headings: jrH,
  body: [...jrIntro, ...jrSteps, ...jrObserved, ...jrComments.flatMap((c) => texts(c.paras))],
  bylines: [...jrComments.map((c) => c.who), ...jrComments.map((c) => c.date), '14/Oct/25 09:10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Skip to main content', 'Skip to sidebar', 'Linked Applications', ...jrNav, 'Log In',
    'Apache Jira will be read-only for maintenance on Saturday 15 November from 08:00 to 12:00 UTC.', ...jrOps, 'Details',
    ...jrDetails.flat().filter((t) => !['Bug', 'None', '4.2.0'].includes(t)), 'Description', 'Issue Links', 'relates to', 'KAFKA-18211',
    'New consumer: revocation callback timeouts are not reported', 'RESOLVED', ...jrTabs, 'Newest first', 'added a comment -',
    ...jrComments.flatMap((c) => [`Collapse comment: Comment ${c.id}`, `Expand comment: Comment ${c.id}`]), 'People', 'Assignee:',
    'Reporter:', 'Votes:', 'Vote for this issue', 'Watchers:', '5', 'Start watching this issue', 'Dates', 'Created:', 'Updated:',
    'Atlassian Jira Project Management Software', 'About Jira', 'Report a problem',
    'Powered by a free Atlassian Jira open source license for Apache Software Foundation.', 'Atlassian',
  ],
};
