import { links } from './page-kit.js';
import { type GlNote, glNotes, glSections } from './pages-heldout134-e4.js';

/**
 * Held-out batch 134, file e3: a GitLab issue on gitlab.com as a signed-out visitor saves it: "Skip to content", the
 * logged-out top header (Why GitLab, Pricing, Contact Sales, Explore, Sign in, Get free trial), the project super sidebar
 * with its section menus, breadcrumbs, the "Open" badge and "Issue created ... by ..." line, the h1 title, the description
 * written from the bug template (h2 sections with anchor links, lists, a code block), the "Edited" line, award emoji, the
 * related merge requests block, the Activity header with its sort and filter buttons, system notes, user comments with
 * "Maintainer" / "Author" badges, "Please register or sign in to reply", the right sidebar (assignee, labels, milestone,
 * dates, time tracking, confidentiality, participants, reference) and the OneTrust cookie banner.
 */
export const glTitle = 'Import fails on CSV files that start with a byte order mark when --strict is set';
export const glTop = ['Why GitLab', 'Pricing', 'Contact Sales', 'Explore', 'Sign in', 'Get free trial'];
export const glSide = [
  'Project',
  'tidewater-cli',
  'Manage',
  'Plan',
  'Issues',
  'Issue boards',
  'Milestones',
  'Wiki',
  'Code',
  'Merge requests',
  'Repository',
  'Branches',
  'Commits',
  'Tags',
  'Build',
  'Pipelines',
  'Jobs',
  'Deploy',
  'Releases',
  'Package registry',
  'Analyze',
  'Help',
];
export const glCrumbs = ['Tidewater', 'tidewater-cli', 'Issues', '#412'];
export const glSidebar = [
  'Assignee',
  'Ruth Okonjo',
  'Labels',
  'bug',
  'import',
  'good first issue',
  'Milestone',
  'v2.8',
  'Dates',
  'Start: None',
  'Due: None',
  'Time tracking',
  'No estimate or time spent',
  'Confidentiality',
  'Not confidential',
  '3 Participants',
  'Reference: tidewater/tidewater-cli#412',
];
export const glCookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, ' +
    'and assist in our marketing efforts.',
  'Cookie Policy',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const glSection = (s: (typeof glSections)[number], i: number): string => `<h2 data-sourcepos="${i * 4 + 1}:1-${i * 4 + 1}:${s[0].length + 3}" dir="auto">
<a href="#${s[0].toLowerCase().replace(/[^a-z]+/g, '-')}" aria-hidden="true" class="anchor"
id="user-content-${s[0].toLowerCase().replace(/[^a-z]+/g, '-')}"></a>${s[0]}</h2>
${
  s[2] === 'p'
    ? s[1].map((t) => `<p data-sourcepos="${i * 4 + 2}:1-${i * 4 + 2}:80" dir="auto">${t}</p>`).join('\n')
    : `<${s[2]} data-sourcepos="${i * 4 + 2}:1-${i * 4 + 4}:40" dir="auto">
${s[1].map((t) => `<li data-sourcepos="${i * 4 + 2}:1-${i * 4 + 2}:40">${t}</li>`).join('\n')}</${s[2]}>`
}
${
  s[3]
    ? `<div class="gl-relative markdown-code-block js-markdown-code"><pre data-sourcepos="14:1-16:3" data-canonical-lang=""
