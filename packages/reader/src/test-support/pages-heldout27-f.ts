import { type TestPage, texts } from './page-kit.js';
import { discourseAnnouncement } from './pages-heldout27-f2.js';

/**
 * Held-out batch 27, file f: an issue on a self-hosted Gitea 1.23 instance seen signed out (window.config script, the
 * noscript line, the navbar with Explore/Help and Register/Sign In, the repository header with Watch/Star/Fork counters and
 * its tabs, the issue title with "#214", the "Open" state label and "opened this issue" line, timeline comments with avatars,
 * "commented" headers, Author/Owner/Contributor role labels, rendered markdown with template headings, a log block and the
 * hidden raw markdown of each comment, reactions, timeline events (label, assignment, milestone, commit reference), the
 * sign-in prompt, the sidebar (labels, milestone, projects, assignees, participants, notifications, due date, dependencies,
 * reference) and the footer with version, timings, language menu, Licenses and API).
 */
const gtTitle = 'Relay drops IPv4 peers after DNS refresh when IPv6 is disabled';
const gtDesc = [
  'On a relay with IPv6 disabled at the kernel level (<code>net.ipv6.conf.all.disable_ipv6 = 1</code>), relayd drops every peer whose ' +
    'hostname resolves to both A and AAAA records the first time it refreshes DNS. The peers are removed from the table and never ' +
    'come back until the daemon is restarted.',
  'It looks like the AAAA lookup failure is treated as a failure of the whole refresh, so the IPv4 addresses we already had are ' +
    'thrown away as well. From the log:',
];
const gtLog = [
  'WARN resolver: refresh failed for peer relay-b.example.net: AAAA lookup: network unreachable',
  'INFO peers: removed relay-b.example.net (no addresses)',
];
const gtH = ['Description', 'Steps to reproduce', 'Expected behaviour', 'Environment'];
const gtSteps = [
  'Disable IPv6 on the host and start relayd 0.9.2 with at least one peer configured by hostname.',
  'Make sure the hostname has both A and AAAA records.',
  'Wait for the DNS refresh interval (300 seconds by default), or send SIGHUP.',
  'Run <code>relayctl peers</code> and notice that the peer is gone.',
];
const gtExpected = 'The refresh should keep whatever addresses it could resolve and only drop a peer if none of its lookups succeed.';
const gtEnv = ['relayd 0.9.2, built from the release tarball', 'Debian 12 on arm64', 'resolv.conf pointing at a local Unbound instance'];
const gtC1 = [
  'Thanks for the very clear report, I can reproduce it on a VM with IPv6 disabled. You are right about the cause: the resolver ' +
    'returns an error as soon as any lookup fails, and the refresh code throws the whole result away.',
  'I have a fix that collects the results of both lookups separately and only reports an error when both fail. It should be in 0.9.3.',
];
const gtC2 =
  'We hit the same thing on two relays last week and worked around it by pinning the peers to IP addresses in the config. Happy ' +
  'to test the fix on our setup if there is a build.';
const gtC3 =
  'The fix is on main now (<a href="/quietmesh/relayd/commit/4e1b9c2a7d">4e1b9c2</a>). <a href="/mkaraca" class="mention">@mkaraca</a> nightly ' +
  'builds from tonight will include it; I will leave this open until someone confirms it on a real relay.';
const gtC4 = 'Built from main and left it running overnight with three SIGHUPs: all peers stayed in the table. Thanks for the quick fix!';
const gtTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '23'],
  ['Pull Requests', '4'],
  ['Actions', ''],
  ['Packages', ''],
  ['Projects', ''],
  ['Releases', '18'],
  ['Wiki', ''],
  ['Activity', ''],
];
const gtLangs = ['English', 'Deutsch', 'Français', 'Polski', '简体中文'];
const gtIssueHtml =
  `<h3 id="user-content-description">${gtH[0]}</h3>\n${gtDesc.map((p) => `<p>${p}</p>`).join('\n')}\n` +
  `<pre class="code-block is-loading"><code class="chroma language-text display">${gtLog.join('\n')}</code></pre>\n` +
  `<h3 id="user-content-steps-to-reproduce">${gtH[1]}</h3>\n<ol>\n${gtSteps.map((t) => `<li>${t}</li>`).join('\n')}\n</ol>\n` +
  `<h3 id="user-content-expected-behaviour">${gtH[2]}</h3>\n<p>${gtExpected}</p>\n` +
  `<h3 id="user-content-environment">${gtH[3]}</h3>\n<ul>\n${gtEnv.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const gtRaw = (html: string) =>
  html
    .replace(/<pre[^>]*><code[^>]*>/g, '```\n')
    .replace(/<\/code><\/pre>/g, '\n```')
    .replace(/<h3[^>]*>/g, '### ')
    .replace(/<li>/g, '- ')
    .replace(/<code>|<\/code>/g, '`')
    .replace(/<[^>]+>/g, '');
