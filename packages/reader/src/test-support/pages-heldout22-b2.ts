import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file b2: an issue on a Forgejo instance, signed out (Fomantic-UI navbar with Explore/Help/Register/Sign in,
 * repo header with Watch/Star/Fork, repo tabs, the issue title with its index and "Closed" label, "opened this issue ... · 4
 * comments", the timeline of comments with role labels, reactions and <relative-time> fallbacks, label, commit-reference and
 * close events, the sidebar of labels, milestone, assignees, participants, due date, dependencies and reference, "Sign in to
 * join this conversation." and the "Powered by Forgejo" footer).
 */
const fjTitle = 'Tile cache grows without bound when the expiry job overlaps a reseed';
const fjRepo = 'fennel-maps/tilecache';
const fjDesc = [
  'On our server the tile cache directory grew from 60 GB to 410 GB in eleven days, although the configured limit is 80 GB. ' +
    'Nothing else on the machine writes to that disk.',
];
const fjSteps = [
  'Set <code>cache.max_size</code> to a small value, for example 2 GB',
  'Start a full reseed of zoom levels 0 to 14 with <code>tilecache seed --all</code>',
  'While the seed is running, let the hourly expiry job start on its own',
  'Compare the size of the cache directory with the limit once both jobs have finished',
];
const fjExpected = ['The expiry job removes the oldest tiles until the cache is back under the limit.'];
const fjActual = [
  'The expiry job logs <code>cache size unknown, skipping</code> and exits. Every later run does the same until the service is ' +
    'restarted, so the cache keeps growing and the disk eventually fills up.',
];
const fjEnv = ['tilecache 2.7.0 from the release tarball', 'Debian 12, ext4 on a local SSD', 'PostGIS 3.4 as the data source'];
const fjHeads = ['Description', 'Steps to reproduce', 'Expected behaviour', 'Actual behaviour', 'Environment'];
const fjC1 = [
  'Thanks for the detailed report. I can reproduce it with a 2 GB limit in about ten minutes. The seeder holds the size lock ' +
    'for the whole run instead of per batch, so the expiry job cannot read the current size and gives up. Worse, it remembers ' +
    'the unknown state, which is why the later runs skip as well.',
  'A restart clears that state, which is why it looked intermittent. I will move the lock to the batch level and drop the ' +
    'remembered state; the fix should make it into 2.7.1.',
];
const fjC2 = [
  'Thanks! In the meantime we run the expiry job with <code>--ignore-lock</code> from cron at 03:00, when no seed is running. ' +
    'That has kept the cache at 78 GB for three days now.',
];
const fjC3 = [
  'Confirming the fix on 2.7.1-rc1: a full reseed with the expiry job running every ten minutes kept the cache between 1.8 and ' +
    '2.0 GB the whole time, and the log shows one expiry pass per run as it should.',
];
const fjNav = ['Explore', 'Help', 'Register', 'Sign in'];
const fjTabs = ['Code', 'Issues 23', 'Pull requests 4', 'Releases 31', 'Wiki', 'Activity'];
const fjFoot = ['Powered by Forgejo', 'Version: 11.0.1', 'Page: 41ms', 'Template: 6ms', 'English', 'Licenses', 'API'];
const rt = (iso: string): string =>
  `<relative-time prefix="" tense="past" datetime="${iso}" data-tooltip-content data-tooltip-interactive="true">${iso
    .replace('T', ' ')
    .replace('Z', ' +00:00')}</relative-time>`;
const role = (t: string, tip: string): string => `<div class="ui basic label role-label" data-tooltip-content="${tip}">${t}</div>`;
const fjComment = (id: string, who: string, iso: string, html: string, roles: string, react = ''): string => `<div class="timeline-item comment"
 id="issuecomment-${id}"><a class="timeline-avatar" href="/${who}"><img loading="lazy" class="ui avatar tw-align-middle"
 src="/avatars/${who}?size=80" title="${who}" width="40" height="40"></a><div class="content comment-container">
<div class="ui top attached header comment-header tw-flex tw-items-center tw-justify-between" role="heading" aria-level="3">
<div class="comment-header-left tw-flex tw-items-center"><span class="text grey muted-links"><a class="author" href="/${who}">${who}</a> commented
<a class="muted" href="#issuecomment-${id}">${rt(iso)}</a></span></div><div class="comment-header-right actions tw-flex tw-items-center">${roles}
<div class="item context js-aria-clickable" aria-label="Comment menu" data-tooltip-content="Comment menu">
<svg class="svg octicon-kebab-horizontal"></svg></div></div></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup">${html}</div>
<div class="edit-content-zone tw-hidden" data-update-url="/${fjRepo}/comments/${id}"></div></div>${react}</div></div>`;
const fjEvent = (html: string): string => `<div class="timeline-item event"><span class="badge"><svg class="svg octicon-tag"></svg></span>
<span class="text grey muted-links">${html}</span></div>`;
const fjP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const fjOpen = `<h3 id="user-content-description">${fjHeads[0]}</h3>
${fjP(fjDesc)}
<h3 id="user-content-steps-to-reproduce">${fjHeads[1]}</h3>
<ol>${fjSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h3 id="user-content-expected-behaviour">${fjHeads[2]}</h3>
${fjP(fjExpected)}
<h3 id="user-content-actual-behaviour">${fjHeads[3]}</h3>
${fjP(fjActual)}
<h3 id="user-content-environment">${fjHeads[4]}</h3>
<ul>${fjEnv.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const fjOwner = role('Owner', 'This user is the owner of this repository.');
const fjReact = `<div class="bottom-reactions" data-action-url="/${fjRepo}/issues/412/reactions"><a class="ui label basic"
 data-tooltip-content="petra.v, ruairi">👍 2</a></div>`;
const fjTabLinks = fjTabs.map((t) => `<a class="item" href="/${fjRepo}/${t.replace(/ \d+$/, '').replace(/ /g, '-').toLowerCase()}">${t}</a>`).join('\n');
const fjHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="forgejo-auto"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fjTitle} · Issue #412 · ${fjRepo} - Fennel Forge</title><meta name="description" content="On our server the tile cache directory grew...">
<link rel="stylesheet" href="/assets/css/index.css?v=11.0.1"><link rel="stylesheet" href="/assets/css/theme-forgejo-auto.css?v=11.0.1">
<script>window.config = {appUrl: 'https://forge.fennel.example/', appSubUrl: '', assetVersionEncoded: encodeURIComponent('11.0.1'),
 csrfToken: 'Xk2m3NqP9', pageData: {}, notificationSettings: {"MinTimeout":10000}, enableTimeTracking: true, i18n: {copy_success: "Copied!"}};</script>
</head><body hx-headers='{"x-csrf-token": "Xk2m3NqP9"}' hx-swap="outerHTML"><div class="full height">
<noscript>This website requires JavaScript.</noscript>
<nav id="navbar" aria-label="Navigation bar"><div class="navbar-left ui secondary menu"><a class="item" id="navbar-logo" href="/"
 aria-label="Home"><img width="30" height="30" src="/assets/img/logo.svg" alt="Logo" aria-hidden="true"></a>
<a class="item" href="/explore/repos">Explore</a>
<a class="item" target="_blank" rel="noopener noreferrer" href="https://forgejo.org/docs/latest/">Help</a></div>
<div class="navbar-right ui secondary menu"><a class="item" rel="nofollow" href="/user/sign_up">Register</a>
<a class="item" rel="nofollow" href="/user/login?redirect_to=%2f${fjRepo.replace('/', '%2f')}%2fissues%2f412">Sign in</a></div></nav>
<div role="main" aria-label="${fjTitle}" class="page-content repository issue view"><div class="secondary-nav">
<div class="ui container"><div class="repo-header"><div class="flex-item tw-items-center"><div class="flex-item-main"><div class="flex-item-title">
<a class="muted tw-font-normal" href="/fennel-maps">fennel-maps</a>/<a class="muted" href="/${fjRepo}">tilecache</a></div></div></div>
<div class="repo-buttons"><a class="ui compact small basic button" href="/user/login">Watch <span class="ui basic label">9</span></a>
<a class="ui compact small basic button" href="/user/login">Star <span class="ui basic label">142</span></a>
<a class="ui compact small basic button" href="/user/login">Fork <span class="ui basic label">17</span></a></div></div></div>
<overflow-menu class="ui container secondary pointing tabular top attached borderless menu tw-pt-0 tw-my-0"><div class="overflow-menu-items">
${fjTabLinks}</div></overflow-menu><div class="ui tabs divider"></div></div>
<div class="ui container"><div class="issue-title-header"><div class="issue-title"><h1 class="tw-break-anywhere"><span id="issue-title">${fjTitle}</span>
<span class="index">#412</span></h1></div><div class="issue-title-meta"><div class="ui red label issue-state-label">Closed</div>
<span class="time-desc"><a class="author" href="/ruairi">ruairi</a> opened this issue ${rt('2025-04-02T09:14:27Z')} · 4 comments</span></div></div>
<div class="issue-content"><div class="issue-content-left comment-list prevent-before-timeline"><div class="ui timeline">
${fjComment('8801', 'ruairi', '2025-04-02T09:14:27Z', fjOpen, role('Author', 'This user is the author of this issue.'), fjReact)}
${fjEvent(`<a class="author" href="/mhalvorsen">mhalvorsen</a> added the <span class="ui label scope-parent"><span class="scope-left">kind</span>
<span class="scope-right">bug</span></span> <span class="ui label">priority/high</span> labels ${rt('2025-04-02T11:03:10Z')}`)}
${fjComment('8806', 'mhalvorsen', '2025-04-02T11:05:41Z', fjP(fjC1), fjOwner)}
${fjEvent(`<a class="author" href="/mhalvorsen">mhalvorsen</a> self-assigned this ${rt('2025-04-02T11:05:58Z')}`)}
${fjComment('8812', 'ruairi', '2025-04-02T15:37:02Z', fjP(fjC2), role('Author', 'This user is the author of this issue.'))}
${fjEvent(`<a class="author" href="/mhalvorsen">mhalvorsen</a> referenced this issue from a commit ${rt('2025-04-04T18:20:33Z')}
<div class="detail flex-text-block"><a class="muted" href="/${fjRepo}/commit/5e2a9d1">Take the size lock per seed batch (fixes #412)</a>
<a class="ui sha label" href="/${fjRepo}/commit/5e2a9d1">5e2a9d1</a></div>`)}
${fjEvent(`<a class="author" href="/mhalvorsen">mhalvorsen</a> closed this issue ${rt('2025-04-04T18:20:33Z')}`)}
${fjComment('8840', 'petra.v', '2025-04-06T08:51:19Z', fjP(fjC3), role('Contributor', 'This user has previously committed in this repository.'))}
</div><div class="ui warning message">Sign in to join this conversation.</div></div>
<div class="issue-content-right ui segment"><div class="ui dropdown select-label"><a class="text muted"><strong>Labels</strong></a></div>
<div class="ui relaxed list"><span class="ui label">kind/bug</span> <span class="ui label">priority/high</span></div><div class="divider"></div>
<div class="ui dropdown select-milestone"><a class="text muted"><strong>Milestone</strong></a></div>
<div class="ui list"><a class="item" href="#">2.7.1</a></div>
<div class="divider"></div><div class="ui dropdown"><a class="text muted"><strong>Projects</strong></a></div>
<div class="ui list"><span class="no-select item">No project</span></div><div class="divider"></div>
<div class="ui dropdown"><a class="text muted"><strong>Assignees</strong></a></div>
<div class="ui relaxed list"><a class="item" href="/mhalvorsen">mhalvorsen</a></div>
<div class="divider"></div><span class="text"><strong>3 participants</strong></span><div class="ui list tw-flex tw-flex-wrap"></div><div class="divider"></div>
<div class="ui watching"><span class="text"><strong>Notifications</strong></span><button class="fluid ui button">Subscribe</button></div>
<div class="divider"></div>
<span class="text"><strong>Due date</strong></span><p>No due date set.</p><div class="divider"></div>
<span class="text"><strong>Dependencies</strong></span><p>No dependencies set.</p><div class="divider"></div>
<div class="ui equal width compact grid"><div class="row tw-items-center" data-tooltip-content="Reference: ${fjRepo}#412">
<span class="text column truncate">Reference: ${fjRepo}#412</span></div></div></div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links" role="contentinfo" aria-label="About this software">
<a target="_blank" rel="noopener noreferrer" href="https://forgejo.org">Powered by Forgejo</a> Version: 11.0.1 Page: <strong>41ms</strong>
Template: <strong>6ms</strong></div><div class="right-links" role="group" aria-label="Links"><div class="ui dropdown upward language">
<span class="flex-text-inline">English</span></div><a href="/assets/licenses.txt">Licenses</a><a href="/api/swagger">API</a></div></footer>
</div></body></html>`;
export const forgejoIssue: TestPage = {
  html: fjHtml,
  name: 'heldout22-forgejo-issue',
  kind: 'forum',
  // the opening post (its five template h3s are the headings, its paragraphs, steps and environment items body) and the
  // three comments are the thread: body; posters' names and every timeline time (comments and events) are bylines
  // ("ruairi", "mhalvorsen" once each); "commented" and "opened this issue" are in neither; role labels, the reaction,
  // the label / self-assign / commit-reference / close events, the issue index and state, the sidebar, repo header and
  // tabs, navbar, "Sign in to join this conversation." and the footer are furniture; the footer's "Page: 41ms" and
  // "Template: 6ms" are split by <strong> and kept as they read; the repo name "tilecache" (header, one environment item) and
  // the reaction "👍 2" (its "2" is a word of the steps) are left out
  title: fjTitle,
  headings: fjHeads,
  body: [...texts(fjDesc), ...texts(fjSteps), ...texts(fjExpected), ...texts(fjActual), ...fjEnv, ...texts(fjC1), ...texts(fjC2), ...texts(fjC3)],
  bylines: [
    'ruairi',
    '2025-04-02 09:14:27 +00:00',
    'mhalvorsen',
    '2025-04-02 11:03:10 +00:00',
    '2025-04-02 11:05:41 +00:00',
    '2025-04-02 11:05:58 +00:00',
    '2025-04-02 15:37:02 +00:00',
    '2025-04-04 18:20:33 +00:00',
    'petra.v',
    '2025-04-06 08:51:19 +00:00',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website requires JavaScript.', ...fjNav, 'fennel-maps', 'Watch', 'Star', 'Fork', ...fjTabs, '#412', 'Closed', '· 4 comments',
    'Author', 'added the', 'kind', 'bug', 'priority/high', 'labels', 'Owner', 'self-assigned this', 'referenced this issue from a commit',
    'Take the size lock per seed batch (fixes #412)', '5e2a9d1', 'closed this issue', 'Contributor', 'Sign in to join this conversation.', 'Labels',
    'kind/bug', 'Milestone', '2.7.1', 'Projects', 'No project', 'Assignees', '3 participants', 'Notifications', 'Subscribe', 'Due date', 'No due date set.',
    'Dependencies', 'No dependencies set.', `Reference: ${fjRepo}#412`, ...fjFoot,
  ],
};