class="code highlight js-syntax-highlight language-plaintext"
lang="plaintext" v-pre="true"><code><span id="LC1" class="line" lang="plaintext">${s[3]}</span></code></pre><copy-code></copy-code></div>`
    : ''
}`;
const glNote = (n: GlNote): string =>
  n.system
    ? `<li class="note system-note timeline-entry note-wrapper" id="note_${n.id}" data-testid="system-note-content"><div class="timeline-entry-inner"><div
class="timeline-icon"><svg></svg></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a class="gl-hidden sm:gl-inline-flex gl-font-bold gl-text-default"
href="/${n.handle.slice(1)}">${n.name}</a>
<span class="system-note-message" data-testid="system-note-content"><span>${n.system}</span></span><span class="system-note-separator"> · </span><a
class="note-timestamp system-note-separator
gl-text-sm gl-text-subtle" href="#note_${n.id}"><time title="Feb 18, 2025 4:02pm GMT" datetime="2025-02-18T16:02:11Z"
class="js-timeago">${n.ago}</time></a></div></div></div></div></li>`
    : `<li id="note_${n.id}" class="note note-wrapper timeline-entry" data-note-id="${n.id}" data-testid="noteable-note-container"><div
class="timeline-avatar gl-float-left">
<a href="/${n.handle.slice(1)}" class="js-user-link"><img src="/uploads/-/system/user/avatar/${n.id}/avatar.png?width=64" alt="${n.name}'s avatar"
class="gl-avatar gl-avatar-circle gl-avatar-s32"></a></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/${n.handle.slice(1)}" class="js-user-link"><span
class="note-header-author-name gl-font-bold">${n.name}</span>
<span class="note-headline-light">${n.handle}</span></a><span class="note-headline-light note-headline-meta"><span class="system-note-message"></span><span
class="gl-hidden sm:gl-inline">·</span>
<a href="#note_${n.id}" class="note-timestamp system-note-separator"><time title="Feb 19, 2025 9:30am GMT" datetime="2025-02-19T09:30:00Z"
class="js-timeago">${n.ago}</time></a></span></div>
<div class="note-actions">${
        n.role
          ? `<span class="gl-badge badge badge-pill badge-muted note-role" data-testid="${n.role.toLowerCase()}-badge"><span