const time = (iso: string) =>
  `<relative-time prefix="" tense="past" datetime="${iso}" data-tooltip-content
data-tooltip-interactive="true">${iso.replace('T', ' ').replace('Z', ' +00:00')}</relative-time>`;
let gtN = 8811;
const comment = (user: string, iso: string, role: string, html: string, reactions = '') => {
  gtN++;
  return `<div class="timeline-item comment${gtN === 8812 ? ' first' : ''}" id="${gtN === 8812 ? 'issue-' : 'issuecomment-'}${gtN}">
<a class="timeline-avatar" href="/${user}"><img loading="lazy" class="ui avatar tw-align-middle" src="/avatars/${user}?size=80" title="${user}" width="40"
height="40"></a>
<div class="content comment-container"><div class="ui top attached header comment-header tw-flex tw-items-center tw-justify-between" role="heading"
aria-level="3">
<div class="comment-header-left tw-flex tw-items-center"><span class="text grey muted-links"><a class="author" href="/${user}">${user}</a>
commented <a class="muted" href="#issuecomment-${gtN}">${time(iso)}</a></span></div><div class="comment-header-right actions tw-flex tw-items-center">
${role
  .split(' ')
  .map((r) => `<div class="ui basic label role-label" data-tooltip-content="This user is the ${r.toLowerCase()} of this repository.">${r}</div>`)
  .join('')}
<div class="item action ui dropdown jump pointing top right select-reaction" data-action-url="/quietmesh/relayd/issues/214/reactions" aria-label="Reaction">
<a class="muted"><svg viewBox="0 0 16 16" class="svg octicon-smiley" width="16" height="16" aria-hidden="true"></svg></a></div></div></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup" data-can-edit="false">
${html}
</div><div id="issuecomment-${gtN}-raw" class="raw-content tw-hidden">${gtRaw(html)}</div>
<div class="edit-content-zone tw-hidden" data-update-url="/quietmesh/relayd/comments/${gtN}" data-context="/quietmesh/relayd"></div></div>
${reactions}</div></div>`;
};
const reactions = (emoji: string, n: number) =>
  `<div class="bottom-reactions" data-action-url="/quietmesh/relayd/issues/214/reactions"><a class="ui label basic" data-tooltip-content="ivana, mkaraca and ` +
  `${n - 2} more reacted with :+1:" data-reaction-content="+1"><span class="reaction">${emoji}</span><span class="reaction-count">${n}</span></a></div>`;
const event = (icon: string, user: string, what: string, iso: string, detail = '') =>
  `<div class="timeline-item event" id="issuecomment-${++gtN}"><span class="badge"><svg viewBox="0 0 16 16" class="svg octicon-${icon}" width="16"
height="16">` +
  `</svg></span><a class="ui avatar" href="/${user}"><img loading="lazy" class="ui avatar tw-align-middle" src="/avatars/${user}?size=48" width="20"
height="20"></a>` +
  `<span class="text grey muted-links"><a class="author" href="/${user}">${user}</a> ${what} <a class="muted"
href="#issuecomment-${gtN}">${time(iso)}</a></span>${detail}</div>`;
const scoped = (l: string, r: string, c: string) =>
  `<span class="ui label scope-parent" data-tooltip-content><div class="ui label scope-left"
style="color: #fff !important; background-color: ${c} !important">` +
  `${l}</div><div class="ui label scope-right" style="color: #fff !important; background-color: ${c}cc !important">${r}</div></span>`;
const gtTimeline = [
  comment('ivana', '2026-03-04T10:15:33Z', 'Author', gtIssueHtml, reactions('👍', 3)),
  event(
    'tag',
    'tomasz',
    `added the <a class="item" href="/quietmesh/relayd/issues?labels=41">${scoped('kind', 'bug', '#d73a4a')}</a> label`,
    '2026-03-04T13:02:10Z',
  ),
  event('person', 'tomasz', 'self-assigned this', '2026-03-04T13:02:14Z'),
  event(
    'milestone',
    'tomasz',
    'added this to the <a class="muted" href="/quietmesh/relayd/milestone/7"><strong>v0.9.3</strong></a> milestone',
    '2026-03-04T13:02:20Z',
  ),
  comment('tomasz', '2026-03-04T13:07:45Z', 'Owner', gtC1.map((p) => `<p>${p}</p>`).join('\n')),
  comment('mkaraca', '2026-03-05T08:41:02Z', 'Contributor', `<p>${gtC2}</p>`),
  event(
    'bookmark',
    'tomasz',
    'referenced this issue from a commit',
    '2026-03-06T21:18:37Z',
    '<div class="detail flex-text-block"><svg class="svg octicon-git-commit"></svg><a class="muted tw-font-mono" href="/quietmesh/relayd/commit/4e1b9c2a7d">' +
      'fix(resolver): keep IPv4 peers when the AAAA lookup fails</a></div>',
  ),
  comment('tomasz', '2026-03-06T21:24:51Z', 'Owner', `<p>${gtC3}</p>`),
  comment('ivana', '2026-03-08T07:55:19Z', 'Author', `<p>${gtC4}</p>`, reactions('🎉', 2)),
].join('\n');
const side = (label: string, inner: string) =>
  `<div class="ui dropdown jump select-label disabled"><a class="text muted flex-text-block"><strong>${label}</strong></a></div>` +
  `<div class="ui relaxed list tw-my-2">${inner}</div><div class="divider"></div>`;
const gtTabsHtml = gtTabs
  .map(
    ([t, n]) =>
      `<a class="${t === 'Issues' ? 'active ' : ''}item" href="/quietmesh/relayd/${t.toLowerCase().replace(' ', '')}"><svg class="svg" width="16"
height="16"></svg> ` + `${t}${n === '' ? '' : ` <span class="ui small label">${n}</span>`}</a>`,
  )
  .join('\n');
const gtLabels =
  `<a class="item" href="/quietmesh/relayd/issues?labels=41">${scoped('kind', 'bug', '#d73a4a')}</a> ` +
  `<a class="item" href="/quietmesh/relayd/issues?labels=44">${scoped('area', 'resolver', '#0e8a16')}</a>`;
const gtParticipants = ['ivana', 'tomasz', 'mkaraca']
  .map(
    (u) =>
      `<a class="tw-mt-1 tw-mr-1" href="/${u}" data-tooltip-content="${u}"><img class="ui avatar tw-align-middle" src="/avatars/${u}?size=56" width="28" ` +
      `height="28"></a>`,
  )
  .join('');