class="gl-badge-content">${n.role}</span></span>`
          : ''
      }
<button aria-label="Add reaction" type="button"
class="btn note-action-button note-emoji-button btn-default btn-sm gl-button btn-default-tertiary btn-icon"><svg></svg></button>
<button aria-label="More actions" type="button"
class="btn more-actions-toggle btn-default btn-sm gl-button btn-default-tertiary btn-icon"><svg></svg></button></div></div>
<div class="timeline-discussion-body"><div class="note-body"><div class="note-text md" data-testid="note-text">
${(n.text ?? []).map((t) => `<p data-sourcepos="1:1-1:120" dir="auto">${t}</p>`).join('\n')}
</div></div></div></div></li>`;
export const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-top-bar with-header" lang="en"><head prefix="og: http://ogp.me/ns#"><meta charset="utf-8"><meta content="IE=edge"
http-equiv="X-UA-Compatible">
<meta content="width=device-width, initial-scale=1" name="viewport"><title>${glTitle} (#412) · Issues · Tidewater / tidewater-cli · GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${glTitle} (#412) · Issues · Tidewater / tidewater-cli · GitLab" property="og:title">
<meta content="Summary Running tidewater import --strict on a CSV file exported from a spreadsheet program fails..." property="og:description">
<meta content="https://gitlab.com/tidewater/tidewater-cli/-/issues/412" property="og:url"><meta content="summary" property="twitter:card">
<link rel="stylesheet" href="https://gitlab.com/assets/application-7ad92e1a.css" media="all"><link rel="stylesheet"
href="https://gitlab.com/assets/page_bundles/issuable-2b5e8a.css">
<script src="https://gitlab.com/assets/webpack/runtime.4f1c5e9a.bundle.js" defer="defer"></script><script
src="https://gitlab.com/assets/webpack/pages.projects.issues.show.9b2d.chunk.js" defer="defer"></script>
<meta content="1c2f8a5b" name="csrf-param"><script nonce="rk3m">gl = window.gl || {}; gl.client = {"isChrome":true,"isLinux":true};</script></head>
<body class="tab-width-8 gl-browser-chrome gl-platform-linux" data-find-file="/tidewater/tidewater-cli/-/find_file/main" data-group="tidewater"
data-page="projects:issues:show"
data-page-type-id="412" data-project="tidewater-cli" data-project-id="48120377" data-project-full-path="tidewater/tidewater-cli">
<header class="header-logged-out" data-testid="navbar"><div class="container-fluid"><nav aria-label="Explore GitLab"
class="header-logged-out-nav gl-flex gl-gap-3 gl-justify-between">
<div class="gl-flex gl-items-center gl-gap-1"><span class="gl-sr-only">GitLab</span><a title="Homepage" class="header-logged-out-logo has-tooltip"
href="/"><svg></svg></a></div>
<ul class="gl-list-none gl-p-0 gl-m-0 gl-flex gl-gap-3 gl-items-center gl-grow">${links(glTop.slice(0, 4), 'header-logged-out-nav-item')}</ul>
<ul class="gl-list-none gl-p-0 gl-m-0 gl-flex gl-gap-3 gl-items-center
gl-justify-end">${links(glTop.slice(4), 'header-logged-out-nav-item')}</ul></nav></div></header>
<div class="layout-page page-with-super-sidebar"><a class="gl-sr-only gl-accessibility" href="#content-body">Skip to content</a>
<aside class="super-sidebar super-sidebar-logged-out" aria-label="Project navigation" data-visible="true" id="super-sidebar"><div
class="contextual-nav gl-flex gl-grow gl-flex-col">
<div class="gl-px-2"><span class="gl-text-sm gl-font-bold">${glSide[0]}</span><a class="super-sidebar-context-header"
href="/tidewater/tidewater-cli"><span>${glSide[1]}</span></a></div>
<ul class="gl-list-none gl-p-0 gl-m-0">${links(glSide.slice(2, 21), 'super-sidebar-nav-item')}</ul>
<div class="gl-mt-auto"><button class="btn btn-default gl-button btn-default-tertiary">${glSide[21]}</button></div></div></aside>
<div class="content-wrapper"><div class="top-bar-fixed container-fluid" data-testid="top-bar"><div class="top-bar-container gl-flex gl-items-center gl-gap-2">
<nav aria-label="Breadcrumbs" class="gl-breadcrumbs gl-grow"><ol
class="gl-breadcrumb-list breadcrumb">${links(glCrumbs, 'gl-breadcrumb-item')}</ol></nav></div></div>
<div class="alert-wrapper alert-wrapper-top-space gl-flex gl-flex-col gl-gap-3 container-fluid container-limited"></div>
<div class="container-fluid container-limited project-highlight-puc"><main class="content" id="content-body" itemscope
itemtype="http://schema.org/SoftwareSourceCode">
<div class="js-issue-details issue-details issuable-details" data-issuable-id="412"><div
class="detail-page-header-body gl-flex gl-flex-wrap gl-items-center gl-gap-x-2">
<span class="gl-badge badge badge-pill badge-success issuable-status-badge issuable-status-badge-open"><svg></svg><span
class="gl-badge-content">Open</span></span>
<div class="issuable-meta gl-flex gl-items-center gl-gap-2"><span class="gl-hidden sm:gl-inline">Issue created <time class="js-timeago"
title="Feb 18, 2025 3:11pm GMT"
datetime="2025-02-18T15:11:42Z">2 weeks ago</time> by <a class="author-link js-user-link gl-font-bold" href="/hkowalczyk"><span class="author">Hana
Kowalczyk</span></a></span></div></div>
<div class="title-container"><h1 class="title gl-heading-1 !gl-m-0" data-testid="issue-title" dir="auto">${glTitle}</h1></div>
<div class="description js-task-list-container is-task-list-enabled" data-testid="description-content"><div class="md">
${glSections.map(glSection).join('\n')}
</div></div><small class="edited-text js-issue-widgets">Edited <time class="js-timeago" datetime="2025-03-01T10:22:00Z">3 days ago</time> by <a
class="author-link"
href="/hkowalczyk">Hana Kowalczyk</a></small>
<div class="awards js-awards-block gl-flex gl-flex-wrap gl-gap-3" data-testid="awards-block"><button type="button" title="Thumbs up sign"
class="btn gl-button btn-default award-control">
<span class="award-control-icon"><gl-emoji data-name="thumbsup" data-unicode-version="6.0">👍</gl-emoji></span><span class="js-counter">9</span></button>
<button type="button" title="Eyes" class="btn gl-button btn-default award-control"><span class="award-control-icon"><gl-emoji
data-name="eyes">👀</gl-emoji></span><span class="js-counter">2</span></button></div>
<div class="related-merge-requests gl-mt-5"><div class="card-header"><h2 class="gl-heading-4">Related merge requests</h2><span
class="gl-badge-content">1</span></div>
<ul class="content-list"><li class="list-item"><a href="/tidewater/tidewater-cli/-/merge_requests/418">Strip a leading BOM from the first CSV header
cell</a><span class="gl-text-subtle">!418</span></li></ul></div>
<div class="issuable-discussion js-vue-notes-event"><div class="gl-flex gl-justify-between gl-items-center"><h2 class="gl-heading-2">Activity</h2><div
class="gl-flex gl-gap-3">
<button class="btn gl-button btn-default btn-sm">Oldest first</button><button class="btn gl-button btn-default btn-sm">Show all activity</button></div></div>
<ul id="notes-list" class="notes main-notes-list timeline">
${glNotes.map(glNote).join('\n')}
</ul><div class="disabled-comment gl-text-center gl-text-subtle"><span>Please <a href="/users/sign_up?redirect_to_referer=yes">register</a> or <a
href="/users/sign_in?redirect_to_referer=yes">sign in</a> to reply</span></div></div></div></main></div></div>
<aside aria-label="issue" class="right-sidebar js-right-sidebar right-sidebar-expanded"><div class="issuable-sidebar"><div class="block assignee"><div
class="title hide-collapsed">${glSidebar[0]}</div>
<div class="value"><a class="author-link" href="/rokonjo"><span class="author">${glSidebar[1]}</span></a></div></div><div class="block labels"><div
class="title">${glSidebar[2]}</div>
<div class="value">${glSidebar
  .slice(3, 6)
  .map(
    (l) =>
      `<span class="gl-label gl-label-sm"><a class="gl-link gl-label-link" href="/-/issues?label_name=${encodeURIComponent(l)}"><span
class="gl-label-text">${l}</span></a></span>`,
  )
  .join('')}</div></div><div class="block milestone"><div class="title">${glSidebar[6]}</div><div class="value"><a
href="/-/milestones/9">${glSidebar[7]}</a></div></div>
<div class="block dates"><div class="title">${glSidebar[8]}</div><div class="value"><span>${glSidebar[9]}</span><br><span>${glSidebar[10]}</span></div></div>
<div class="block time-tracking"><div class="title">${glSidebar[11]}</div><div class="value">${glSidebar[12]}</div></div><div
class="block confidentiality"><div class="title">${glSidebar[13]}</div>
<div class="value">${glSidebar[14]}</div></div><div class="block participants"><div class="title">${glSidebar[15]}</div></div><div
class="block reference"><div class="title">${glSidebar[16]}</div>
<button title="Copy reference" aria-label="Copy reference" class="btn btn-default-tertiary btn-icon"><svg></svg></button></div></div></aside></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${glCookie[0]} <a href="https://about.gitlab.com/privacy/cookies/"
aria-label="More information about your privacy">${glCookie[1]}</a></p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${glCookie[2]}</button><button id="onetrust-reject-all-handler">${glCookie[3]}</button>
<button id="onetrust-accept-btn-handler">${glCookie[4]}</button></div></div></div></body></html>`;