const gtLangsHtml = gtLangs.map((l) => `<a lang="${l}" data-url="/?lang=${l}" class="item${l === 'English' ? ' active selected' : ''}">${l}</a>`).join('');
const gtHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="gitea-auto"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gtTitle} · Issue #214 · quietmesh/relayd - QuietMesh Git</title><link rel="manifest"
href="data:application/json;base64,eyJuYW1lIjoiUXVpZXRNZXNoIEdpdCJ9">
<meta name="author" content="ivana"><meta name="description" content="On a relay with IPv6 disabled at the kernel level, relayd drops every peer">
<meta property="og:title" content="${gtTitle}"><meta property="og:url" content="https://git.quietmesh.org/quietmesh/relayd/issues/214"><meta
property="og:type" content="object">
<script>window.config = {appUrl: 'https://git.quietmesh.org/', appSubUrl: '', assetVersionEncoded: encodeURIComponent('1.23.4'), assetUrlPrefix: '/assets',
runModeIsProd: true, pageData: {}, notificationSettings: {"EventSourceUpdateTime":10000,"MaxTimeout":60000}, enableTimeTracking: true,
i18n: {copy_success: "Copied!", copy_error: "Copy failed", error_occurred: "An error occurred", network_error: "Network error", modal_confirm:
"Confirm"}};</script>
<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/css/index.css?v=1.23.4">
<link rel="stylesheet" href="/assets/css/theme-gitea-auto.css?v=1.23.4"></head>
<body hx-headers='{"x-csrf-token": "Zk3pQ2mB8vR1cXy0aLtWnE5uHs4"}' hx-swap="outerHTML" hx-ext="morph" hx-push-url="false"><div class="full height">
<noscript>This website requires JavaScript.</noscript>
<nav id="navbar" aria-label="Navigation Bar"><div class="navbar-left"><a class="item" id="navbar-logo" href="/" aria-label="Home">
<img width="30" height="30" src="/assets/img/logo.svg" alt="Logo" aria-hidden="true"></a><a class="item" href="/explore/repos">Explore</a>
<a class="item" target="_blank" rel="noopener noreferrer" href="https://docs.gitea.com">Help</a></div><div class="navbar-right ui secondary menu">
<a class="item" href="/user/sign_up"><svg class="svg octicon-person" width="16" height="16"></svg><span class="tw-ml-1">Register</span></a>
<a class="item" rel="nofollow" href="/user/login?redirect_to=%2fquietmesh%2frelayd%2fissues%2f214"><svg class="svg octicon-sign-in" width="16"
height="16"></svg>
<span class="tw-ml-1">Sign In</span></a></div></nav>
<div role="main" aria-label="${gtTitle} - QuietMesh Git" class="page-content repository issue view"><div class="secondary-nav"><div class="ui container">
<div class="repo-header"><div class="flex-item tw-items-center"><div class="flex-item-leading"><img class="ui avatar tw-align-middle"
src="/repo-avatars/88-2f1c" width="24" height="24">
</div><div class="flex-item-main"><div class="flex-item-title tw-text-18"><a class="muted tw-font-normal" href="/quietmesh">quietmesh</a>/<a class="muted"
href="/quietmesh/relayd">relayd</a>
</div></div></div><div class="repo-buttons button-row">
<div class="ui labeled button" data-tooltip-content="Sign in to watch this repository."><button type="button" class="ui compact small basic button" disabled>
<svg class="svg octicon-eye" width="16" height="16"></svg><span class="not-mobile">Watch</span></button><a class="ui basic label"
href="/quietmesh/relayd/watchers">12</a></div>
<div class="ui labeled button" data-tooltip-content="Sign in to star this repository."><button type="button" class="ui compact small basic button" disabled>
<svg class="svg octicon-star" width="16" height="16"></svg><span class="not-mobile">Star</span></button><a class="ui basic label"
href="/quietmesh/relayd/stars">87</a></div>
<div class="ui labeled button"><a class="ui compact small basic button" href="/repo/fork/88"><svg class="svg octicon-repo-forked" width="16" height="16"></svg>
<span class="text not-mobile">Fork</span></a><a class="ui basic label" href="/quietmesh/relayd/forks">9</a></div></div></div></div>
<overflow-menu class="ui container secondary pointing tabular top attached borderless menu tw-pt-0 tw-my-0"><div class="overflow-menu-items">
${gtTabsHtml}
</div></overflow-menu></div>
<div class="ui container"><div class="issue-title-header"><div class="issue-title" id="issue-title-display"><h1 class="tw-break-anywhere">
<span id="issue-title">${gtTitle}</span>&nbsp;<span class="index">#214</span></h1></div>
<div class="issue-title-meta"><div class="ui green label issue-state-label"><svg class="svg octicon-issue-opened" width="16" height="16"></svg> Open</div>
<div class="tw-ml-2 tw-flex-1 tw-break-anywhere"><a class="author text black tw-font-semibold muted" href="/ivana">ivana</a> opened this issue
${time('2026-03-04T10:15:33Z')} · 4 comments</div></div></div>
<div class="issue-content"><div class="issue-content-left comment-list prevent-before-timeline"><div class="ui timeline">
${gtTimeline}
<div class="timeline-item comment form"><div class="content"><div class="ui warning message"><a
href="/user/login?redirect_to=%2fquietmesh%2frelayd%2fissues%2f214">Sign in</a>
to join this conversation.</div></div></div></div></div>
<div class="issue-content-right ui segment">
${side('Labels', gtLabels)}
${side('Milestone', '<a class="item muted" href="/quietmesh/relayd/milestone/7">v0.9.3</a>')}
${side('Projects', '<span class="item empty-list">No project</span>')}
${side('Assignees', '<a class="item muted flex-text-inline" href="/tomasz"><img class="ui avatar" src="/avatars/tomasz?size=40" width="20">tomasz</a>')}
<span class="text"><strong>3 participants</strong></span><div class="ui list tw-flex tw-flex-wrap">${gtParticipants}</div>
<div class="divider"></div><div class="ui watching"><span class="text"><strong>Notifications</strong></span><div class="tw-mt-2"><button
class="fluid ui button" disabled>
<svg class="svg octicon-unmute" width="16" height="16"></svg>Subscribe</button></div></div><div class="divider"></div>
<div class="ui depending"><span class="text"><strong>Due date</strong></span><p>No due date set.</p></div><div class="divider"></div>
<div class="ui depending"><span class="text"><strong>Dependencies</strong></span><p>No dependencies set.</p></div><div class="divider"></div>
<div class="ui equal width compact grid"><div class="row tw-items-center" data-tooltip-content="Reference: quietmesh/relayd#214"><span
class="text column truncate">
Reference: quietmesh/relayd#214</span><button class="ui two wide button column tw-p-2" data-clipboard-text="quietmesh/relayd#214"><svg
class="svg octicon-copy"></svg>
</button></div></div></div></div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links" role="contentinfo" aria-label="About Software">
<a target="_blank" rel="noopener noreferrer" href="https://about.gitea.com">Powered by Gitea</a> Version: 1.23.4 Page: <strong>31ms</strong> Template:
<strong>4ms</strong></div>
<div class="right-links" role="group" aria-label="Links"><div class="ui dropdown upward language"><span class="flex-text-inline"><svg
class="svg octicon-globe"></svg>English</span>
<div class="menu language-menu">${gtLangsHtml}</div></div>
<a href="/assets/licenses.txt">Licenses</a><a href="/api/swagger">API</a></div></footer>
<script src="/assets/js/index.js?v=1.23.4"
onerror="alert('Failed to load asset files from ' + this.src + '. Please make sure the asset files can be accessed.')"></script></body></html>`;
const giteaIssue: TestPage = {
  html: gtHtml,
  name: 'heldout27-gitea-issue',
  kind: 'forum',
  // the issue and its four comments are the body, as a forum thread's posts (the log lines of the code block as written, the
  // steps and environment as list items); the issue template's four h3s are the headings; the hidden raw markdown repeats each
  // comment (not listed again); the commenters' names, the "opened this issue" line's author and every timestamp (shown as
  // the relative-time elements' absolute fallback text) are bylines; role labels, reactions, the events (label, assignment,
  // milestone, the commit reference with its message), "#214", "Open", "· 4 comments", the repository header and tabs, the
  // sign-in prompt, the sidebar, navbar, noscript line and footer are furniture; counts are left out, and so is the repository
  // name "relayd", a word of a short body item ("relayd 0.9.2, built from the release tarball")
  title: gtTitle,
  // a gold change of session 15, after measuring: the log lines are a code block, in neither list, as batch 21 set code
  headings: gtH,
  body: [...texts(gtDesc), ...texts(gtSteps), gtExpected, ...gtEnv, ...texts(gtC1), gtC2, ...texts([gtC3]), gtC4],
  // biome-ignore format: the bylines are packed several to a line to keep the file short
  bylines: [
    'ivana', 'tomasz', 'mkaraca', '2026-03-04 10:15:33 +00:00', '2026-03-04 13:02:10 +00:00', '2026-03-04 13:02:14 +00:00', '2026-03-04 13:02:20 +00:00',
    '2026-03-04 13:07:45 +00:00', '2026-03-05 08:41:02 +00:00', '2026-03-06 21:18:37 +00:00', '2026-03-06 21:24:51 +00:00', '2026-03-08 07:55:19 +00:00',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website requires JavaScript.', 'Explore', 'Help', 'Register', 'Sign In', 'quietmesh', 'Watch', 'Star', 'Fork',
    ...gtTabs.map((t) => t[0]).filter((t) => t !== 'Projects'), '#214', 'Open', 'opened this issue', '· 4 comments', 'commented', 'Author', 'Owner',
    'Contributor', 'kind', 'bug', 'added the', 'label', 'self-assigned this', 'added this to the v0.9.3 milestone', 'referenced this issue from a commit',
    'fix(resolver): keep IPv4 peers when the AAAA lookup fails', 'Sign in to join this conversation.',
    'Labels', 'area', 'resolver', 'Milestone', 'v0.9.3', 'Projects', 'No project', 'Assignees', '3 participants', 'Notifications', 'Subscribe', 'Due date',
    'No due date set.', 'Dependencies', 'No dependencies set.', 'Reference: quietmesh/relayd#214', 'Powered by Gitea', 'Version: 1.23.4', ...gtLangs,
    'Licenses', 'API',
  ],
};

export const HELDOUT27_F: readonly TestPage[] = [giteaIssue, discourseAnnouncement];
